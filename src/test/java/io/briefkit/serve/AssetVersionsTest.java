package io.briefkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's addresses of a page's assets carry their version, and change when, and only when, the file does. */
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
                + "<link rel=\"stylesheet\" href=\"../css/site.css#print\">");
        assertEquals("<link rel=\"stylesheet\" href=\"../css/site.css?v=" + version("css/site.css") + "\">"
                + "<img alt=\"\" src=\"../cover.png?v=" + version("cover.png") + "\"><a href=\"../css/site.css\">the style sheet</a>"
                + "<a href=\"two.html\">Two</a><link rel=\"next\" href=\"two.html\"><script src=\"../js/absent.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"../../outside.css\"><script src=\"https://example.org/x.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"../css/site.css#print\">", page,
                "links a reader follows, pages, absent files, files outside the site and addresses with a fragment stay as they are");
    }

    @Test
    void whatAStyleSheetLoadsIsAddressedByVersion() {
        String css = versions.styleSheet(site.resolve("css/site.css"),
                "@font-face { src: url(../fonts/serif.woff2) format(\"woff2\"), url('../fonts/serif.woff2'); }"
                        + " a { background: url(\"data:image/png;base64,AAAA\"); }");
        String font = version("fonts/serif.woff2");
        assertEquals("@font-face { src: url(../fonts/serif.woff2?v=" + font + ") format(\"woff2\"), url('../fonts/serif.woff2?v="
                + font + "'); } a { background: url(\"data:image/png;base64,AAAA\"); }", css);
    }

    @Test
    void anEditedFileHasANewVersionAndOnlyItsCurrentAddressMayBeKept() throws Exception {
        Path css = site.resolve("css/site.css");
        String before = versions.version(css);
        assertEquals(before, versions.version(css), "the same file, the same version");
        assertTrue(versions.current(css, "v=" + before));
        assertFalse(versions.current(css, null), "an address without a version is not kept");
        Files.delete(css);
        Files.writeString(css, "body { font-family: sans-serif; }");
        String after = versions.version(css);
        assertNotEquals(before, after);
        assertFalse(versions.current(css, "v=" + before), "the old address now answers with other bytes");
        assertTrue(versions.current(css, "v=" + after));
        assertFalse(versions.current(site.resolve("css/absent.css"), "v=" + after));
    }
}
