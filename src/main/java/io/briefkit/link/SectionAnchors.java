package io.briefkit.link;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every heading of the brief's text on a page (a heading directly in the article, not
 * one of the page's own sections) an id made from its words ({@code chinas-ambitions}) and
 * a link to itself that shows on hover or focus, and lists the page's sections under the
 * page's entry in the contents, so that a section can be linked and reached.
 */
final class SectionAnchors {
    static final String SELECTOR = "main article > h2, main article > h3";

    private SectionAnchors() {
    }

    static void apply(Document document) {
        List<Element> headings = document.select(SELECTOR);
        if (headings.isEmpty()) {
            return;
        }
        Element list = contentsList(document);
        for (Element heading : headings) {
            String title = heading.text();
            if (heading.id().isEmpty()) {
                heading.id(unique(candidate -> document.getElementById(candidate) != null, slug(title)));
            }
            permalink(heading, title);
            if (list != null) {
                list.appendElement("li").appendElement("a").attr("href", "#" + heading.id()).text(title);
            }
        }
    }

    /**
     * Gives every heading of the page that has no id one made from its words, and every heading
     * in the main column under the title a link to itself, so that any of them can be linked;
     * the title's link is the page's own address.
     */
    static void everyHeading(Document document) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        document.select("[id]").forEach(element -> ids.add(element.id()));
        everyHeading(document.select("h1, h2, h3, h4, h5, h6"), ids, heading -> heading.closest("main") != null);
    }

    /**
     * As {@link #everyHeading(Document)}, for {@code headings}, in that order, part of a page whose
     * ids are {@code ids}, to which the ids made are added; {@code inMain} tells whether a
     * heading is in the page's main column.
     */
    static void everyHeading(List<Element> headings, java.util.Set<String> ids, java.util.function.Predicate<Element> inMain) {
        everyHeading(headings, ids::contains, ids::add, inMain);
    }

    private static void everyHeading(List<Element> headings, java.util.function.Predicate<String> taken,
            java.util.function.Consumer<String> made, java.util.function.Predicate<Element> inMain) {
        for (Element heading : headings) {
            if (heading.id().isEmpty()) {
                Element words = heading.clone();
                words.select(".supplied-mark, .permalink").remove();
                String id = unique(taken, slug(words.text()));
                heading.id(id);
                made.accept(id);
            }
            if (!heading.tagName().equals("h1") && inMain.test(heading) && heading.selectFirst("> .permalink") == null) {
                Element words = heading.clone();
                words.select(".supplied-mark").remove();
                permalink(heading, words.text());
            }
        }
    }

    /** The list of the page's sections under its entry in the contents, made empty; null if the page is not listed. */
    static Element contentsList(Document document) {
        Element current = document.selectFirst("nav.toc a[aria-current=page]");
        return current == null ? null : current.parent().appendElement("ol").addClass("sections");
    }

    /** Ends {@code heading}, which has an id, with a link to itself named by {@code title}. */
    static void permalink(Element heading, String title) {
        heading.appendElement("a").addClass("permalink").attr("href", "#" + heading.id())
                .attr("aria-label", "Link to this section: " + title).text("§");
    }

    /** The heading's words in lower case, joined by hyphens: "China’s Ambitions" is chinas-ambitions. */
    static String slug(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("['’]", "").toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /** {@code id}, or, if {@code taken}, the first of id-2, id-3… that is not. */
    private static String unique(java.util.function.Predicate<String> taken, String id) {
        String candidate = id;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }
}
