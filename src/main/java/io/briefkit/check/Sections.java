package io.briefkit.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

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
 * them are cut: every element's tags are in the text, where the positions say.
 */
record Sections(String shell, List<String> sections) {
    /** About how long, in characters, a run of a long list's items checked as one document is. */
    private static final int GROUP = 32 * 1024;

    /** The page's parts to check, or null when it is not worth cutting or cannot be cut. */
    static Sections of(String html) {
        return of(html, parse(html));
    }

    /** A page parsed as {@link #of(String, Document)} needs it: with its elements' positions. */
    static Document parse(String html) {
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
    }

    /** As {@link #of(String)}, from the page already parsed by {@link #parse}, before any change to it. */
    static Sections of(String html, Document page) {
        Element article = page.selectFirst("body main article");
        if (article == null || !page.body().sourceRange().isTracked()) {
            return null;
        }
        Element container = article;
        List<List<Element>> pieces = article.children().stream().filter(child -> child.nameIs("section"))
                .map(List::of).toList();
        if (pieces.size() < 2) {
            container = longestList(article);
            pieces = container == null ? List.of() : groups(container.children().stream()
                    .filter(child -> child.nameIs("li")).toList());
        }
        if (pieces.size() < 2 || sharedId(page)) {
            return null;
        }
        StringBuilder open = new StringBuilder().append(html, 0, page.body().sourceRange().endPos());
        StringBuilder close = new StringBuilder();
        List<Element> ancestors = new ArrayList<>(container.parents());
        ancestors.add(0, container);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Element ancestor = ancestors.get(i);
            if (ancestor.nameIs("html") || ancestor.nameIs("body")) {
                continue;
            }
            if (!ancestor.sourceRange().isTracked() || ancestor.sourceRange().isImplicit()) {
                return null;
            }
            open.append(html, ancestor.sourceRange().startPos(), ancestor.sourceRange().endPos());
            close.insert(0, "</" + ancestor.normalName() + '>');
        }
        close.append("</body></html>");
        StringBuilder shell = new StringBuilder();
        List<String> sections = new ArrayList<>();
        int from = 0;
        for (List<Element> piece : pieces) {
            Element first = piece.get(0);
            Element last = piece.get(piece.size() - 1);
            int start = first.sourceRange().startPos();
            int end = last.endSourceRange().endPos();
            if (!first.sourceRange().isTracked() || !last.endSourceRange().isTracked() || start < from || end <= start) {
                return null;
            }
            shell.append(html, from, start);
            sections.add(open + html.substring(start, end) + close);
            from = end;
        }
        shell.append(html, from, html.length());
        return new Sections(shell.toString(), sections);
    }

    /** The list among the article's children with the most items, such as an actor page's places, or null. */
    private static Element longestList(Element article) {
        return article.children().stream().filter(child -> child.nameIs("ol") || child.nameIs("ul"))
                .max(java.util.Comparator.comparingInt(list -> list.childrenSize())).orElse(null);
    }

    /** A list's items in runs of about {@link #GROUP} characters, each run checked as one document. */
    private static List<List<Element>> groups(List<Element> items) {
        List<List<Element>> groups = new ArrayList<>();
        List<Element> group = new ArrayList<>();
        int length = 0;
        for (Element item : items) {
            group.add(item);
            length += item.endSourceRange().endPos() - item.sourceRange().startPos();
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

    private static boolean sharedId(Document page) {
        Set<String> seen = new HashSet<>();
        for (Element element : page.select("[id]")) {
            if (!seen.add(element.id())) {
                return true;
            }
        }
        return false;
    }
}
