package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A long contents list is held folded, and written as it was read. */
class FoldedContentsTest {

    /** A part of a series of {@code parts}, the {@code current}th, as the templates write it. */
    private static Document part(int parts, int current) {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= parts; i++) {
            items.append("<li><a href=\"part-").append(i).append(".html\"").append(i == current ? " aria-current=\"page\"" : "")
                    .append(">Part ").append(i).append(" &amp; more</a></li>\n");
        }
        Document page = Jsoup.parse("<!doctype html><html><head><title>Part " + current + "</title></head><body>"
                + "<nav class=\"toc\" aria-label=\"Contents\"><details><summary>Contents</summary><ol>\n" + items
                + "</ol></details></nav><main><article><h1>Part " + current + "</h1><p>Words.</p></article></main>"
                + "<nav class=\"pager\"><ul><li><a href=\"part-1.html\">First</a></li></ul></nav></body></html>");
        page.outputSettings().prettyPrint(false);
        return page;
    }

    @Test
    void aFoldedPageIsWrittenAsItWasReadAndKeepsItsOwnEntry() {
        for (int current : new int[] {1, 64, 65, 130, 200}) {
            Document page = part(200, current);
            String written = page.outerHtml();
            FoldedContents.fold(page, new HashMap<>());
            assertEquals(written, page.outerHtml(), "part " + current);
            assertNotNull(page.selectFirst("nav.toc a[aria-current=page]"), "part " + current + "'s own entry");
            assertEquals(2, page.select("li").size(), "its own entry and the pager's: the others are folded");
            SectionAnchors.contentsList(page).appendElement("li").text("A section");
            assertEquals(written.replace(" aria-current=\"page\">Part " + current + " &amp; more</a>",
                    " aria-current=\"page\">Part " + current + " &amp; more</a><ol class=\"sections\"><li>A section</li></ol>"),
                    page.outerHtml(), "the page's sections listed under its own entry");
        }
    }

    @Test
    void pagesShareTheRunsThatHoldNeitherOfTheirEntries() {
        Map<String, String> shared = new HashMap<>();
        for (int current = 1; current <= 200; current++) {
            FoldedContents.fold(part(200, current), shared);
        }
        assertTrue(shared.size() < 200 * 2 + 4, "runs kept for 200 pages: " + shared.size());
        Map<String, String> one = new HashMap<>();
        FoldedContents.fold(part(200, 10), one);
        FoldedContents.fold(part(200, 150), one);
        // Runs of 64 entries: part 10 splits the first, part 150 the third; the second and fourth they share.
        assertEquals(2 + 2 + 2 + 2, one.size(), "before and after each page's entry, the run the other page"
                + " splits, and the two runs they share");
    }

    @Test
    void aShortListIsLeftAsItIs() {
        Document page = part(127, 3);
        FoldedContents.fold(page, new HashMap<>());
        assertEquals(128, page.select("li").size());
    }
}
