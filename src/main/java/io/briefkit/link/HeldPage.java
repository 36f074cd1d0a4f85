package io.briefkit.link;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page between the two passes of a linking of every page (see {@link FullLink}): read,
 * anchored and its note references numbered, it waits for the rest of the brief to be read,
 * since its list of notes links back to every place that cites them, on whatever page. It waits
 * as its document with its article's content written out as HTML, which takes a small part of
 * the memory its elements take, and is read back into the same article when its turn comes.
 * jsoup reads back what it wrote as it was for a tree its parser built; linking has added to the
 * tree by then, and a page where what it added or what it folded would not read back the same
 * waits whole: one with a link inside a link (a note reference in a link's text), a list of
 * contents inside its article (folded as text, see {@link FoldedContents}), or a line break at
 * the start of a {@code pre}, {@code textarea} or {@code listing}, which HTML's parser drops. A
 * page that gathers from the others (the notes page, the glossary, the overview's citations)
 * waits whole too.
 */
final class HeldPage {
    private final Document document;
    private byte[] article;
    private final List<String> ids;

    private HeldPage(Document document, byte[] article, List<String> ids) {
        this.document = document;
        this.article = article;
        this.ids = ids;
    }

    /** The page, to wait whole. */
    static HeldPage whole(Document document) {
        return new HeldPage(document, null, null);
    }

    /** The page, to wait with its article's content as HTML (whole if it has no article, or it would not read back as it is). */
    static HeldPage folded(Document document) {
        Element article = document.selectFirst("main article");
        if (article == null || article.selectFirst("a a, nav") != null
                || article.select("pre, textarea, listing").stream().anyMatch(HeldPage::startsWithLineBreak)) {
            return whole(document);
        }
        List<String> ids = SinglePageEdition.ids(article);
        byte[] html = article.html().getBytes(StandardCharsets.UTF_8);
        article.empty();
        return new HeldPage(document, html, ids);
    }

    /**
     * The ids the single page takes from the page's article (see {@link SinglePageEdition#ids}), as
     * they were when it was folded; for a page held whole, as they are now; null without an article.
     */
    List<String> ids() {
        if (ids != null) {
            return ids;
        }
        Element article = document.selectFirst("main article");
        return article == null ? null : SinglePageEdition.ids(article);
    }

    private static boolean startsWithLineBreak(Element element) {
        return element.childNodeSize() > 0 && element.childNode(0) instanceof org.jsoup.nodes.TextNode text
                && text.getWholeText().startsWith("\n");
    }

    /** The page, its article read back if it was folded. */
    Document document() {
        if (article != null) {
            document.selectFirst("main article").html(new String(article, StandardCharsets.UTF_8));
            article = null;
        }
        return document;
    }
}
