package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A long page cut into pieces: the pieces hold all of it, and what the checks read from them is what the page holds. */
class SectionsTest {
    private static final String WORDS = "Words of the part, long enough for the page to be cut. ".repeat(400);

    private static String page() {
        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Whole</title><link rel=\"stylesheet\" href=\"css/site.css\"><script src=\"js/a.js\" defer></script>"
                + "</head><body><nav><ol><li><a href=\"other.html\">Other</a></li></ol></nav><main id=\"main\"><article>"
                + "<h1 id=\"title\">Whole</h1>");
        for (String id : List.of("one", "two", "three")) {
            html.append("<section id=\"").append(id).append("\"><h2>").append(id).append("</h2><p>").append(WORDS)
                    .append("<a href=\"#").append(id.equals("three") ? "one" : "missing-" + id).append("\">see</a>")
                    .append("<img src=\"img/").append(id).append(".png\" alt=\"\"><span style=\"color:red\">x</span>")
                    .append("</p></section>");
        }
        return html.append("</article></main><footer><a href=\"about.html\">About</a></footer></body></html>").toString();
    }

    @Test
    void theShellAndTheSectionsHoldTheWholePage() {
        String html = page();
        Sections sections = Sections.of(html);
        assertNotNull(sections);
        assertEquals(3, sections.sections().size());
        StringBuilder whole = new StringBuilder(sections.shell());
        for (String section : sections.sections()) {
            String body = section.substring(section.indexOf("<section"), section.lastIndexOf("</section>") + 10);
            int at = whole.indexOf("</article>");
            whole.insert(at, body);
        }
        assertEquals(html, whole.toString());
    }

    @Test
    void thePiecesFactsAreThePagesFacts() {
        String html = page();
        PageFacts whole = PageFacts.of("brief.html", Jsoup.parse(html));
        PageFacts merged = PageFacts.merge(Sections.of(html).pieces().stream()
                .map(piece -> PageFacts.of("brief.html", Jsoup.parse(piece))).toList(), null);
        assertEquals(whole.titled(), merged.titled());
        assertEquals(whole.ids(), merged.ids());
        assertEquals(List.of(), merged.references(), "a page read in pieces has its references in them");
        assertEquals(new HashSet<>(whole.references()),
                merged.pieces().stream().flatMap(piece -> piece.references().stream()).collect(Collectors.toSet()));
        assertEquals(whole.loads(), merged.loads());
        assertEquals(new HashSet<>(whole.inline()), new HashSet<>(merged.inline()));
        assertEquals(whole.unlabelledImages(), merged.unlabelledImages());
        assertEquals(List.of("img/one.png", "img/two.png", "img/three.png"), merged.unlabelledImages());
    }

    @Test
    void aSectionTooLongToCheckWholeIsCutWithinDownToItsListsItems() {
        StringBuilder notes = new StringBuilder();
        for (int i = 1; i <= 400; i++) {
            notes.append("<li id=\"note-").append(i).append("\"><p>Note ").append(i).append(": ")
                    .append("a source, its title and its date. ".repeat(12)).append("</p></li>");
        }
        String html = page().replace("</article>", "<section id=\"notes\" aria-labelledby=\"notes-title\"><h2 id=\"notes-title\">"
                + "Notes</h2><section class=\"endnotes\" aria-labelledby=\"notes-title\"><ol>" + notes
                + "</ol></section></section></article>");
        Sections sections = Sections.of(html);
        assertNotNull(sections);
        for (int i = 1; i <= 400; i++) {
            String note = "<li id=\"note-" + i + "\">";
            assertEquals(1, sections.sections().stream().filter(piece -> piece.contains(note)).count(), note);
            assertTrue(!sections.shell().contains(note), note);
        }
        String notesRun = sections.sections().stream().filter(piece -> piece.contains("id=\"note-200\"")).findFirst().orElseThrow();
        assertTrue(notesRun.length() < 48 * 1024, "a run of notes, not the whole list: " + notesRun.length());
        assertTrue(notesRun.contains("<section id=\"notes\"><section class=\"endnotes\"><ol>"),
                "in the ancestors it has in the page, without their references to the heading: " + notesRun);
        assertTrue(sections.shell().contains("<h2 id=\"notes-title\">"), "the heading its sections are labelled by stays"
                + " in the shell with them");
        assertEquals(0, sections.sections().stream().filter(piece -> piece.contains("<h2 id=\"notes-title\">")).count());
        for (String id : List.of("one", "two", "three")) {
            assertEquals(1, sections.sections().stream().filter(piece -> piece.contains("<section id=\"" + id + "\">")
                    && piece.contains("</section>")).count(), "the short section " + id + " stays whole, one piece");
        }
    }
}
