package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A page's shape leaves out the words of its text and keeps everything the HTML checker's errors can read. */
class ShapeTest {
    private static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + title
                + "</title>\n<script src=\"a.js\" defer></script>\n</head>\n<body>\n" + body + "\n</body>\n</html>\n";
    }

    private static String shape(String body) {
        return Shape.of(page("Title", body));
    }

    @Test
    void pagesWhoseTextsDifferOnlyInTheirWordsShareAShape() {
        assertEquals(shape("<p id=\"p-1\">The first part.<sup><a href=\"#n1\">1</a></sup></p>"),
                shape("<p id=\"p-1\">The first part, saved again &amp; again.<sup><a href=\"#n1\">12</a></sup></p>"));
    }

    @Test
    void whitespaceIsKeptAndIsNotText() {
        assertNotEquals(shape("<ul>\n<li>One</li>\n</ul>"), shape("<ul>\n<li>One</li>x\n</ul>"));
        assertNotEquals(shape("<h2> </h2>"), shape("<h2>Notes</h2>"));
        assertNotEquals(shape("<p>\n</p>"), shape("<p>\n\n</p>"));
        assertNotEquals(shape("<p>&nbsp;</p>"), shape("<p> </p>"), "a no-break space is text to the checker");
    }

    @Test
    void tagsAttributesAndCommentsAreKept() {
        assertNotEquals(shape("<p id=\"p-1\">Words.</p>"), shape("<p id=\"p-2\">Words.</p>"));
        assertNotEquals(shape("<p>Words.</p>"), shape("<p><em>Words.</em></p>"));
        assertNotEquals(shape("<p>Words.<!-- one --></p>"), shape("<p>Words.<!-- two --></p>"));
        assertNotEquals(shape("<p title=\"a > b\">Words.</p>"), shape("<p title=\"a > c\">Words.</p>"),
                "a > in a quoted value does not end the tag");
    }

    @Test
    void theTextTheCheckerReadsIsKept() {
        assertNotEquals(shape("<p><time>2023-04-01</time></p>"), shape("<p><time>April 2023</time></p>"));
        assertNotEquals(shape("<p><time datetime=\"2023-04\">April</time></p>"),
                shape("<p><time datetime=\"2023-04\">May</time></p>"), "a time's text is kept whatever its attributes");
        assertNotEquals(shape("<script>var a = 1;</script>"), shape("<script>var a = 2;</script>"));
        assertNotEquals(shape("<style>p { color: red }</style>"), shape("<style>p { color: blue }</style>"));
        assertNotEquals(shape("<svg><text>One</text></svg>"), shape("<svg><text>Two</text></svg>"));
        assertNotEquals(Shape.of(page("One", "<p>Words.</p>")), Shape.of(page("Two", "<p>Words.</p>")),
                "the head is kept whole");
    }

    @Test
    void aRawTextElementEndsOnlyAtItsOwnEndTag() {
        assertNotEquals(shape("<script>a = '</scripts>One';</script>"), shape("<script>a = '</scripts>Two';</script>"));
        assertNotEquals(shape("<script src=/a/>One</script>"), shape("<script src=/a/>Two</script>"),
                "a slash that ends an unquoted value does not close a script");
        assertNull(shape("<script><!--<script>a()</script>--></script><p>Words.</p>"),
                "a script that opens a comment may end elsewhere than its first end tag");
    }

    @Test
    void aPageThatIsNotUtf8HasNoShape() {
        byte[] page = page("Title", "<p>Words \u00e9.</p>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertNotNull(Shape.of(page));
        byte[] broken = java.util.Arrays.copyOf(page, page.length);
        broken[new String(page, java.nio.charset.StandardCharsets.UTF_8).indexOf('\u00e9')] = (byte) 0xff;
        assertNull(Shape.of(broken));
    }

    @Test
    void theTextOfAScriptIsNotReadAsMarkup() {
        assertEquals(shape("<script>var a = '<p>';</script><p>One</p>"), shape("<script>var a = '<p>';</script><p>Two</p>"));
    }

    @Test
    void aPageWithACharacterTheCheckerForbidsInItsTextHasNoShape() {
        assertNotNull(shape("<p>Plain words, “quoted”, with \u00e9, \u202e and \ud83d\ude00.</p>"));
        for (String forbidden : new String[] {"\u0001", "\u000b", "\u000c", "\u007f", "\u0085", "\ufdd0", "\uffff",
                "\ud83f\udffe", "\ud800", "&", "&#32;", "&amp", "&copy;"}) {
            assertNull(shape("<p>Words " + forbidden + " here.</p>"), () -> "with U+" + Integer.toHexString(forbidden.codePointAt(0)));
        }
    }
}
