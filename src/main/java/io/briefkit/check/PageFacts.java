package io.briefkit.check;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What the site checks need from a page, read once from its parsed document: whether it has
 * a title, its ids, the URLs it links and loads, the files it loads as it opens, any
 * style or script written into the page itself, and the images that have no text
 * alternative (the {@code src} of each); of a page read in pieces, the pieces' facts too. A
 * builder that is kept warm remembers them by the page's path and bytes, so a rebuild parses
 * only the pages that changed.
 */
record PageFacts(boolean titled, Set<String> ids, List<LinkChecker.Reference> references, Set<String> loads,
        List<String> inline, List<String> unlabelledImages, List<PageFacts> pieces) {

    /** The facts of a page read whole, not of pieces. */
    PageFacts(boolean titled, Set<String> ids, List<LinkChecker.Reference> references, Set<String> loads,
            List<String> inline, List<String> unlabelledImages) {
        this(titled, ids, references, loads, inline, unlabelledImages, List.of());
    }

    static PageFacts of(String page, Document document) {
        Element title = document.selectFirst("head > title");
        return new PageFacts(title != null && !title.text().isBlank(),
                document.select("[id]").stream().map(Element::id).collect(Collectors.toUnmodifiableSet()),
                List.copyOf(LinkChecker.references(page, document)), Set.copyOf(Budget.loads(page, document)),
                InlineCode.find(document),
                document.select("img").stream().filter(img -> img.attr("alt").isBlank()).map(img -> img.attr("src")).toList());
    }

    /**
     * These facts, of a piece of a page read alike on another page of the same folder (see
     * {@link PageMemory#alike}), as {@code page}'s: the same, but for the page their links are on.
     */
    PageFacts on(String page) {
        List<LinkChecker.Reference> onPage = references.stream()
                .map(reference -> new LinkChecker.Reference(page, reference.url(), reference.isLink())).toList();
        return new PageFacts(titled, ids, onPage, loads, inline, unlabelledImages, pieces);
    }

    /**
     * The facts of a page cut into {@code pieces} (see {@link Sections}), its shell first, which
     * it keeps: each piece holds the page's head and the ancestors of its section, so that what
     * is in them is found more than once, which the checks' findings, kept once each, allow. The
     * page's references are its pieces', which the link check looks up piece by piece, and are
     * not gathered again here. {@code last} (or null) is the page's facts at the last check: if
     * each piece has the ids it had then, the page's ids are those it had, the same set.
     */
    static PageFacts merge(List<PageFacts> pieces, PageFacts last) {
        Set<String> ids = last != null && sameIds(last.pieces(), pieces) ? last.ids() : ids(pieces);
        Set<String> loads = new java.util.LinkedHashSet<>();
        List<String> inline = new java.util.ArrayList<>();
        List<String> unlabelled = new java.util.ArrayList<>();
        for (PageFacts piece : pieces) {
            loads.addAll(piece.loads());
            inline.addAll(piece.inline());
            unlabelled.addAll(piece.unlabelledImages());
        }
        return new PageFacts(pieces.get(0).titled(), ids, List.of(), Set.copyOf(loads), List.copyOf(inline),
                List.copyOf(unlabelled), List.copyOf(pieces));
    }

    private static boolean sameIds(List<PageFacts> were, List<PageFacts> are) {
        if (were.size() != are.size()) {
            return false;
        }
        for (int i = 0; i < are.size(); i++) {
            if (were.get(i) != are.get(i) && !were.get(i).ids().equals(are.get(i).ids())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> ids(List<PageFacts> pieces) {
        // Made to size and handed on as it is: the single page of a thousand parts has some 75,000 ids.
        Set<String> ids = new java.util.HashSet<>(pieces.stream().mapToInt(piece -> piece.ids().size()).sum() * 4 / 3 + 1);
        pieces.forEach(piece -> ids.addAll(piece.ids()));
        return java.util.Collections.unmodifiableSet(ids);
    }
}
