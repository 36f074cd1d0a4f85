package io.briefkit.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Groups the notes page's list by the part that first cites each note, under a heading named
 * for the part and the numbers it holds ("Introduction, notes 1–7"), each heading linkable and
 * listed in the contents, so that a reader finds a part's notes without scrolling through the rest.
 * The numbering stays the brief's: the groups follow one another in note order.
 */
final class NoteGroups {
    private NoteGroups() {
    }

    /**
     * Regroups the list in {@code notes}, the notes page, given the part that first cites each
     * note and the parts' titles (the heading of each part's article), which name the groups.
     */
    static void apply(Document notes, Map<Integer, LinkedPage> firstCitedIn, Map<LinkedPage, Element> titles) {
        Element section = notes.selectFirst("[data-endnotes=all]");
        Element list = section == null ? null : section.selectFirst("> ol");
        if (list == null) {
            return;
        }
        Map<LinkedPage, List<Element>> groups = new LinkedHashMap<>();
        for (Element item : list.children()) {
            LinkedPage part = firstCitedIn.get(Integer.parseInt(item.attr("value")));
            groups.computeIfAbsent(part, p -> new ArrayList<>()).add(item);
        }
        list.remove();
        Element contents = SectionAnchors.contentsList(notes);
        groups.forEach((part, items) -> {
            Element group = section.appendElement("div").addClass("note-group");
            Element heading = group.appendElement("h2");
            String title = part == null ? "Not cited in the text" : null;
            if (part == null) {
                heading.id("notes-uncited").text(title);
            } else {
                heading.id("notes-" + part.slug());
                titleOf(titles.get(part), part).forEach(heading::appendChild);
                title = plainText(heading);
            }
            String range = range(items);
            heading.appendText(" ").appendElement("span").addClass("note-range").text("(" + range + ")");
            SectionAnchors.permalink(heading, title + ", " + range);
            if (contents != null) {
                contents.appendElement("li").appendElement("a").attr("href", "#" + heading.id()).text(title);
            }
            Element groupList = group.appendElement("ol");
            items.forEach(groupList::appendChild);
        });
    }

    /** "note 8" or "notes 8–37". */
    private static String range(List<Element> items) {
        String first = items.get(0).attr("value");
        String last = items.get(items.size() - 1).attr("value");
        return first.equals(last) ? "note " + first : "notes " + first + "–" + last;
    }

    /** The part's heading as its page shows it, an editors' mark and all, without its permalink. */
    private static List<Node> titleOf(Element h1, LinkedPage part) {
        if (h1 == null) {
            return List.of(new TextNode(part.label()));
        }
        Element copy = h1.clone();
        copy.select(".permalink").remove();
        return new ArrayList<>(copy.childNodesCopy());
    }

    /** The heading's words, without the editors' mark. */
    private static String plainText(Element heading) {
        Element copy = heading.clone();
        copy.select(".supplied-mark").remove();
        return copy.text().trim();
    }
}
