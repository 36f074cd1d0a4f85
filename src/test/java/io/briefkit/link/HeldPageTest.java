package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** A page waits between the linker's two passes with its article as text, and comes back as it was. */
class HeldPageTest {
    /** What a page's article may hold that a careless reading back would change. */
    private static final String ARTICLE = "<article><h1 id=\"top\">A &amp; B</h1>\n"
            + "<p id=\"p-1\">Non\u00a0breaking, &lt;angle&gt; and “quotes”<sup><a href=\"notes.html#note-1\""
            + " aria-label=\"Note 1, &quot;quoted&quot;\">1</a></sup></p>\n"
            + "<!-- an editors' comment -->"
            + "<pre><code>indented\n  code</code></pre>"
            + "<table><tbody><tr><td>cell</td></tr></tbody></table>"
            + "<svg viewBox=\"0 0 10 10\" role=\"img\" aria-label=\"mark\"><path d=\"M0 0h10\"></path></svg>"
            + "<textarea>first line\nsecond</textarea>"
            + "<p>Ends with a space </p>   </article>";

    private static Document page(String article) {
        Document document = Jsoup.parse("<!doctype html><html><head><title>T</title></head><body><header>H</header>"
                + "<main>" + article + "</main><footer>F</footer></body></html>");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    @Test
    void aFoldedPageIsReadBackAsItWasWritten() {
        Document document = page(ARTICLE);
        String before = document.html();
        HeldPage held = HeldPage.folded(document);
        assertTrue(document.selectFirst("main article").childNodes().isEmpty(), "the article waits as text");
        assertEquals(before, held.document().html());
        assertEquals(before, held.document().html(), "read back once");
    }

    @Test
    void aPageWithALinkInALinkOrAListOfContentsInItsArticleWaitsWhole() {
        for (String article : List.of("<article><p><a href=\"a.html\">text<sup><a href=\"#n\">1</a></sup></a></p></article>",
                "<article><nav><ol><li><a href=\"a.html\">A</a></li></ol></nav><p>x</p></article>")) {
            Document document = page("<p>x</p>");
            document.selectFirst("main").html("");
            Element built = document.selectFirst("main").appendElement("article");
            Document source = Jsoup.parseBodyFragment(article);
            // Built as linking builds it, element by element, where a parser would not nest the links.
            built.appendChildren(source.selectFirst("article").childNodesCopy());
            String before = document.html();
            HeldPage held = HeldPage.folded(document);
            assertSame(document, held.document());
            assertEquals(before, held.document().html());
        }
    }

    @Test
    void aPageWhosePreformattedTextStartsWithALineBreakWaitsWholeSinceItWouldNotReadBackAsItIs() {
        for (String element : List.of("pre", "textarea", "listing")) {
            Document document = page("<article><p>x</p><" + element + ">\n\nindented</" + element + "></article>");
            String before = document.html();
            HeldPage held = HeldPage.folded(document);
            assertSame(document, held.document());
            assertEquals(before, held.document().html(), element);
        }
        Document check = page("<article><pre>\n\nindented</pre></article>");
        Element article = check.selectFirst("main article");
        Document readBack = page("<article></article>");
        readBack.selectFirst("main article").html(article.html());
        assertTrue(!readBack.html().equals(check.html()), "what the rule is for: jsoup's reading back drops the line break");
    }

    @Test
    void theIdsTheSinglePageTakesAreThoseTheArticleHadWhenFolded() {
        Document document = page("<article><h1 id=\"top\">T</h1><p id=\"p-1\">x</p>"
                + "<section data-page-only><a id=\"own\" href=\"#p-1\">guide</a></section></article>");
        HeldPage held = HeldPage.folded(document);
        assertEquals(List.of("top", "p-1"), held.ids());
        held.document().selectFirst("main article").appendElement("p").id("later");
        assertEquals(List.of("top", "p-1"), held.ids());
    }

    @Test
    void aPageThatWaitsWholeIsTheSameDocumentAndAPageWithoutAnArticleHasNoIds() {
        Document document = page("<section id=\"s\">no article</section>");
        HeldPage held = HeldPage.folded(document);
        assertSame(document, held.document());
        assertNull(held.ids());
        Document notes = page("<article><h1 id=\"n\">Notes</h1></article>");
        HeldPage whole = HeldPage.whole(notes);
        Element article = notes.selectFirst("main article");
        article.appendElement("ol").id("list");
        assertEquals(List.of("n", "list"), whole.ids(), "a page held whole is read as it is now");
        assertSame(notes, whole.document());
    }
}
