package io.briefkit.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes endnote lists: at the foot of each page the notes it cites, and on the notes page
 * all of them. Every note carries back-links to each place in the brief that cites it,
 * on whatever page, each named for where it leads.
 */
final class EndnoteLists {
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

    private final Map<Integer, NoteText> notes;
    private final List<Citation> citations;
    private final Map<Integer, List<Citation>> citationsByNote = new HashMap<>();
    private final Map<LinkedPage, TreeSet<Integer>> notesByPage = new HashMap<>();
    private final String notesPage;

    EndnoteLists(Map<Integer, NoteText> notes, List<Citation> citations, String notesPage) {
        this.notes = notes;
        this.citations = citations;
        this.notesPage = notesPage;
        for (Citation citation : citations) {
            citationsByNote.computeIfAbsent(citation.number(), n -> new ArrayList<>()).add(citation);
            notesByPage.computeIfAbsent(citation.page(), p -> new TreeSet<>()).add(citation.number());
        }
    }

    /** Whether these are the lists of {@code notes}, {@code citations} and {@code notesPage}, the very same. */
    boolean madeOf(Map<Integer, NoteText> notes, List<Citation> citations, String notesPage) {
        return this.notes == notes && this.citations == citations && java.util.Objects.equals(this.notesPage, notesPage);
    }

    /** Fills the page's {@code data-endnotes="all"} section if it has one, else adds the notes it cites. */
    void apply(Document document, LinkedPage page) {
        Element all = document.selectFirst("[data-endnotes=all]");
        if (all != null) {
            all.appendChild(list(new TreeSet<>(notes.keySet()), page));
            return;
        }
        TreeSet<Integer> cited = notesByPage.getOrDefault(page, new TreeSet<>());
        Element article = document.selectFirst("main article");
        if (cited.isEmpty() || article == null) {
            return;
        }
        Element section = article.appendElement("section").addClass("endnotes").attr("role", "doc-endnotes")
                .attr("aria-labelledby", "endnotes-title");
        section.appendElement("h2").id("endnotes-title").text("Notes");
        section.appendChild(list(cited, page));
    }

    private Element list(Collection<Integer> numbers, LinkedPage page) {
        Element list = new Element("ol");
        for (int number : numbers) {
            NoteText note = notes.get(number);
            Element item = list.appendElement("li").id("note-" + number).attr("value", String.valueOf(number));
            Element paragraph = item.appendElement("p");
            Element text = paragraph.appendElement("span").addClass("note-text");
            text.append(note.html());
            if (note.shortFor() != 0) {
                fullReference(text, note.shortFor(), page);
            }
            // The back-link keeps to the note's last word, never on a line of its own.
            paragraph.appendText("\u00a0");
            backLinks(paragraph, number, page);
            if (page.uri().equals(notesPage)) {
                editorsRecord(item, "Marker restored by the editors", note.placed());
                editorsRecord(item, "Repaired by the editors", note.repaired());
            }
        }
        return list;
    }

    /**
     * Ends a short-form note with the way to its full reference: on the notes page, which lists
     * it, a link; on a part, also its text, so that the note, beside the line or in a preview,
     * names its source in full. The words around it are the editors'.
     */
    private void fullReference(Element text, int full, LinkedPage page) {
        text.appendText(" ");
        String href = noteHref(full, page);
        if (page.uri().equals(notesPage)) {
            text.appendElement("a").addClass("note-full").attr("href", href).text("Full reference: note " + full + ".");
            return;
        }
        Element source = text.appendElement("span").addClass("full-source");
        source.appendElement("span").addClass("editors-label").text("Full reference, ")
                .appendElement("a").addClass("note-full").attr("href", href).text("note " + full);
        source.appendText(": ").append(notes.get(full).html());
    }

    /**
     * What the editors did to a note, told in a disclosure under it on the notes page, if they
     * did anything; the parts' own lists leave it there, which keeps them light.
     */
    private static void editorsRecord(Element item, String summary, String record) {
        if (!record.isEmpty()) {
            Element details = item.appendElement("details").addClass("editors");
            details.appendElement("summary").text(summary);
            details.appendElement("p").text(record);
        }
    }

    /** Where note {@code number} is listed, seen from {@code page}. */
    private String noteHref(int number, LinkedPage page) {
        boolean onPage = page.uri().equals(notesPage)
                || notesByPage.getOrDefault(page, new TreeSet<>()).contains(number);
        return (onPage || notesPage == null ? "" : notesPage) + "#note-" + number;
    }

    private void backLinks(Element paragraph, int number, LinkedPage page) {
        List<Citation> places = citationsByNote.getOrDefault(number, List.of());
        if (places.size() == 1) {
            Citation place = places.get(0);
            String label = place.page().equals(page) ? "Back to " + place.where(page) : "Back to the reference in " + place.where();
            backLink(paragraph, place, page, label).text("↑");
            return;
        }
        Element group = paragraph.appendElement("span").addClass("backlinks");
        group.appendText("↑");
        for (int i = 0; i < places.size(); i++) {
            Citation place = places.get(i);
            group.appendText(" ");
            backLink(group, place, page, "Back to reference " + (i + 1) + " in " + place.where(page))
                    .text(String.valueOf(LETTERS.charAt(i % LETTERS.length())));
        }
    }

    private static Element backLink(Element parent, Citation place, LinkedPage from, String label) {
        String href = (place.page().equals(from) ? "" : place.page().uri()) + "#" + place.id();
        return parent.appendElement("a").attr("href", href).attr("role", "doc-backlink")
                .attr("aria-label", label);
    }
}
