package io.briefkit.link;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The single-page edition: the article of every part of the brief, as cross-linked, copied in
 * reading order into the one page whose template marks a place with {@code data-single-page},
 * the notes page last. Each part becomes a section whose title is one heading level down;
 * what a template marks {@code data-page-only} (a part's own guide or contents) and each
 * part's own list of notes stay behind. Links between the parts become links within the page,
 * and an id that two parts share is renamed in the second, with every reference to it; the
 * contents lead to the parts' sections.
 */
final class SinglePageEdition {
    static final String SLOT = "[data-single-page]";
    /** What stays on a part's own page: what its template marks so, and its own list of notes. */
    private static final String LEFT_OUT = "[data-page-only], section.endnotes:not([data-endnotes])";
    private static final List<String> ID_LISTS = List.of("aria-labelledby", "aria-describedby", "aria-controls",
            "aria-owns", "for", "headers");

    private final Map<String, LinkedPage> partsByUri;
    private final Map<String, Map<String, String>> renamed = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /** @param parts the parts the page holds, in reading order */
    private SinglePageEdition(List<LinkedPage> parts) {
        partsByUri = parts.stream().collect(Collectors.toMap(LinkedPage::uri, p -> p));
    }

    /**
     * The ids that the single page takes from {@code article}, a part's article: all but those of
     * what stays on the part's own page.
     */
    static List<String> ids(Element article) {
        Set<Element> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        left.addAll(article.select(LEFT_OUT));
        List<String> ids = new ArrayList<>();
        for (Element element : article.select("[id]")) {
            if (!left.contains(element) && element.parents().stream().noneMatch(left::contains)) {
                ids.add(element.id());
            }
        }
        return ids;
    }

    /**
     * Starts writing {@code page}, the single page's template, whose file is {@code uri}, into
     * {@code out}, with the articles of {@code parts} in its place for them, given one at a time
     * in reading order ({@link Writer#add}), so that no more than one is held: the parts' ids,
     * {@code ids} (as {@link #ids} reads them, for each part that has an article), are all it
     * needs to know of them beforehand. Every heading is given an id and a link to itself, as
     * {@link SectionAnchors#everyHeading} gives them, in the page's order; the ids the parts'
     * sections may be labelled by are set aside for them first.
     */
    static Writer start(Document page, String uri, List<LinkedPage> parts, Map<LinkedPage, List<String>> ids,
            java.io.OutputStream out) throws java.io.IOException {
        return new Writer(page, uri, parts, ids, out);
    }

    /** The single page being written: its head when started, each part's section in turn, its end when finished. */
    static final class Writer {
        private final Document page;
        private final java.io.OutputStream out;
        private final SinglePageEdition edition;
        private final List<LinkedPage> order;
        private final Set<String> ids;
        private final boolean inMain;
        private final org.jsoup.nodes.Comment marker = new org.jsoup.nodes.Comment(" the parts of the single-page edition ");
        private final Map<String, int[]> spans = new HashMap<>();
        private final List<Finding> findings;
        private int written;

        private Writer(Document page, String uri, List<LinkedPage> parts, Map<LinkedPage, List<String>> articleIds,
                java.io.OutputStream out) throws java.io.IOException {
            this.page = page;
            this.out = out;
            this.order = List.copyOf(parts);
            edition = new SinglePageEdition(order);
            Element slot = page.selectFirst(SLOT);
            if (slot == null) {
                findings = List.of(Finding.of(uri, "the single-page edition's template has no element marked"
                        + " data-single-page for the brief's parts"));
                ids = Set.of();
                inMain = false;
                return;
            }
            findings = List.of();
            page.select("[id]").forEach(element -> edition.taken.add(element.id()));
            for (LinkedPage part : order) {
                if (articleIds.containsKey(part)) {
                    edition.plan(part, articleIds.get(part));
                }
            }
            inMain = slot.closest("main") != null;
            slot.replaceWith(marker);
            for (Element link : page.select("nav.toc a[href]")) {
                LinkedPage part = edition.partsByUri.get(link.attr("href"));
                if (part != null && articleIds.containsKey(part)) {
                    link.attr("href", "#" + sectionId(part));
                }
            }
            ids = new HashSet<>(edition.taken);
            articleIds.keySet().forEach(part -> ids.add(sectionId(part) + "-title"));
            SectionAnchors.everyHeading(headings(true), ids, heading -> heading.closest("main") != null);
            String shell = page.html();
            byte[] head = shell.substring(0, shell.indexOf(marker.outerHtml())).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(head);
            written = head.length;
        }

        /** What stops the page from being written, such as a template without the place to fill; empty if nothing does. */
        List<Finding> findings() {
            return findings;
        }

        /** Writes the section of {@code part}, the next part in reading order, whose article is {@code article}. */
        void add(LinkedPage part, Element article) throws java.io.IOException {
            Element section = section(part, article, order, edition.renamed);
            SectionAnchors.everyHeading(section.select("h1, h2, h3, h4, h5, h6"), ids, heading -> inMain);
            byte[] bytes = html(section).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.write(bytes);
            spans.put(part.uri(), new int[] {written, written + bytes.length});
            written += bytes.length;
        }

        /**
         * Writes the rest of the page, and puts into {@code renamed} each part's renamed ids (from
         * the id each had on its page to the one it has here), by the part's file, and into
         * {@code spans} where each part's section is in what was written, in bytes from its start
         * to its end.
         */
        void finish(Map<String, Map<String, String>> renamed, Map<String, int[]> spans) throws java.io.IOException {
            SectionAnchors.everyHeading(headings(false), ids, heading -> heading.closest("main") != null);
            String shell = page.html();
            out.write(shell.substring(shell.indexOf(marker.outerHtml()) + marker.outerHtml().length())
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            renamed.putAll(edition.renamed);
            spans.putAll(this.spans);
        }

        /** The page's own headings before the place of the parts, or after it. */
        private List<Element> headings(boolean before) {
            List<Element> found = new ArrayList<>();
            boolean[] passed = {false};
            page.traverse((node, depth) -> {
                if (node == marker) {
                    passed[0] = true;
                } else if (node instanceof Element element && element.normalName().matches("h[1-6]") && passed[0] != before) {
                    found.add(element);
                }
            });
            return found;
        }
    }

    /**
     * The single page {@code last}, whose parts' sections are where {@code spans} says, with the
     * sections of the parts in {@code sections} (their HTML, by part) in place of theirs; {@code
     * spans} is changed to say where each part's section now is, and {@code edit} is told each
     * section put in place of another.
     */
    static io.briefkit.ByteRuns splice(io.briefkit.ByteRuns last, Map<String, int[]> spans, Map<String, String> sections,
            io.briefkit.PageEdit.Recorder edit) {
        List<String> replaced = sections.keySet().stream().sorted(java.util.Comparator.comparingInt(part -> spans.get(part)[0]))
                .toList();
        // The page as last written, but for the replaced sections, is shared rather than copied: it is megabytes long.
        io.briefkit.ByteRuns.Builder out = new io.briefkit.ByteRuns.Builder();
        Map<String, int[]> moved = new HashMap<>();
        int from = 0;
        int at = 0;
        for (String part : replaced) {
            int[] span = spans.get(part);
            out.add(last, from, span[0]);
            at += span[0] - from;
            byte[] bytes = sections.get(part).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.add(bytes);
            edit.replace(span[0], span[1], sections.get(part));
            moved.put(part, new int[] {at, at + bytes.length});
            at += bytes.length;
            from = span[1];
        }
        out.add(last, from, last.length());
        spans.forEach((part, span) -> {
            if (!moved.containsKey(part)) {
                int shift = 0;
                for (String before : replaced) {
                    if (spans.get(before)[0] < span[0]) {
                        shift = moved.get(before)[1] - spans.get(before)[1];
                    }
                }
                moved.put(part, new int[] {span[0] + shift, span[1] + shift});
            }
        });
        spans.putAll(moved);
        return out.build();
    }

    /**
     * The section that {@code article}, the article of {@code part}, becomes in a single page of
     * {@code parts} whose fill renamed ids as {@code renamed} says: what a fill of the same parts
     * makes of it, provided the part has the ids it had then, each once.
     */
    static Element section(LinkedPage part, Element article, List<LinkedPage> parts,
            Map<String, Map<String, String>> renamed) {
        SinglePageEdition edition = new SinglePageEdition(parts);
        edition.renamed.putAll(renamed);
        Element copy = article.clone();
        copy.select(LEFT_OUT).remove();
        copy.select("[data-endnotes]").removeAttr("data-endnotes");
        shiftHeadings(copy);
        Map<String, String> ids = renamed.getOrDefault(part.uri(), Map.of());
        for (Element element : copy.select("[id]")) {
            element.id(ids.getOrDefault(element.id(), element.id()));
        }
        edition.relink(part, copy);
        return edition.section(part, copy);
    }

    /** A section, made apart from the page, as jsoup writes it in the page. */
    static String html(Element section) {
        Document holder = new Document("");
        holder.outputSettings().prettyPrint(false);
        holder.appendChild(section);
        return section.outerHtml();
    }

    /** The part's section's id in the page. */
    static String sectionIdOf(LinkedPage part) {
        return sectionId(part);
    }

    private static void shiftHeadings(Element article) {
        if (article.selectFirst("h1") != null) {
            for (Element heading : article.select("h1, h2, h3, h4, h5")) {
                heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) + 1));
            }
        }
    }

    /** Takes the ids the part will have in the page, {@code ids} (see {@link #ids}), and renames an id taken before by another part's. */
    private void plan(LinkedPage part, List<String> ids) {
        taken.add(sectionId(part));
        Map<String, String> renames = renamed.computeIfAbsent(part.uri(), uri -> new HashMap<>());
        for (String id : ids) {
            if (!taken.add(id)) {
                String unique = part.slug() + "-" + id;
                renames.put(id, unique);
                taken.add(unique);
            }
        }
    }

    /** Points the part's links and id references at their places in the single page. */
    private void relink(LinkedPage part, Element article) {
        for (Element element : article.select("[href]")) {
            element.attr("href", href(part, element.attr("href")));
        }
        for (String attribute : ID_LISTS) {
            for (Element element : article.select("[" + attribute + "]")) {
                String[] refs = element.attr(attribute).trim().split("\\s+");
                for (int i = 0; i < refs.length; i++) {
                    refs[i] = idIn(part.uri(), refs[i]);
                }
                element.attr(attribute, String.join(" ", refs));
            }
        }
    }

    /** The part as a section of the page, labelled by its title where it has one. */
    private Element section(LinkedPage part, Element article) {
        Element section = new Element("section").addClass("part").id(sectionId(part));
        Element title = article.selectFirst("h2");
        if (title != null && title.elementSiblingIndex() == 0) {
            if (title.id().isEmpty()) {
                title.id(section.id() + "-title");
                SectionAnchors.permalink(title, title.text());
            }
            section.attr("aria-labelledby", title.id());
        }
        section.appendChildren(new ArrayList<>(article.childNodes()));
        return section;
    }

    /** Where {@code href}, written in {@code part}, leads in the single page. */
    private String href(LinkedPage part, String href) {
        if (href.startsWith("#")) {
            return "#" + idIn(part.uri(), href.substring(1));
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        LinkedPage target = partsByUri.get(file);
        if (target == null) {
            return href;
        }
        return "#" + (hash < 0 ? sectionId(target) : idIn(target.uri(), href.substring(hash + 1)));
    }

    private String idIn(String uri, String id) {
        return renamed.getOrDefault(uri, Map.of()).getOrDefault(id, id);
    }

    private static String sectionId(LinkedPage part) {
        return "part-" + part.slug();
    }
}
