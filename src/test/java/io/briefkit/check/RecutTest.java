package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A long page changed within one piece is cut from its last cut as a fresh cut would cut it, and only then. */
class RecutTest {
    private static final String WORDS = "Words of the part, long enough for the page to be cut. ".repeat(400);

    private static String page(String two) {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Whole</title></head><body><main id=\"main\"><article><h1 id=\"title\">Whole</h1>");
        for (String id : List.of("one", "two", "three")) {
            html.append("<section id=\"").append(id).append("\"><h2>").append(id).append("</h2><p id=\"p-").append(id)
                    .append("\">").append(id.equals("two") ? two : WORDS).append("</p></section>");
        }
        return html.append("</article></main><footer><p>Footer</p></footer></body></html>").toString();
    }

    @Test
    void aPageChangedInOneSectionIsCutAsAFreshCutCutsIt() {
        Sections last = Sections.of(page(WORDS));
        for (String two : List.of("Fewer words.", WORDS + " And a sentence more, with “quotes”.", "",
                "With <a id=\"ref-new\">an id of its own</a>.", "With <a id=\"ref-new\">the same id</a>.", "No id.")) {
            Sections recut = Recut.of(last, page(two));
            assertNotNull(recut, two);
            Sections fresh = Sections.of(page(two));
            assertEquals(fresh.shell(), recut.shell());
            assertEquals(fresh.sections(), recut.sections());
            assertEquals(fresh.placed().stream().map(p -> p.start() + "-" + p.end()).toList(),
                    recut.placed().stream().map(p -> p.start() + "-" + p.end()).toList());
            assertEquals(fresh.owners(), recut.owners());
            last = recut;
        }
    }

    @Test
    void aPageChangedElsewhereOrSoThatItsPiecesNoLongerStandAloneIsCutAfresh() {
        Sections last = Sections.of(page(WORDS));
        assertNull(Recut.of(last, page(WORDS).replace("<title>Whole", "<title>Changed")), "the shell changed");
        assertNull(Recut.of(last, page(WORDS).replace("<h2>one</h2>", "<h2>One</h2>").replace("<h2>three", "<h2>Three")),
                "two sections changed");
        assertNull(Recut.of(last, page("<a id=\"p-one\">an id the first section has</a>")), "an id used twice");
        assertNull(Recut.of(last, page("</p></section></article><article><section><p>")),
                "tags that close the section's ancestors");
        assertNotNull(Recut.of(last, page("</p></section><section><p>")), "two whole sections for one");
        assertNull(Recut.of(last, page(WORDS.repeat(7))), "too long to check whole");
        assertNull(Recut.of(last, page(WORDS)), "nothing changed, nothing to cut again");
    }

    /** The change of the page {@code from} into {@code to} where they differ, as the cross-linker tells it. */
    private static io.briefkit.PageEdit.Change change(String from, String to) {
        int start = 0;
        while (from.charAt(start) == to.charAt(start)) {
            start++;
        }
        int end = 0;
        while (end < from.length() - start && end < to.length() - start
                && from.charAt(from.length() - 1 - end) == to.charAt(to.length() - 1 - end)) {
            end++;
        }
        return new io.briefkit.PageEdit.Change(start, from.length() - end, to.substring(start, to.length() - end));
    }

    private static void assertCutAsFresh(String html, Sections recut) {
        assertNotNull(recut);
        Sections fresh = Sections.of(html);
        assertEquals(fresh.shell(), recut.shell());
        assertEquals(fresh.sections(), recut.sections());
        assertEquals(fresh.placed().stream().map(p -> p.start() + "-" + p.end()).toList(),
                recut.placed().stream().map(p -> p.start() + "-" + p.end()).toList());
        assertEquals(fresh.owners(), recut.owners());
        assertEquals(html.length(), recut.length());
    }

    @Test
    void aPageTheLinkerSaysItChangedWithinItsPiecesIsCutFromItsLastCutAsAFreshCutCutsIt() {
        String was = page(WORDS);
        Sections last = Sections.of(was);
        String shorter = page("Fewer words, “quoted”.");
        assertCutAsFresh(shorter, Recut.edited(last, List.of(change(was, shorter))));
        String both = was.replace("<h2>one</h2>", "<h2>The first</h2>");
        String twoChanged = both.replace("<h2>three</h2>", "<h2>Three, and more</h2>");
        List<io.briefkit.PageEdit.Change> changes = List.of(change(was, both), change(both, twoChanged));
        // The second change is told in the characters of the page as it was, as the linker tells it.
        int moved = changes.get(0).text().length() - (changes.get(0).end() - changes.get(0).start());
        changes = List.of(changes.get(0), new io.briefkit.PageEdit.Change(changes.get(1).start() - moved,
                changes.get(1).end() - moved, changes.get(1).text()));
        assertCutAsFresh(twoChanged, Recut.edited(last, changes));
        String newId = page("A reference <a id=\"ref-9\" href=\"#note-9\">9</a> of its own.");
        Sections withId = Recut.edited(last, List.of(change(was, newId)));
        assertCutAsFresh(newId, withId);
        String sameId = page("A reference <a id=\"ref-9\" href=\"#note-9\">9</a>, the same one.");
        assertCutAsFresh(sameId, Recut.edited(withId, List.of(change(newId, sameId))));
    }

    @Test
    void aChangeTheLinkerSaysReachesTheShellOrAnotherPiecesIdsIsCutAfresh() {
        String was = page(WORDS);
        Sections last = Sections.of(was);
        assertNull(Recut.edited(last, List.of(change(was, was.replace("<title>Whole", "<title>Changed")))), "the shell");
        int one = was.indexOf("<h2>one");
        int two = was.indexOf("<h2>two");
        assertNull(Recut.edited(last, List.of(new io.briefkit.PageEdit.Change(one, two, "<h2>joined</h2>"))),
                "a change across two pieces");
        String shared = page("<a id=\"p-one\">an id the first section has</a>");
        assertNull(Recut.edited(last, List.of(change(was, shared))), "an id used twice");
    }
}
