package io.briefkit.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A long page cut, for the HTML checker, into documents it can check one at a time and remember:
 * the page without the sections of its article, and each section alone in the page's head and in
 * the same ancestors (body, frame, main, article) it has in the page; or, for a page whose article
 * has no sections but a long list (an actor's page lists every paragraph that names it), the same
 * with runs of the list's items. Whatever is still long after that (the single page's notes, the
 * notes page's groups, the sources page's lists) is cut within, into runs of its children, down to
 * the items of its lists. A long contents list in a {@code nav} is checked in runs of its items,
 * each in the least valid head and with a plain summary, so that a run is the same document on
 * every page that lists the same parts (no rule of HTML makes a list item's validity depend on
 * the head or on its details' summary, which are checked with the page's shell). Every rule of HTML that is
 * not about ids holds in a section or not whatever its siblings are, so these documents are
 * valid exactly when the page is, but for ids: an id used twice in the page, which is looked for
 * here before cutting, and a reference from one section to an id in another, which a section's
 * own document reports as an error and which is then checked in the whole page. A page edited
 * in one section is then checked again in that section only. Only pages written as jsoup writes
 * them are cut, read by their {@link Outline} without being parsed.
 */
record Sections(String shell, List<String> sections, List<Piece> placed, int length,
        java.util.Map<String, Integer> owners, String[] fingerprints) {
    /** About how long, in characters, a run of a long list's items checked as one document is. */
    private static final int GROUP = 32 * 1024;
    /**
     * How many items of a long contents list are checked as one document. Runs of a fixed
     * number, not of a length, so that pages which list the same parts share every run but the
     * one that holds their own entry, which is longer: each shared run is checked once for all.
     */
    private static final int CONTENTS_RUN = 64;
    /** A piece longer than this, in characters, is cut within, where it can be: see {@link #within}. */
    static final int LONG = 4 * GROUP;
    /**
     * Elements whose children no rule of HTML checks against each other (no required first
     * child, no order among them), so that runs of them can be checked apart: a {@code div}
     * only outside a {@code dl}, where it groups terms and descriptions.
     */
    private static final java.util.Set<String> FREE = java.util.Set.of("article", "section", "div", "main", "aside",
            "ol", "ul");
    /**
     * Attributes that name an id elsewhere in the page. A frame's start tags are written without
     * them: the id they name is in the shell, where they are checked with it, and the rules a
     * piece's elements are checked against do not depend on them.
     */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            " (?:aria-(?:labelledby|describedby|controls|owns|details|errormessage|flowto|activedescendant)|for|headers"
                    + "|list|form|popovertarget)=\"[^\"]*\"");

    /** The page's parts to check, or null when it is not worth cutting or cannot be cut. */
    static Sections of(String html) {
        Outline outline = Outline.of(html);
        if (outline == null || outline.sharedId()) {
            return null;
        }
        Outline.Element body = outline.first("body");
        if (body == null) {
            return null;
        }
        List<Cut> cuts = new ArrayList<>();
        Outline.Element article = outline.first("article", "body", "main");
        if (article != null) {
            cutArticle(html, outline, article, cuts);
        }
        for (Outline.Element nav : outline.named("nav")) {
            List<Outline.Element> lists = new ArrayList<>();
            for (String name : List.of("ol", "ul")) {
                outline.named(name).stream().filter(list -> nav.start < list.start && list.end <= nav.end).forEach(lists::add);
            }
            Outline.Element list = longestList(outline, lists);
            List<Outline.Element> items = list == null ? List.of() : items(outline, list);
            boolean inside = cuts.stream().anyMatch(cut -> cut.container().start <= nav.start && nav.end <= cut.container().end);
            if (items.size() >= 2 * CONTENTS_RUN && !inside) {
                List<List<Outline.Element>> runs = new ArrayList<>();
                for (int i = 0; i < items.size(); i += CONTENTS_RUN) {
                    runs.add(items.subList(i, Math.min(items.size(), i + CONTENTS_RUN)));
                }
                cuts.add(new Cut(list, runs, true));
            }
        }
        if (cuts.isEmpty()) {
            return null;
        }
        List<Piece> pieces = new ArrayList<>();
        for (Cut cut : cuts) {
            String[] frame = frame(html, outline, body, cut);
            cut.pieces().forEach(piece -> pieces.add(new Piece(piece.get(0).start, piece.get(piece.size() - 1).end, frame)));
        }
        pieces.sort(java.util.Comparator.comparingInt(Piece::start));
        StringBuilder shell = new StringBuilder();
        List<String> sections = new ArrayList<>();
        int from = 0;
        for (Piece piece : pieces) {
            if (piece.start() < from) {
                return null;
            }
            shell.append(html, from, piece.start());
            sections.add(piece.frame()[0] + html.substring(piece.start(), piece.end()) + piece.frame()[1]);
            from = piece.end();
        }
        shell.append(html, from, html.length());
        return new Sections(shell.toString(), sections, List.copyOf(pieces), html.length(), owners(outline, pieces),
                new String[sections.size() + 1]);
    }

    /** Which piece each id of the page is in, by its index among the pieces; -1 for the shell. */
    private static java.util.Map<String, Integer> owners(Outline outline, List<Piece> pieces) {
        java.util.Map<String, Integer> owners = new java.util.HashMap<>();
        int piece = 0;
        for (Outline.Element element : outline.elements()) {
            while (piece < pieces.size() && pieces.get(piece).end() <= element.start) {
                piece++;
            }
            if (element.id != null) {
                owners.put(element.id, piece < pieces.size() && pieces.get(piece).start() <= element.start ? piece : -1);
            }
        }
        return owners;
    }

    /**
     * The article's pieces: each of its sections, if it has two or more, else runs of its
     * longest list's items; and anything longer than {@link #LONG} left whole by that, cut
     * within (see {@link #within}).
     */
    private static void cutArticle(String html, Outline outline, Outline.Element article, List<Cut> cuts) {
        List<Outline.Element> children = outline.children(article);
        boolean sectioned = children.stream().filter(child -> child.name.equals("section")).count() >= 2;
        Outline.Element list = sectioned ? null : longestList(outline, children);
        List<List<Outline.Element>> runs = list == null ? List.of() : groups(items(outline, list));
        List<List<Outline.Element>> sections = new ArrayList<>();
        for (Outline.Element child : children) {
            if (sectioned && child.name.equals("section")) {
                if (!(isLong(child) && within(html, outline, child, cuts))) {
                    sections.add(List.of(child));
                }
            } else if (child == list && runs.size() >= 2) {
                cuts.add(new Cut(list, runs, false));
            } else if (isLong(child)) {
                within(html, outline, child, cuts);
            }
        }
        if (!sections.isEmpty()) {
            cuts.add(new Cut(article, sections, false));
        }
    }

    private static boolean isLong(Outline.Element element) {
        return element.end - element.start > LONG;
    }

    /**
     * Cuts {@code element} into runs of its children of about {@link #GROUP} characters, if it is
     * an element whose children are valid or not whatever their siblings are ({@link #FREE}); a
     * child longer than {@link #LONG} is cut within in its turn. Returns whether it was cut.
     */
    private static boolean within(String html, Outline outline, Outline.Element element, List<Cut> cuts) {
        List<Outline.Element> ancestors = outline.ancestors(element);
        if (!FREE.contains(element.name)
                || element.name.equals("div") && !ancestors.isEmpty() && ancestors.get(0).name.equals("dl")) {
            return false;
        }
        // A child that the element or its ancestors name by its id (a section's heading, which
        // labels it) stays in the shell with them, where the reference is checked.
        java.util.Set<String> named = new java.util.HashSet<>();
        for (Outline.Element tag : ancestors) {
            named.addAll(references(html, tag));
        }
        named.addAll(references(html, element));
        List<List<Outline.Element>> runs = new ArrayList<>();
        List<Outline.Element> between = new ArrayList<>();
        for (Outline.Element child : outline.children(element)) {
            if (named.contains(id(html, child)) || isLong(child) && within(html, outline, child, cuts)) {
                runs.addAll(groups(between));
                between = new ArrayList<>();
            } else {
                between.add(child);
            }
        }
        runs.addAll(groups(between));
        if (!runs.isEmpty()) {
            cuts.add(new Cut(element, runs, false));
        }
        return true;
    }

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(" id=\"([^\"]*)\"");

    /** The element's id, as jsoup writes it in its start tag, or null. */
    private static String id(String html, Outline.Element element) {
        java.util.regex.Matcher id = ID.matcher(html.substring(element.start, element.startTagEnd));
        return id.find() ? id.group(1) : null;
    }

    /** The ids the element's start tag names in attributes that refer to other elements. */
    private static List<String> references(String html, Outline.Element element) {
        List<String> ids = new ArrayList<>();
        java.util.regex.Matcher reference = REFERENCE.matcher(html.substring(element.start, element.startTagEnd));
        while (reference.find()) {
            String value = reference.group();
            ids.addAll(List.of(value.substring(value.indexOf('"') + 1, value.length() - 1).strip().split("\\s+")));
        }
        return ids;
    }

    /** A piece of the page, from {@code start} to {@code end}, and what it is checked in: the tags before and after it. */
    record Piece(int start, int end, String[] frame) {
    }

    /** Where a piece is cut from, and the pieces: runs of its children, in order. */
    private record Cut(Outline.Element container, List<List<Outline.Element>> pieces, boolean shared) {
    }

    /** The head of a shared run's document: the least a valid document has. */
    private static final String NEUTRAL_HEAD = "<head><meta charset=\"utf-8\"><title>Contents</title></head>";

    /**
     * What a piece of {@code container} is checked in: the page up to its body's start tag, then
     * the start tags of the container and its ancestors; and after it, their end tags.
     */
    private static String[] frame(String html, Outline outline, Outline.Element body, Cut cut) {
        Outline.Element container = cut.container();
        Outline.Element root = outline.first("html");
        StringBuilder open = new StringBuilder();
        if (cut.shared() && root != null) {
            // The same on every page: a run's items are valid or not whatever the head and summary say.
            open.append(html, 0, root.startTagEnd).append(NEUTRAL_HEAD).append(html, body.start, body.startTagEnd);
        } else {
            open.append(html, 0, body.startTagEnd);
        }
        StringBuilder close = new StringBuilder();
        List<Outline.Element> ancestors = new ArrayList<>(outline.ancestors(container));
        ancestors.add(0, container);
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            Outline.Element ancestor = ancestors.get(i);
            if (ancestor.name.equals("html") || ancestor.name.equals("body")) {
                continue;
            }
            open.append(REFERENCE.matcher(html.substring(ancestor.start, ancestor.startTagEnd)).replaceAll(""));
            // A details element needs its summary, which comes before what is cut from it.
            List<Outline.Element> children = ancestor.name.equals("details") ? outline.children(ancestor) : List.of();
            if (!children.isEmpty() && children.get(0).name.equals("summary") && children.get(0).end <= container.start) {
                if (cut.shared()) {
                    open.append("<summary>Contents</summary>");
                } else {
                    open.append(html, children.get(0).start, children.get(0).end);
                }
            }
            close.insert(0, "</" + ancestor.name + '>');
        }
        close.append("</body></html>");
        return new String[] {open.toString(), close.toString()};
    }

    private static List<Outline.Element> items(Outline outline, Outline.Element list) {
        return outline.children(list).stream().filter(child -> child.name.equals("li")).toList();
    }

    /** The shell, then the sections: every piece checked on its own. */
    List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        pieces.add(shell);
        pieces.addAll(sections);
        return pieces;
    }

    /**
     * The {@link io.briefkit.Fingerprint} of the piece {@code i} of {@link #pieces()}, made once:
     * a page cut again from its last cut (see {@link Recut}) keeps those of the pieces that did not change.
     */
    String fingerprint(int i) {
        synchronized (fingerprints) {
            if (fingerprints[i] == null) {
                fingerprints[i] = io.briefkit.Fingerprint.of((i == 0 ? shell : sections.get(i - 1))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            return fingerprints[i];
        }
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

    /** A list's items, or an element's children, in runs of about {@link #GROUP} characters, each run checked as one document. */
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
