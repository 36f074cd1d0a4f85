package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import io.briefkit.FixtureProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own templates, with small pages of the test's: what every page shows, and
 * header values escaped wherever the templates print them. (The builder's own behaviour is
 * unit-tested with the fixture's templates, in SiteBuilderTest.)
 */
class TemplatesIT {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = FixtureProject.withProjectTemplates(dir);
    }

    private List<String> build() throws IOException {
        try (SiteBuilder builder = new SiteBuilder()) {
            return builder.build(project.root(), project.output()).stream().map(Finding::toString).toList();
        }
    }

    private Document page(String name) throws IOException {
        return Jsoup.parse(project.output().resolve(name).toFile());
    }

    @Test
    void everyPageHasSiteTitleAttributionAndCopyright() throws IOException {
        assertEquals(List.of(), build());
        for (String name : List.of("index.html", "one.html")) {
            Document page = page(name);
            // The overview's heading is the title, so its masthead names the series only.
            assertTrue(page.selectFirst(".masthead").text().startsWith("ORF Issue Brief No. 636"), name);
            assertEquals(!name.equals("index.html"), page.selectFirst(".masthead").text().contains("China and Russia Navigate"), name);
            assertTrue(page.selectFirst("footer").text().contains("Attribution: Atal Ahmadzai"), name);
            assertTrue(page.selectFirst("footer").text().contains("© 2023 Observer Research Foundation."), name);
        }
    }

    @Test
    void headerValuesAreHtmlEscaped() throws IOException {
        project.replace("content/one.md", "title=Part One", "title=Costs & <b>Benefits</b>");
        assertEquals(List.of(), build());
        String html = Files.readString(project.output().resolve("one.html"));
        assertTrue(html.contains(">Costs &amp; &lt;b&gt;Benefits&lt;/b&gt;</h1>"), html);
        assertTrue(html.contains("<title>Costs &amp; &lt;b&gt;Benefits&lt;/b&gt; ·"), "in the title");
        assertTrue(html.contains("aria-current=\"page\">Costs &amp; &lt;b&gt;Benefits&lt;/b&gt;</a>"), "in the contents");
        assertTrue(Files.readString(project.output().resolve("index.html"))
                .contains("<span>Next</span>Costs &amp; &lt;b&gt;Benefits&lt;/b&gt;</a>"), "in the pager of the page before");
    }
}
