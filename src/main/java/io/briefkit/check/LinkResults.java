package io.briefkit.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the link check found on each page, kept from one check of a site to the next: a page's
 * references are looked up again only if the page changed, if the site's files or folders did,
 * or if a page that one of its links points into has other ids now; of a long page read in
 * pieces (see {@link Sections}), only the pieces that changed. Every page's contents name every
 * page, so that looking every reference up again costs a one-paragraph edit more than the rest
 * of its check.
 */
final class LinkResults {
    /** One page's or piece's references as last checked: what was wrong, and the pages whose ids they need. */
    private record Checked(List<LinkChecker.Problem> problems, Set<String> anchored) {
    }

    /**
     * A page's references as last checked: the facts they were read from, what each of its
     * pieces' gave, and, for all of them, what was wrong and the pages whose ids they need, so
     * that a page that did not change is passed over whole.
     */
    private record PageChecked(PageFacts facts, Map<PageFacts, Checked> units, List<LinkChecker.Problem> problems,
            Set<String> anchored) {
    }

    private Set<String> files = Set.of();
    private Set<String> folders = Set.of();
    private Map<String, PageFacts> facts = Map.of();
    private Map<String, PageChecked> checked = Map.of();

    /**
     * The problems with the references of the site's pages, whose facts are given by page, in
     * the pages' order; {@code files} and {@code folders} are the site's, as {@link LinkChecker} takes them.
     */
    synchronized List<LinkChecker.Problem> check(Set<String> files, Set<String> folders, Map<String, PageFacts> facts) {
        boolean sameFiles = files.equals(this.files) && folders.equals(this.folders);
        Map<String, Set<String>> ids = new HashMap<>();
        Set<String> otherIds = new HashSet<>();
        facts.forEach((page, found) -> {
            ids.put(page, found.ids());
            PageFacts was = this.facts.get(page);
            if (was == null || was != found && !was.ids().equals(found.ids())) {
                otherIds.add(page);
            }
        });
        LinkChecker links = new LinkChecker(files, folders, ids);
        Map<String, PageChecked> now = new HashMap<>();
        List<LinkChecker.Problem> problems = new ArrayList<>();
        facts.forEach((page, found) -> {
            PageChecked was = sameFiles ? checked.get(page) : null;
            PageChecked is = was != null && was.facts() == found && Collections.disjoint(was.anchored(), otherIds)
                    ? was : check(links, found, was == null ? Map.of() : was.units(), otherIds);
            now.put(page, is);
            problems.addAll(is.problems());
        });
        this.files = Set.copyOf(files);
        this.folders = Set.copyOf(folders);
        this.facts = Map.copyOf(facts);
        this.checked = now;
        return problems;
    }

    /** The references of a page whose facts are {@code found}, of each piece looked up again unless it is one of {@code before} that needs no page in {@code otherIds}. */
    private static PageChecked check(LinkChecker links, PageFacts found, Map<PageFacts, Checked> before, Set<String> otherIds) {
        Map<PageFacts, Checked> after = new IdentityHashMap<>();
        List<LinkChecker.Problem> problems = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        for (PageFacts unit : found.pieces().isEmpty() ? List.of(found) : found.pieces()) {
            Checked was = before.get(unit);
            Checked is = was != null && Collections.disjoint(was.anchored(), otherIds) ? was : check(links, unit);
            after.put(unit, is);
            problems.addAll(is.problems());
            anchored.addAll(is.anchored());
        }
        return new PageChecked(found, after, List.copyOf(problems), anchored);
    }

    private static Checked check(LinkChecker links, PageFacts facts) {
        List<LinkChecker.Problem> problems = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        for (LinkChecker.Reference reference : facts.references()) {
            LinkChecker.Problem problem = links.check(reference);
            if (problem != null) {
                problems.add(problem);
            }
            String target = LinkChecker.anchoredPage(reference);
            if (target != null) {
                anchored.add(target);
            }
        }
        return new Checked(List.copyOf(problems), anchored);
    }
}
