package io.briefkit.link;

import io.briefkit.content.Correction;
import io.briefkit.markdown.BriefMarkdown;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Fills the About page's lists from the same records that mark the text, so that the page and
 * the marks cannot disagree: the supplied headings, the restored note markers with the
 * evidence for each place, the repaired notes, and the corrections log. The page's template
 * or text marks each place with {@code data-edition="…"}, whose name becomes the id of the
 * heading of its section ({@code about.html#supplied-headings}).
 */
final class EditionPage {
    private EditionPage() {
    }

    static void fill(Document page, List<SuppliedHeadings.Heading> headings, Map<Integer, NoteText> notes,
            Function<Integer, Citation> firstCitation, String notesPage, List<Correction> corrections) {
        // The heading of each list's section takes the list's name as its id, for the marks to lead to.
        for (Element slot : page.select("[data-edition]")) {
            Element heading = slot.previousElementSibling();
            while (heading != null && !heading.tagName().matches("h[1-6]")) {
                heading = heading.previousElementSibling();
            }
            if (heading != null && heading.id().isEmpty()) {
                heading.id(slot.attr("data-edition"));
            }
        }
        Element supplied = page.selectFirst("[data-edition=supplied-headings]");
        if (supplied != null) {
            Element list = supplied.appendElement("ul").addClass("edition-list");
            for (SuppliedHeadings.Heading heading : headings) {
                list.appendElement("li").appendElement("a")
                        .attr("href", heading.page().uri() + (heading.id().isEmpty() ? "" : "#" + heading.id()))
                        .text(heading.text());
            }
        }
        Element restored = page.selectFirst("[data-edition=restored-markers]");
        if (restored != null) {
            Element list = restored.appendElement("ul").addClass("edition-list");
            notes.values().stream().filter(NoteText::restored).forEach(note -> {
                Element item = list.appendElement("li").id("restored-" + note.number());
                Citation place = firstCitation.apply(note.number());
                Element where = item.appendElement("p");
                where.appendElement("a").attr("href", place == null ? notesPage + "#note-" + note.number()
                        : place.page().uri() + "#" + place.id()).text("Note " + note.number() + "†");
                if (place != null) {
                    where.appendText(", in " + place.where());
                }
                item.appendElement("p").text(note.placed());
            });
        }
        Element repaired = page.selectFirst("[data-edition=repaired-notes]");
        if (repaired != null) {
            Element list = repaired.appendElement("ul").addClass("edition-list");
            notes.values().stream().filter(note -> !note.repaired().isEmpty()).forEach(note -> {
                Element item = list.appendElement("li");
                item.appendElement("a").attr("href", notesPage + "#note-" + note.number()).text("Note " + note.number());
                item.appendText(": " + note.repaired());
            });
        }
        Element log = page.selectFirst("[data-edition=corrections]");
        if (log != null) {
            if (corrections.isEmpty()) {
                log.appendElement("p").text("No correction has been made since the edition was first published.");
            } else {
                BriefMarkdown markdown = new BriefMarkdown();
                Element list = log.appendElement("ul").addClass("edition-list");
                for (Correction correction : corrections) {
                    Element item = list.appendElement("li");
                    item.appendElement("time").attr("datetime", correction.date().toString())
                            .text(correction.date().toString());
                    item.appendText(" · ");
                    if (correction.note() > 0) {
                        item.appendElement("a").attr("href", notesPage + "#note-" + correction.note())
                                .text("Note " + correction.note());
                    } else {
                        String uri = correction.page().replaceFirst("\\.md$", ".html");
                        item.appendElement("a").attr("href", uri).text(uri);
                    }
                    item.appendText(": ");
                    item.append(markdown.renderInline(correction.change()));
                }
            }
        }
    }
}
