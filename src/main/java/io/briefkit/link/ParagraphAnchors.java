package io.briefkit.link;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives every paragraph of the brief on a page a stable id ({@code p-history-4}) and a
 * permalink that shows on hover or focus, so notes, and readers, can point to a paragraph;
 * with JavaScript the permalink also offers the paragraph's citation.
 */
final class ParagraphAnchors {
    /** The brief's own paragraphs: those directly in the article, not the page's furniture. */
    static final String SELECTOR = "main article > p:not([class])";

    private ParagraphAnchors() {
    }

    static void apply(Document document, LinkedPage page) {
        int number = 0;
        for (Element paragraph : document.select(SELECTOR)) {
            number++;
            String id = "p-" + page.slug() + "-" + number;
            paragraph.id(id);
            paragraph.appendElement("a").addClass("permalink").attr("href", "#" + id)
                    .attr("aria-label", "Link to paragraph " + number)
                    .text("¶");
        }
    }

    /** The number of the paragraph holding {@code element}, or 0. */
    static int paragraphOf(Element element, LinkedPage page) {
        String prefix = "p-" + page.slug() + "-";
        for (Element parent : element.parents()) {
            if (parent.id().startsWith(prefix)) {
                return Integer.parseInt(parent.id().substring(prefix.length()));
            }
        }
        return 0;
    }
}
