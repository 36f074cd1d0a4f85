package io.briefkit.link;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Marks the headings the editors supplied where the extraction lost the author's: the part's
 * title when its header says {@code title-by=editors} (the template gives it the class
 * {@code supplied}) and any heading written {@code ## Words {.supplied}}. The heading's words
 * are set in brackets, the scholarly sign of an editor's addition, and followed by a small
 * mark that leads to the About page's list and tells screen readers what it means. Every
 * supplied heading is recorded for that list.
 */
final class SuppliedHeadings {
    static final String SELECTOR = "main article h1.supplied, main article > h2.supplied, main article > h3.supplied";
    static final String ANCHOR = "supplied-headings";

    /** A supplied heading: the page, its id (empty for a part's title) and its words. */
    record Heading(LinkedPage page, String id, String text) {
    }

    private final String aboutPage;
    private final List<Heading> headings = new ArrayList<>();

    /** @param aboutPage the About page's file, where the mark leads; null if there is none */
    SuppliedHeadings(String aboutPage) {
        this.aboutPage = aboutPage;
    }

    void apply(Document document, LinkedPage page) {
        for (Element heading : document.select(SELECTOR)) {
            Element permalink = heading.selectFirst("> a.permalink");
            String text = (permalink == null ? heading.text() : heading.text().replaceFirst("\\s*§$", "")).strip();
            headings.add(new Heading(page, heading.id(), text));
            Element words = new Element("span").addClass("supplied-words");
            heading.childNodes().stream().filter(node -> node != permalink).toList().forEach(words::appendChild);
            heading.prependChild(words);
            Element mark = aboutPage == null ? new Element("span")
                    : new Element("a").attr("href", aboutPage + "#" + ANCHOR).attr("aria-label", "heading supplied by the editors");
            mark.addClass("supplied-mark").attr("title", "Heading supplied by the editors").text("ed.");
            words.after(mark);
            mark.before(" ");
        }
    }

    List<Heading> headings() {
        return headings;
    }
}
