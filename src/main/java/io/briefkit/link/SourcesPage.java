package io.briefkit.link;

import io.briefkit.cite.SourceBibliography;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.jsoup.nodes.Element;

/**
 * Fills the Sources page's {@code [data-sources]} slot: the bibliography of every source the
 * notes cite, grouped by kind, each entry linking to the notes that cite it and from there to
 * the paragraph where each is cited.
 */
final class SourcesPage {
    static final Map<String, String> KINDS = kinds();

    private static final Map<String, String> FIELDS = Map.of("title", "Title", "author", "Author", "issued", "Date",
            "URL", "Address");

    private SourcesPage() {
    }

    /** Where the record departs from the author's note, and why: the editors' correction, shown as theirs. */
    private static void departures(Element item, Map<String, String> differs) {
        if (differs.isEmpty()) {
            return;
        }
        Element details = item.appendElement("details").addClass("editors");
        details.appendElement("summary").text("The editors’ record departs from the note");
        for (Map.Entry<String, String> field : differs.entrySet()) {
            Element reason = details.appendElement("p");
            reason.appendElement("strong").text(FIELDS.getOrDefault(field.getKey(), field.getKey()) + ": ");
            reason.appendText(field.getValue());
        }
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("government", "Governments and official bodies");
        kinds.put("analysis", "Think tanks and policy analysis");
        kinds.put("academic", "Scholarship");
        kinds.put("news", "News reports");
        kinds.put("primary", "Primary material of the groups studied");
        return kinds;
    }

    /** @param firstCitation where each note is first cited in the text, or null */
    static void fill(Element slot, SourceBibliography bibliography, IntFunction<Citation> firstCitation, String notesPage) {
        Element style = slot.ownerDocument() == null ? null : slot.ownerDocument().selectFirst("[data-sources-style]");
        if (style != null) {
            style.text(io.briefkit.cite.Styles.title(bibliography.style()));
        }
        Element summary = slot.appendElement("ul").addClass("source-kinds");
        for (Map.Entry<String, String> kind : KINDS.entrySet()) {
            List<SourceBibliography.Entry> entries = bibliography.entries().stream()
                    .filter(e -> e.kind().equals(kind.getKey())).toList();
            if (entries.isEmpty()) {
                continue;
            }
            summary.appendElement("li").appendElement("a").attr("href", "#kind-" + kind.getKey())
                    .text(kind.getValue() + " (" + entries.size() + ")");
            slot.appendElement("h2").id("kind-" + kind.getKey()).text(kind.getValue());
            Element list = slot.appendElement("ul").addClass("bibliography");
            for (SourceBibliography.Entry entry : entries) {
                Element item = list.appendElement("li").id("source-" + entry.id());
                item.appendElement("p").addClass("csl-entry").append(entry.html());
                Element cited = item.appendElement("p").addClass("cited")
                        .text(entry.notes().size() == 1 ? "Cited in note " : "Cited in notes ");
                for (int i = 0; i < entry.notes().size(); i++) {
                    int note = entry.notes().get(i);
                    cited.appendText(i == 0 ? "" : ", ");
                    cited.appendElement("a").attr("href", notesPage + "#note-" + note).text(String.valueOf(note));
                    Citation where = firstCitation.apply(note);
                    if (where != null) {
                        cited.appendText(" (");
                        cited.appendElement("a").attr("href", where.page().uri() + "#" + where.id()).text(where.where());
                        cited.appendText(")");
                    }
                }
                cited.appendText(".");
                departures(item, entry.differs());
            }
        }
    }
}
