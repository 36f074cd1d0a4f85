package io.briefkit.link;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the Markdown stage's note numbers into links to the note at the foot of the page,
 * each with an id of its own, and records every citation for the back-links.
 */
final class NoteReferences {
    private final Set<Integer> defined;
    private final Map<Integer, Integer> occurrences = new HashMap<>();
    private final List<Citation> citations = new ArrayList<>();

    NoteReferences(Set<Integer> defined) {
        this.defined = defined;
    }

    List<Finding> link(Document document, LinkedPage page) {
        List<Finding> findings = new ArrayList<>();
        for (Element span : document.select("span.note-ref[data-note]")) {
            int number = Integer.parseInt(span.attr("data-note"));
            if (!defined.contains(number)) {
                findings.add(Finding.of(page.uri(), "reference to note " + number + ", which is not defined"));
                continue;
            }
            int occurrence = occurrences.merge(number, 1, Integer::sum);
            Citation citation = new Citation(number, occurrence, page, ParagraphAnchors.paragraphOf(span, page));
            citations.add(citation);
            Element link = new Element("a").addClass("note-ref").attr("href", "#note-" + number)
                    .id(citation.id()).attr("role", "doc-noteref").attr("aria-label", "Note " + number)
                    .attr("data-preview", "").text(String.valueOf(number));
            span.replaceWith(link);
        }
        return findings;
    }

    List<Citation> citations() {
        return citations;
    }
}
