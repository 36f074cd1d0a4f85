package io.briefkit.link;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
     * Writes {@code page}, whose file is {@code uri}, into {@code out} with the articles of
     * {@code parts} in its place for them, in the order given, putting into {@code renamed} each
     * part's renamed ids (from the id each had on its page to the one it has here), by the part's
     * file, and into {@code spans} where each part's section is in what was written, in bytes
     * from its start to its end; returns what stops it, such as a template without the place to
     * fill. Every heading is given an id and a link to itself, as {@link SectionAnchors#everyHeading}
     * gives them. The page is never whole in memory: each part's section is made and written as
     * text in turn.
     */
    static List<Finding> write(Document page, String uri, Map<LinkedPage, Document> parts,
            Map<String, Map<String, String>> renamed, Map<String, int[]> spans, java.io.OutputStream out)
            throws java.io.IOException {
        Element slot = page.selectFirst(SLOT);
        if (slot == null) {
            return List.of(Finding.of(uri, "the single-page edition's template has no element marked data-single-page"
                    + " for the brief's parts"));
        }
        List<LinkedPage> order = List.copyOf(parts.keySet());
        SinglePageEdition edition = new SinglePageEdition(order);
        page.select("[id]").forEach(element -> edition.taken.add(element.id()));
        Map<LinkedPage, Element> articles = new LinkedHashMap<>();
        parts.forEach((part, document) -> {
            Element article = document.selectFirst("main article");
            if (article != null) {
                articles.put(part, article);
                edition.plan(part, article);
            }
        });
        boolean inMain = slot.closest("main") != null;
        org.jsoup.nodes.Comment marker = new org.jsoup.nodes.Comment(" the parts of the single-page edition ");
        slot.replaceWith(marker);
        for (Element link : page.select("nav.toc a[href]")) {
            LinkedPage part = edition.partsByUri.get(link.attr("href"));
            if (part != null && articles.containsKey(part)) {
                link.attr("href", "#" + sectionId(part));
            }
        }
        // Each section as text, but one whose heading still wants an id: that id is made unique in
        // the whole page, as everything else is, once every id of the page is known.
        Set<String> ids = new HashSet<>(edition.taken);
        List<Object> sections = new ArrayList<>();
        List<String> placed = new ArrayList<>();
        articles.forEach((part, article) -> {
            placed.add(part.uri());
            Element section = section(part, article, order, edition.renamed);
            section.select("[id]").forEach(element -> ids.add(element.id()));
            List<Element> headings = section.select("h1, h2, h3, h4, h5, h6");
            boolean named = headings.stream().noneMatch(heading -> heading.id().isEmpty());
            if (named) {
                SectionAnchors.everyHeading(headings, ids, heading -> inMain);
            }
            sections.add(named ? html(section) : section);
        });
        headings(page, marker, sections, ids, inMain);
        String shell = page.html();
        int at = shell.indexOf(marker.outerHtml());
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        byte[] head = shell.substring(0, at).getBytes(utf8);
        out.write(head);
        int written = head.length;
        for (int i = 0; i < sections.size(); i++) {
            Object section = sections.get(i);
            byte[] bytes = (section instanceof Element element ? html(element) : (String) section).getBytes(utf8);
            out.write(bytes);
            spans.put(placed.get(i), new int[] {written, written + bytes.length});
            written += bytes.length;
        }
        out.write(shell.substring(at + marker.outerHtml().length()).getBytes(utf8));
        renamed.putAll(edition.renamed);
        return List.of();
    }

    /**
     * The single page {@code last}, whose parts' sections are where {@code spans} says, with the
     * sections of the parts in {@code sections} (their HTML, by part) in place of theirs; {@code
     * spans} is changed to say where each part's section now is.
     */
    static byte[] splice(byte[] last, Map<String, int[]> spans, Map<String, String> sections) {
        List<String> replaced = sections.keySet().stream().sorted(java.util.Comparator.comparingInt(part -> spans.get(part)[0]))
                .toList();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(last.length + 4096);
        Map<String, int[]> moved = new HashMap<>();
        int from = 0;
        for (String part : replaced) {
            int[] span = spans.get(part);
            out.write(last, from, span[0] - from);
            byte[] bytes = sections.get(part).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            moved.put(part, new int[] {out.size(), out.size() + bytes.length});
            out.writeBytes(bytes);
            from = span[1];
        }
        out.write(last, from, last.length - from);
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
        return out.toByteArray();
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

    /**
     * Gives the headings still without an id one, unique among {@code ids}, in the page's order:
     * the page's own before the {@code marker} where the parts go, those of the parts' sections
     * kept as elements, and the page's own after it; and each a link to itself.
     */
    private static void headings(Document page, org.jsoup.nodes.Node marker, List<Object> sections, Set<String> ids,
            boolean inMain) {
        List<Element> before = new ArrayList<>();
        List<Element> after = new ArrayList<>();
        boolean[] passed = {false};
        page.traverse((node, depth) -> {
            if (node == marker) {
                passed[0] = true;
            } else if (node instanceof Element element && element.normalName().matches("h[1-6]")) {
                (passed[0] ? after : before).add(element);
            }
        });
        SectionAnchors.everyHeading(before, ids, heading -> heading.closest("main") != null);
        for (Object section : sections) {
            if (section instanceof Element element) {
                SectionAnchors.everyHeading(element.select("h1, h2, h3, h4, h5, h6"), ids, heading -> inMain);
            }
        }
        SectionAnchors.everyHeading(after, ids, heading -> heading.closest("main") != null);
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

    /**
     * Takes the ids the part will have in the page, those of what stays on the part's own page
     * left out, and renames an id taken before by another part's.
     */
    private void plan(LinkedPage part, Element article) {
        Set<Element> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        left.addAll(article.select(LEFT_OUT));
        taken.add(sectionId(part));
        Map<String, String> ids = renamed.computeIfAbsent(part.uri(), uri -> new HashMap<>());
        for (Element element : article.select("[id]")) {
            if (element.parents().stream().anyMatch(left::contains) || left.contains(element)) {
                continue;
            }
            String id = element.id();
            if (!taken.add(id)) {
                String unique = part.slug() + "-" + id;
                ids.put(id, unique);
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
