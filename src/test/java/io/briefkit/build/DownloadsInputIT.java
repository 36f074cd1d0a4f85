package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import io.briefkit.FixtureProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mistake that only the downloads meet (the PDF's fonts, an image the tagged PDF must
 * describe) stops the build at its line and leaves the live site and the downloads as they
 * were, with the project's own templates and PDF style.
 */
class DownloadsInputIT {
    @TempDir
    Path dir;
    FixtureProject project;
    SiteBuilder.Downloads downloads;

    @BeforeEach
    void setUp() throws IOException {
        project = FixtureProject.withProjectTemplates(dir.resolve("project"));
        project.write("content/brief.md", FixtureProject.page("Fixture Brief", "whole", 98, "One page", ""));
        project.write("content/notes.md", FixtureProject.page("Notes", "notes", 7, "Notes", ""));
        Path target = project.output().getParent();
        downloads = new SiteBuilder.Downloads(target.resolve("brief.epub"), target.resolve("brief.pdf"),
                target.resolve("brief-offline.zip"));
        assertEquals(List.of(), build());
    }

    private List<String> build() throws IOException {
        try (SiteBuilder builder = new SiteBuilder()) {
            return builder.build(project.root(), project.output(), downloads).stream()
                    .filter(f -> !f.warning()).map(Finding::toString).toList();
        }
    }

    /** Every file of the site and the downloads, by path, with its bytes. */
    private Map<String, byte[]> published() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(project.output().getParent())) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(project.output().getParent().relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private void assertUnchanged(Map<String, byte[]> before) throws IOException {
        Map<String, byte[]> after = published();
        assertEquals(before.keySet(), after.keySet(), "files added or removed, or work folders left behind");
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file));
    }

    @Test
    void theFirstBuildMadeEveryDownload() throws IOException {
        assertEquals(true, published().keySet().containsAll(List.of("brief.epub", "brief.pdf", "brief-offline.zip",
                "site/brief.html", "site/downloads/brief.pdf")), published().keySet()::toString);
    }

    @Test
    void aMissingFontStopsTheBuildAtItsLine() throws IOException {
        Map<String, byte[]> before = published();
        Files.delete(project.root().resolve("pdf/fonts/SourceSerif4-It.ttf"));
        List<String> findings = build();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(true, findings.get(0).matches("pdf/pdf\\.css:\\d+: font file fonts/SourceSerif4-It\\.ttf is missing"),
                findings.get(0));
        assertUnchanged(before);
    }

    @Test
    void anImageWithoutAltTextStopsTheBuildAtItsLine() throws IOException {
        Map<String, byte[]> before = published();
        project.write("assets/map.png", "a picture");
        project.replace("content/one.md", "The first part.", "The first part.\n\n![](map.png)");
        List<String> findings = build();
        assertEquals(List.of("content/one.md:10: image without alt text: describe it between the brackets of"
                + " ![…](map.png) for readers who cannot see it, and for the tagged PDF"), findings);
        assertUnchanged(before);
    }
}
