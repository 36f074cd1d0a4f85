package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.FixtureProject;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One look at the content folder tells what JBake would crawl in it and whether it would copy anything from it. */
class ContentFolderTest {
    @TempDir
    Path dir;
    private FixtureProject fixture;
    private DefaultJBakeConfiguration config;

    /** The baker's start-up registers the brief's Markdown engine with JBake. */
    @BeforeAll
    static void briefMarkdown() throws ClassNotFoundException {
        Class.forName(Baker.class.getName());
    }

    @BeforeEach
    void project() throws Exception {
        fixture = FixtureProject.create(dir.resolve("project"));
        config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(fixture.root().toFile(),
                dir.resolve("site").toFile(), true);
    }

    @Test
    void markdownInFoldersAndHiddenFilesAreNoAssets() throws Exception {
        fixture.write("content/annex/two.md", FixtureProject.page("Part two", "page", 2, "two", "Text."));
        fixture.write("content/.notes.txt", "an editor's own note");
        ContentFolder folder = ContentFolder.of(config);
        assertEquals(Set.of(file("index.md"), file("one.md"), file("glossary.md"), file("annex/two.md")), folder.content());
        assertFalse(folder.assets());
    }

    @Test
    void anImageOrContentInAnotherMarkupIsTold() throws Exception {
        Files.write(fixture.root().resolve("content/map.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        fixture.write("content/seven.html", "title=Part seven\ntype=page\nstatus=published\n~~~~~~\n<p>Seven.</p>\n");
        ContentFolder folder = ContentFolder.of(config);
        assertTrue(folder.assets(), "the image is copied as it is");
        assertEquals(Set.of(file("index.md"), file("one.md"), file("glossary.md"), file("seven.html")), folder.content());
    }

    @Test
    void aFolderJBakeIsToldToIgnoreOrALinkIsNotPlain() throws Exception {
        fixture.write("content/drafts/" + config.getIgnoreFileName(), "");
        assertNull(ContentFolder.of(config));
        Files.delete(fixture.root().resolve("content/drafts/" + config.getIgnoreFileName()));
        assertEquals(Set.of(file("index.md"), file("one.md"), file("glossary.md")), ContentFolder.of(config).content());
        Files.createSymbolicLink(fixture.root().resolve("content/linked.md"), fixture.root().resolve("content/one.md"));
        assertNull(ContentFolder.of(config));
    }

    @Test
    void aContentFolderThatIsALinkIsLookedAtWhereItLeadsItsFilesNamedThroughTheLink() throws Exception {
        Path content = fixture.root().resolve("content");
        Path elsewhere = dir.resolve("elsewhere");
        Files.move(content, elsewhere);
        Files.createSymbolicLink(content, elsewhere);
        fixture.write("content/" + "annex/" + config.getIgnoreFileName().toUpperCase() + "/two.md", "title=Two\n~~~~~~\n");
        assertNull(ContentFolder.of(config), "a folder named as the ignore file is not plain either");
        Files.delete(elsewhere.resolve("annex/" + config.getIgnoreFileName().toUpperCase() + "/two.md"));
        Files.delete(elsewhere.resolve("annex/" + config.getIgnoreFileName().toUpperCase()));
        assertEquals(Set.of(file("index.md"), file("one.md"), file("glossary.md")), ContentFolder.of(config).content());
    }

    private File file(String inContent) {
        return new File(config.getContentFolder(), inContent);
    }
}
