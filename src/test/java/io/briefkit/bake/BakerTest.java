package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import io.briefkit.FixtureProject;
import io.briefkit.content.ContentFile;
import io.briefkit.content.ContentLinter;
import io.briefkit.content.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A baker that keeps its store renders again only what a save changed, and bakes what a fresh baker bakes. */
class BakerTest {
    private static final Set<String> EVERY_PAGE = Set.of("index.html", "one.html", "glossary.html", "two.html",
            "three.html", "four.html", "five.html", "six.html");

    @TempDir
    Path dir;
    private FixtureProject fixture;
    private int bakes;

    @BeforeEach
    void sixMoreParts() throws IOException {
        fixture = FixtureProject.create(dir.resolve("project"));
        List<String> names = List.of("two", "three", "four", "five", "six");
        for (int i = 0; i < names.size(); i++) {
            fixture.write("content/" + names.get(i) + ".md", FixtureProject.page("Part " + names.get(i), "page", i + 2,
                    names.get(i), "The text of part " + names.get(i) + "."));
        }
    }

    @Test
    void aSaveOfOnePagesTextRendersThatPageAlone() throws IOException {
        try (Baker kept = Baker.keepingStore(dir.resolve("kept"))) {
            assertEquals(EVERY_PAGE, bake(kept).keySet(), "the first bake renders every page");
            assertEquals(EVERY_PAGE, kept.rendered());
            fixture.replace("content/three.md", "The text of part three.", "The changed text of part three.");
            Map<String, String> site = bake(kept);
            assertEquals(Set.of("three.html"), kept.rendered());
            Set<String> others = new java.util.TreeSet<>(EVERY_PAGE);
            others.remove("three.html");
            assertEquals(others, kept.unplaced().keySet(), "the pages kept are handed on, not written again");
            assertEquals(bake(new Baker()), site, "the kept pages and the rendered one are what a fresh bake makes");
            bake(kept);
            assertEquals(Set.of(), kept.rendered(), "a bake with nothing changed renders nothing");
        }
    }

    @Test
    void aChangedHeaderOrTemplateRendersEveryPage() throws IOException {
        try (Baker kept = Baker.keepingStore(dir.resolve("kept"))) {
            bake(kept);
            fixture.replace("content/three.md", "nav=three", "nav=Third");
            Map<String, String> site = bake(kept);
            assertEquals(EVERY_PAGE, kept.rendered(), "every contents list names the part");
            assertEquals(bake(new Baker()), site);
            fixture.replace("content/three.md", "title=Part three", "title=Part Three, Retitled");
            site = bake(kept);
            assertEquals(EVERY_PAGE, kept.rendered());
            assertTrue(site.get("one.html").contains(">Part Three, Retitled</a>"), "the contents list has the new title");
            assertEquals(bake(new Baker()), site);
            Path template = fixture.root().resolve("templates/layout.ftl");
            Files.writeString(template, Files.readString(template).replace("</main>", "<p>Changed.</p></main>"));
            site = bake(kept);
            assertEquals(EVERY_PAGE, kept.rendered());
            assertEquals(bake(new Baker()), site);
            int renderers = kept.renderers();
            fixture.replace("content/four.md", "The text of part four.", "The changed text of part four.");
            site = bake(kept);
            assertEquals(Set.of("four.html"), kept.rendered());
            assertEquals(renderers, kept.renderers(), "the same templates: the renderer that parsed them renders");
            assertTrue(site.get("four.html").contains("<p>Changed.</p></main>"), "a save after the template's renders with it");
            assertEquals(bake(new Baker()), site);
            Files.writeString(template, Files.readString(template).replace("<p>Changed.</p>", "<p>Changed again.</p>"));
            site = bake(kept);
            assertEquals(EVERY_PAGE, kept.rendered());
            assertTrue(site.get("four.html").contains("<p>Changed again.</p></main>"), "the template as it is now");
            assertEquals(renderers + 1, kept.renderers(), "other templates, another renderer");
            assertEquals(bake(new Baker()), site);
        }
    }

    @Test
    void contentTheReaderDoesNotReadIsStillFollowed() throws IOException {
        fixture.write("content/seven.html", "title=Part seven\ntype=page\nstatus=published\norder=8\nnav=seven\n~~~~~~\n"
                + "<p>The text of part seven.</p>\n");
        try (Baker kept = Baker.keepingStore(dir.resolve("kept"))) {
            bake(kept);
            fixture.replace("content/seven.html", "The text of part seven.", "The changed text of part seven.");
            Map<String, String> site = bake(kept);
            assertTrue(site.get("seven.html").contains("The changed text of part seven."), site.get("seven.html"));
            assertEquals(bake(new Baker()), site);
        }
    }

    @Test
    void anImageInTheContentFolderIsInTheSiteOfEveryBake() throws IOException {
        byte[] image = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
        Files.write(fixture.root().resolve("content/map.png"), image);
        try (Baker kept = Baker.keepingStore(dir.resolve("kept"))) {
            bake(kept);
            fixture.replace("content/three.md", "The text of part three.", "The changed text of part three.");
            bake(kept);
            assertEquals(Set.of("three.html"), kept.rendered());
            assertArrayEquals(image, Files.readAllBytes(dir.resolve("site" + (bakes - 1)).resolve("map.png")));
        }
    }

    /** The site a bake makes into a new folder: every page's HTML, by page. */
    private Map<String, String> bake(Baker baker) throws IOException {
        List<Finding> findings = new ArrayList<>();
        SiteConfig config = SiteConfig.read(fixture.root(), findings);
        List<ContentFile> files = new ContentLinter(fixture.root(), config).lint().files();
        Path output = dir.resolve("site" + bakes++);
        findings.addAll(baker.bake(fixture.root(), output, Map.of(), files));
        assertEquals(List.of(), findings);
        for (Map.Entry<String, Path> kept : baker.unplaced().entrySet()) {
            assertFalse(Files.exists(output.resolve(kept.getKey())), kept.getKey());
            io.briefkit.SiteFiles.link(output.resolve(kept.getKey()), kept.getValue());
        }
        Map<String, String> pages = new java.util.TreeMap<>();
        for (String page : BakedPages.in(output)) {
            pages.put(page, Files.readString(output.resolve(page)));
        }
        return pages;
    }
}
