package io.briefkit.link;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the Markdown stage's note numbers into links to the note at the foot of the page,
 * each with an id of its own, and records every citation for the back-links. A marker the
 * editors restored carries a dagger and says so in its name.
 */
final class NoteReferences {
    private final Map<Integer, NoteText> notes;
    private final Map<Integer, Integer> occurrences = new HashMap<>();
    private final List<Citation> citations = new ArrayList<>();

    NoteReferences(Map<Integer, NoteText> notes) {
        this.notes = notes;
    }

    List<Finding> link(Document document, LinkedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (Element span : document.select("span.note-ref[data-note]")) {
            int number = Integer.parseInt(span.attr("data-note"));
            if (!notes.containsKey(number)) {
                findings.add(Finding.of(page.uri(), "reference to note " + number + ", which is not defined"));
                continue;
            }
            int occurrence = occurrences.merge(number, 1, Integer::sum);
            Citation citation = new Citation(number, occurrence, page, ParagraphAnchors.paragraphOf(span, page));
            citations.add(citation);
            Element link = new Element("a").addClass("note-ref").attr("href", "#note-" + number)
                    .id(citation.id()).attr("role", "doc-noteref").attr("aria-label", "Note " + number)
                    .text(String.valueOf(number));
            if (notes.get(number).restored()) {
                // The extraction lost this marker and the editors put it back: a dagger says so.
                link.addClass("restored").attr("aria-label", "Note " + number + ", marker restored by the editors")
                        .appendElement("span").addClass("restored-mark").attr("aria-hidden", "true").text("†");
            }
            span.replaceWith(link);
        }
        return findings;
    }

    /** Counts {@code earlier}, the citations of the pages before the next one linked, as if those pages had been linked. */
    void seed(List<Citation> earlier) {
        for (Citation citation : earlier) {
            occurrences.merge(citation.number(), 1, Integer::sum);
            citations.add(citation);
        }
    }

    List<Citation> citations() {
        return citations;
    }
}
