package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A page's elements, read from its tags as jsoup writes them, without a parse. */
class OutlineTest {
    private static final String PAGE = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>A &lt;b&gt;</title>"
            + "<script src=\"a.js\" defer></script><script type=\"application/ld+json\">{\"a\": \"</b> <i>\"}</script>"
            + "</head><body><!-- a <section> in a comment --><nav><a href=\"x.html\" title=\"1 > 0\">x</a></nav>"
            + "<main><article id=\"top\"><h1>Title<br></h1><section id=\"one\"><p>One <img src=\"i.png\" alt=\"\"></p></section>"
            + "<section id=\"two\"><svg><path d=\"M0 0\" /></svg></section><ol><li>a</li><li>b</li></ol></article></main>"
            + "</body></html>";

    @Test
    void findsTheArticleAndItsChildrenWhereverTheirTagsAre() {
        Outline outline = Outline.of(PAGE);
        Outline.Element article = outline.first("article", "body", "main");
        List<Outline.Element> children = outline.children(article);
        assertEquals(List.of("h1", "section", "section", "ol"), children.stream().map(e -> e.name).toList());
        Outline.Element two = children.get(2);
        assertEquals("<section id=\"two\"><svg><path d=\"M0 0\" /></svg></section>", PAGE.substring(two.start, two.end));
        assertEquals("<section id=\"two\">", PAGE.substring(two.start, two.startTagEnd));
        assertEquals(List.of("main", "body", "html"), outline.ancestors(article).stream().map(e -> e.name).toList());
        assertEquals(List.of("li", "li"), outline.children(children.get(3)).stream().map(e -> e.name).toList());
        assertFalse(outline.sharedId());
    }

    @Test
    void anArticleOutsideMainIsNotTheOneLookedFor() {
        Outline outline = Outline.of("<html><head></head><body><article id=\"a\"></article><main><article id=\"b\">"
                + "</article></main></body></html>");
        Outline.Element found = outline.first("article", "body", "main");
        assertTrue(found != null && found.start > 40, "the article in main, not the first article");
    }

    @Test
    void anIdUsedTwiceIsNoticed() {
        assertTrue(Outline.of("<html><head></head><body><p id=\"a\">x</p><p id='a'>y</p></body></html>").sharedId());
    }

    @Test
    void tagsThatDoNotNestAsJsoupWritesThemGiveNoOutline() {
        assertNull(Outline.of("<html><head></head><body><p><b>x</p></b></body></html>"), "an end tag out of order");
        assertNull(Outline.of("<html><head></head><body><p>x</body></html>"), "an end tag left out");
        assertNull(Outline.of("<html><head></head><body><p class=\"x>y</p></body></html>"), "a tag that never ends");
    }
}
