package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.briefkit.Finding;
import io.briefkit.FixtureProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's builder, kept warm from save to save, writes the same bytes as a new builder
 * building the same sources from nothing: edit after edit of the brief, of every kind an editor
 * makes, the two sites are compared file for file.
 */
class IncrementalBuildIT {
    private static final List<String> SOURCES = List.of("content", "notes", "glossary", "templates", "assets",
            "edition", "pdf", "jbake.properties");

    @TempDir
    Path dir;
    private Path project;

    @Test
    void everyKindOfEditGivesTheSiteAFullBuildGives() throws IOException {
        project = dir.resolve("project");
        for (String part : SOURCES) {
            FixtureProject.copyTree(Path.of("").toAbsolutePath().resolve(part), project.resolve(part));
        }
        try (SiteBuilder kept = new SiteBuilder().keepWarm()) {
            Path site = dir.resolve("preview/site");
            assertSame("the first build", kept, site);
            assertSame("a build with nothing changed", kept, site);
            assertEquals(Set.of(), kept.relinked(), "nothing changed, nothing linked again");
            edit("content/history.md", "largely remained observers", "largely remained onlookers");
            assertSame("a paragraph's words", kept, site);
            assertEquals(Set.of("history.html"), kept.relinked(), "a paragraph's words link their part alone");
            edit("content/history.md", "largely remained onlookers", "largely remained observers");
            assertSame("the same paragraph changed back", kept, site);
            edit("content/history.md", "largely remained observers", "largely remained observers.\n\nA paragraph added. Then they");
            assertSame("a paragraph added", kept, site);
            edit("content/history.md", "largely remained observers.\n\nA paragraph added. Then they", "largely remained observers");
            assertSame("the added paragraph removed", kept, site);
            edit("content/threats.md", "al-Qaeda leader Ayman Al Zawahiri", "al-Qaeda's leader");
            assertTrue(assertSame("the one paragraph naming an actor names it no more", kept, site).stream()
                    .anyMatch(f -> f.message().startsWith("ayman-al-zawahiri is named nowhere")), "the actor is named nowhere");
            assertEquals(Set.of("threats.html"), kept.relinked(), "a paragraph's actors link their part alone");
            edit("content/history.md", "largely remained observers", "largely remained observers, as did Tajikistan");
            assertSame("a paragraph names one more actor", kept, site);
            edit("content/threats.md", "al-Qaeda's leader", "al-Qaeda leader Ayman Al Zawahiri");
            edit("content/history.md", "largely remained observers, as did Tajikistan", "largely remained observers");
            assertTrue(assertSame("both paragraphs as they were", kept, site).stream()
                    .noneMatch(f -> f.message().startsWith("ayman-al-zawahiri")), "the actor is named again");
            assertEquals(Set.of("history.html", "threats.html"), kept.relinked(), "two parts linked again");
            edit("content/russia.md", "\nnav=", "\nnav=Moscow: ");
            assertSame("a part's name in the contents", kept, site);
            edit("content/russia.md", "title=", "title=Russia: ");
            assertSame("a part's title", kept, site);
            edit("notes/endnotes.yaml", "*The New York Times*, October 06", "*The New York Times*, 6 October");
            assertSame("a note's text", kept, site);
            edit("notes/sources.yaml", "container-title: Atlantic Council", "container-title: The Atlantic Council");
            assertSame("a source's record", kept, site);
            edit("content/conclusions.md", "Beijing and Moscow need to tackle", "Beijing and Moscow need to tackle[^8]");
            edit("content/china.md", "their common strategic sphere", "their common strategic sphere[^8]");
            assertSame("a note reference added", kept, site);
            edit("content/china.md", "their common strategic sphere[^8]", "their common strategic sphere");
            assertSame("a note reference removed", kept, site);
            edit("glossary/actors.yaml", "aliases: [Beijing, People's Republic of China]",
                    "aliases: [People's Republic of China]");
            assertSame("an actor's alias removed", kept, site);
            edit("glossary/actors.yaml", "aliases: [People's Republic of China]",
                    "aliases: [Beijing, People's Republic of China]");
            assertSame("an actor's alias added", kept, site);
            Files.writeString(project.resolve("content/later.md"), "title=Later Events\ntype=page\nstatus=published\n"
                    + "order=50\nnav=Later\ndescription=What happened next.\n~~~~~~\n\nBeijing and Moscow waited.[^8]\n");
            assertSame("a new page", kept, site);
            Files.delete(project.resolve("content/later.md"));
            assertSame("the new page deleted", kept, site);
            edit("templates/partials/footer.ftl", "</footer>", "<p>Edited.</p></footer>");
            assertSame("a template", kept, site);
        }
    }

    @Test
    void editsOfASeriesWhoseLongPagesTheChecksCutAgainGiveTheSiteAFullBuildGives() throws IOException {
        // 40 parts more than the brief: the single page is over a megabyte, long enough for the
        // kept builder's checks to keep its cut and cut it again from what the cross-linker tells them.
        project = io.briefkit.bench.Series.project(Path.of("").toAbsolutePath(), dir.resolve("series"), 40);
        try (SiteBuilder kept = new SiteBuilder().keepWarm()) {
            Path site = dir.resolve("preview/site");
            assertSame("the first build", kept, site);
            assertTrue(Files.size(site.resolve("brief.html")) > 1 << 20, "the single page is long");
            edit("content/history.md", "largely remained observers", "largely remained onlookers");
            assertSame("a paragraph's words", kept, site);
            assertEquals(Set.of("history.html"), kept.relinked(), "a paragraph's words link their part alone");
            edit("content/series-0007.md", "Afghanistan", "Afghanistan (Islamic Emirate)");
            assertSame("a generated part's words, where it names an actor", kept, site);
        }
    }

    private void edit(String file, String from, String to) throws IOException {
        Path path = project.resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), () -> file + " does not contain " + from);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from),
                java.util.regex.Matcher.quoteReplacement(to)));
    }

    /** Builds with the kept builder and with a new one, and compares what they wrote; returns what they found. */
    private List<Finding> assertSame(String edit, SiteBuilder kept, Path site) throws IOException {
        List<Finding> keptFindings = kept.build(project, site);
        assertTrue(!Finding.anyErrors(keptFindings), () -> edit + ": " + keptFindings);
        Path full = dir.resolve("full/site");
        List<Finding> fullFindings;
        try (SiteBuilder fresh = new SiteBuilder()) {
            fullFindings = fresh.build(project, full);
        }
        assertEquals(fullFindings, keptFindings, edit + ": the findings differ");
        List<String> files = files(full);
        assertEquals(files, files(site), edit + ": the files differ");
        for (String file : files) {
            byte[] expected = Files.readAllBytes(full.resolve(file));
            byte[] actual = Files.readAllBytes(site.resolve(file));
            if (!Arrays.equals(expected, actual)) {
                int at = Arrays.mismatch(expected, actual);
                fail(edit + ": " + file + " differs from a full build's at byte " + at + ":\n full: "
                        + around(expected, at) + "\n kept: " + around(actual, at));
            }
        }
        return keptFindings;
    }

    private static String around(byte[] bytes, int at) {
        int from = Math.max(0, at - 80);
        return new String(bytes, from, Math.min(bytes.length, at + 80) - from, StandardCharsets.UTF_8);
    }

    private static List<String> files(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString()).sorted().toList();
        }
    }
}
