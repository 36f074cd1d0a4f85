package io.briefkit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A long page cut, for the HTML checker, into documents it can check one at a time and remember:
 * the page without the sections of its article, and each section alone in the page's head and in
 * the same ancestors (body, frame, main, article) it has in the page; or, for a page whose article
 * has no sections but a long list (an actor's page lists every paragraph that names it), the same
 * with runs of the list's items. Every rule of HTML that is
 * not about ids holds in a section or not whatever its siblings are, so these documents are
 * valid exactly when the page is, but for ids: an id used twice in the page, which is looked for
 * here before cutting, and a reference from one section to an id in another, which a section's
 * own document reports as an error and which is then checked in the whole page. A page edited
 * in one section is then checked again in that section only. Only pages written as jsoup writes
 * them are cut, read by their {@link Outline} without being parsed.
 */
record Sections(String shell, List<String> sections) {
    /** About how long, in characters, a run of a long list's items checked as one document is. */
    private static final int GROUP = 32 * 1024;

    /** The page's parts to check, or null when it is not worth cutting or cannot be cut. */
    static Sections of(String html) {
        Outline outline = Outline.of(html);
        if (outline == null || outline.sharedId()) {
            return null;
        }
        Outline.Element body = outline.first("body");
        Outline.Element article = outline.first("article", "body", "main");
        if (body == null || article == null) {
            return null;
        }
        Outline.Element container = article;
        List<Outline.Element> children = outline.children(article);
        List<List<Outline.Element>> pieces = children.stream().filter(child -> child.name.equals("section"))
                .map(List::of).toList();
        if (pieces.size() < 2) {
            container = longestList(outline, children);
            pieces = container == null ? List.of() : groups(outline.children(container).stream()
                    .filter(child -> child.name.equals("li")).toList());
        }
        if (pieces.size() < 2) {
            return null;
        }
        StringBuilder open = new StringBuilder().append(html, 0, body.startTagEnd);
        StringBuilder close = new StringBuilder();
        List<Outline.Element> ancestors = new ArrayList<>(outline.ancestors(container));
        ancestors.add(0, container);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Outline.Element ancestor = ancestors.get(i);
            if (ancestor.name.equals("html") || ancestor.name.equals("body")) {
                continue;
            }
            open.append(html, ancestor.start, ancestor.startTagEnd);
            close.insert(0, "</" + ancestor.name + '>');
        }
        close.append("</body></html>");
        StringBuilder shell = new StringBuilder();
        List<String> sections = new ArrayList<>();
        int from = 0;
        for (List<Outline.Element> piece : pieces) {
            int start = piece.get(0).start;
            int end = piece.get(piece.size() - 1).end;
            shell.append(html, from, start);
            sections.add(open + html.substring(start, end) + close);
            from = end;
        }
        shell.append(html, from, html.length());
        return new Sections(shell.toString(), sections);
    }

    /** The shell, then the sections: every piece checked on its own. */
    List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        pieces.add(shell);
        pieces.addAll(sections);
        return pieces;
    }

    /** The list among the article's children with the most items, such as an actor page's places, or null. */
    private static Outline.Element longestList(Outline outline, List<Outline.Element> children) {
        Outline.Element longest = null;
        int most = -1;
        for (Outline.Element child : children) {
            if (child.name.equals("ol") || child.name.equals("ul")) {
                int items = outline.children(child).size();
                if (items > most) {
                    longest = child;
                    most = items;
                }
            }
        }
        return longest;
    }

    /** A list's items in runs of about {@link #GROUP} characters, each run checked as one document. */
    private static List<List<Outline.Element>> groups(List<Outline.Element> items) {
        List<List<Outline.Element>> groups = new ArrayList<>();
        List<Outline.Element> group = new ArrayList<>();
        int length = 0;
        for (Outline.Element item : items) {
            group.add(item);
            length += item.end - item.start;
            if (length >= GROUP) {
                groups.add(group);
                group = new ArrayList<>();
                length = 0;
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        return groups;
    }
}
