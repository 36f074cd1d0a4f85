package io.briefkit.link;

import io.briefkit.content.DescriptionSource;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The sources of an editors' description, listed under it on the actor's page: for each fact,
 * the brief's note that gives its source (with the note's text), or the outside source, linked.
 */
final class SourceList {
    private final Map<Integer, NoteText> notes;
    private final String notesPage;

    SourceList(Map<Integer, NoteText> notes, String notesPage) {
        this.notes = notes;
        this.notesPage = notesPage == null ? "" : notesPage;
    }

    void append(Element article, List<DescriptionSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        Element section = article.appendElement("section").addClass("description-sources")
                .attr("aria-labelledby", "description-sources");
        section.appendElement("h2").id("description-sources").text("Sources of the description");
        Element list = section.appendElement("ul");
        for (DescriptionSource source : sources) {
            Element item = list.appendElement("li");
            item.appendElement("span").addClass("supports").text("For " + source.supports() + ": ");
            if (source.inBrief()) {
                item.appendText("the brief’s ");
                item.appendElement("a").attr("href", notesPage + "#note-" + source.note()).text("note " + source.note());
                NoteText note = notes.get(source.note());
                if (note != null) {
                    item.appendText(", ");
                    item.appendElement("cite").append(note.html());
                }
            } else {
                item.appendText(source.publisher() + ", ");
                item.appendElement("a").attr("href", source.url()).appendElement("cite").text(source.title());
                if (!source.date().isEmpty()) {
                    item.appendText(", " + date(source.date()));
                }
                item.appendText(".");
            }
        }
    }

    /** 2020-11-05 as 5 November 2020, 2021-07 as July 2021. */
    static String date(String iso) {
        String[] parts = iso.split("-");
        if (parts.length == 1) {
            return parts[0];
        }
        String month = Month.of(Integer.parseInt(parts[1])).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return (parts.length == 3 ? Integer.parseInt(parts[2]) + " " : "") + month + " " + parts[0];
    }
}
