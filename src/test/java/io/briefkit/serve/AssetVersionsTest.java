package io.briefkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's addresses of what a page loads carry the file's version, which changes when, and only when, the file does. */
class AssetVersionsTest {
    @TempDir
    Path dir;
    Path site;
    AssetVersions versions;

    @BeforeEach
    void site() throws Exception {
        site = dir.resolve("site");
        Files.createDirectories(site.resolve("css"));
        Files.createDirectories(site.resolve("fonts"));
        Files.createDirectories(site.resolve("part"));
        Files.writeString(site.resolve("css/site.css"), "body { font-family: serif; }");
        Files.writeString(site.resolve("fonts/serif.woff2"), "font");
        Files.writeString(site.resolve("cover.png"), "image");
        Files.writeString(dir.resolve("outside.css"), "p { }");
        versions = new AssetVersions(site);
    }

    private String version(String file) {
        return versions.version(site.resolve(file));
    }

    @Test
    void whatAPageLoadsWithItIsAddressedByVersion() {
        String page = versions.page(site.resolve("part/one.html"), "<link rel=\"stylesheet\" href=\"../css/site.css\">"
                + "<img alt=\"\" src=\"../cover.png\"><a href=\"../css/site.css\">the style sheet</a>"
                + "<a href=\"two.html\">Two</a><link rel=\"next\" href=\"two.html\"><script src=\"../js/absent.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"../../outside.css\"><script src=\"https://example.org/x.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"../css/site.css#print\"><script src=\"../js/a\u0000.js\"></script>");
        assertEquals("<link rel=\"stylesheet\" href=\"../css/site.css?v=" + version("css/site.css") + "\">"
                + "<img alt=\"\" src=\"../cover.png?v=" + version("cover.png") + "\"><a href=\"../css/site.css\">the style sheet</a>"
                + "<a href=\"two.html\">Two</a><link rel=\"next\" href=\"two.html\"><script src=\"../js/absent.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"../../outside.css\"><script src=\"https://example.org/x.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"../css/site.css#print\"><script src=\"../js/a\u0000.js\"></script>", page,
                "links a reader follows, pages, absent files, files outside the site and addresses with a fragment stay as they are");
    }

    @Test
    void anEditedFileHasANewVersionAndAnAbsentOneNone() throws Exception {
        Path css = site.resolve("css/site.css");
        String before = versions.version(css);
        assertEquals(AssetVersions.of(Files.readAllBytes(css)), before);
        assertEquals(before, versions.version(css), "the same file, the same version");
        Files.delete(css);
        Files.writeString(css, "body { font-family: sans-serif; }");
        String after = versions.version(css);
        assertNotEquals(before, after);
        assertEquals(AssetVersions.of(Files.readAllBytes(css)), after);
        assertEquals(null, versions.version(site.resolve("css/absent.css")));
        assertEquals(null, versions.version(site.resolve("css")), "a folder has no version");
    }
}
