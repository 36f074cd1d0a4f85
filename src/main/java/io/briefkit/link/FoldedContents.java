package io.briefkit.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A long contents list held as the HTML it will be written as, not as elements. Every page lists
 * every part, so a series of N parts holds N² entries, which as jsoup elements fill the memory of
 * a linking that keeps every page at once. No step of linking reads or changes another part's
 * entry, only the page's own (where its sections are listed): the other entries are folded, in
 * runs of {@link #RUN} counted from the list's start, into one node each that writes what jsoup
 * would have written for them. Runs are counted alike on every page, so the pages that share a
 * run share one copy of its text.
 */
final class FoldedContents {
    /** How many entries a folded run holds; only a list of at least twice as many is folded. */
    static final int RUN = 64;
    /** The page's own entry, parsed once for the million entries a long series' pages hold. */
    private static final org.jsoup.select.Evaluator CURRENT = org.jsoup.select.QueryParser.parse("[aria-current]");

    private FoldedContents() {
    }

    /**
     * Folds the long lists of every {@code nav} in {@code page}; {@code shared} keeps one copy of
     * each run's text across the pages given it.
     */
    static void fold(Element page, Map<String, String> shared) {
        for (Element list : page.select("nav ol, nav ul")) {
            if (list.children().stream().filter(child -> child.nameIs("li")).count() >= 2L * RUN) {
                foldList(list, shared);
            }
        }
    }

    private static void foldList(Element list, Map<String, String> shared) {
        List<Node> folded = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int index = 0;
        Element current = null;
        for (Node node : list.childNodes()) {
            boolean item = node instanceof Element element && element.nameIs("li");
            if (item && index > 0 && index % RUN == 0) {
                flush(run, folded, shared);
            }
            if (item && ((Element) node).selectFirst(CURRENT) != null) {
                flush(run, folded, shared);
                current = (Element) node;
                folded.add(current);
            } else {
                run.append(node.outerHtml());
            }
            if (item) {
                index++;
            }
        }
        flush(run, folded, shared);
        if (current != null) {
            current.remove();
        }
        list.empty();
        list.appendChildren(folded);
    }

    private static void flush(StringBuilder run, List<Node> folded, Map<String, String> shared) {
        if (!run.isEmpty()) {
            String text = run.toString();
            String kept = shared.putIfAbsent(text, text);
            folded.add(new DataNode(kept == null ? text : kept));
            run.setLength(0);
        }
    }
}
