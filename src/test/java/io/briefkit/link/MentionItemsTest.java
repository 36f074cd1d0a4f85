package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An actor's page after an edit of a paragraph that names the actor is the page made again, from the page as written. */
class MentionItemsTest {
    private static final LinkedPage HISTORY = new LinkedPage("history.html", "History");
    private static final MentionItems ITEMS = new MentionItems("notes.html");

    private static Mention mention(String anchor, String excerpt, List<Integer> notes) {
        return new Mention("china", HISTORY, anchor, "History, paragraph " + anchor.substring(2), excerpt, "China", notes);
    }

    private static final List<Mention> WERE = List.of(mention("p-1", "China and Russia “observers”", List.of(8)),
            mention("p-2", "while China & others <waited>", List.of()),
            mention("p-3", "Beijing’s and China’s terms", List.of(9, 10)));

    private static Document shell() {
        Document page = Jsoup.parse("<!doctype html><html><head><title>China</title></head><body><main><article>"
                + "<h1>China</h1><p class=\"description\">A state. <ol class=\"steps\"><li>not a place</li></ol></p>"
                + "<ul class=\"related\"><li><a href=\"actor-russia.html\">Russia</a></li></ul>"
                + "</article></main><footer><ol><li>after</li></ol></footer></body></html>");
        page.outputSettings().prettyPrint(false);
        return page;
    }

    /** The page as a full build writes it, listing {@code mentions}. */
    private static byte[] page(List<Mention> mentions) {
        Document page = shell();
        ITEMS.append(page.selectFirst("article"), mentions);
        page.selectFirst("article").appendElement("p").addClass("in-notes").text("Named in the notes: 4");
        return HtmlBytes.of(page);
    }

    private static io.briefkit.PageEdit.Recorder recorder() {
        return new io.briefkit.PageEdit.Recorder("last", new byte[0]);
    }

    private static io.briefkit.PageEdit.Recorder recorder(byte[] last) {
        return new io.briefkit.PageEdit.Recorder("last", last);
    }

    private static io.briefkit.PageEdit.Recorder recorder(io.briefkit.ByteRuns last) {
        return new io.briefkit.PageEdit.Recorder("last", last);
    }

    private static io.briefkit.ByteRuns runs(List<Mention> places) {
        return io.briefkit.ByteRuns.of(page(places));
    }

    @Test
    void theChangedPlacesItemsAreMadeAgainInThePageAsWritten() {
        List<Mention> are = List.of(WERE.get(0), mention("p-2", "while China & others <waited> long", List.of(7)),
                mention("p-3", "Beijing’s terms, and China’s", List.of(9, 10)));
        io.briefkit.PageEdit.Recorder edit = new io.briefkit.PageEdit.Recorder("last", page(WERE));
        assertArrayEquals(page(are), ITEMS.splice(runs(WERE), null, shell(), WERE, are, edit).page().toArray());
        assertArrayEquals(page(WERE), ITEMS.splice(runs(are), null, shell(), are, WERE, new io.briefkit.PageEdit.Recorder("last", page(are))).page().toArray());
        StringBuilder edited = new StringBuilder(new String(page(WERE), StandardCharsets.UTF_8));
        List<io.briefkit.PageEdit.Change> changes = edit.edit().changes();
        assertEquals(2, changes.size(), "the two places whose items changed");
        for (int i = changes.size() - 1; i >= 0; i--) {
            edited.replace(changes.get(i).start(), changes.get(i).end(), changes.get(i).text());
        }
        assertEquals(new String(page(are), StandardCharsets.UTF_8), edited.toString());
    }

    @Test
    void aPageWhoseActorIsNamedInOtherParagraphsNowIsMadeWhole() {
        assertNull(ITEMS.splice(runs(WERE), null, shell(), WERE, WERE.subList(0, 2), recorder()));
        assertNull(ITEMS.splice(runs(WERE.subList(0, 2)), null, shell(), WERE, WERE, recorder()), "the page lists fewer places than it should");
    }

    @Test
    void aPageThatDoesNotReadAsExpectedIsMadeWhole() {
        byte[] twoLists = new String(page(WERE), StandardCharsets.UTF_8)
                .replace("<footer>", "<footer><ol class=\"mentions\"><li>x</li></ol>").getBytes(StandardCharsets.UTF_8);
        assertNull(ITEMS.splice(io.briefkit.ByteRuns.of(twoLists), null, shell(), WERE, WERE, recorder()));
        byte[] nested = new String(page(WERE), StandardCharsets.UTF_8)
                .replaceFirst("</blockquote>", "</blockquote><ol><li>inner</li></ol>").getBytes(StandardCharsets.UTF_8);
        assertNull(ITEMS.splice(io.briefkit.ByteRuns.of(nested), null, shell(), WERE, List.of(WERE.get(0), WERE.get(2), WERE.get(1)), recorder()));
    }

    @Test
    void aSplicedPageIsSplicedAgainWhereItsItemsWereLeftWithoutLookingForThem() {
        List<Mention> are = List.of(mention("p-1", "China and Russia, “observers” still", List.of(8, 11)), WERE.get(1),
                mention("p-3", "Beijing’s terms", List.of(9)));
        MentionItems.Items once = ITEMS.splice(runs(WERE), null, shell(), WERE, are, recorder(page(WERE)));
        MentionItems.Items found = ITEMS.splice(once.page(), null, shell(), are, are, recorder(once.page()));
        assertArrayEquals(found.starts(), once.starts(), "where each item now starts");
        assertArrayEquals(found.ends(), once.ends(), "where each item now ends");
        MentionItems.Items twice = ITEMS.splice(once.page(), once, shell(), are, WERE, recorder(once.page()));
        assertArrayEquals(page(WERE), twice.page().toArray());
    }

    @Test
    void itemsFoundInOtherBytesAreNotTrusted() {
        byte[] page = page(WERE);
        MentionItems.Items elsewhere = new MentionItems.Items(io.briefkit.ByteRuns.of(page.clone()), new int[] {0, 1, 2}, new int[] {1, 2, 3});
        List<Mention> are = List.of(WERE.get(0), WERE.get(1), mention("p-3", "China alone", List.of()));
        assertArrayEquals(page(are), ITEMS.splice(io.briefkit.ByteRuns.of(page), elsewhere, shell(), WERE, are, recorder(page)).page().toArray());
    }
}
