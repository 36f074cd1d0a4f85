package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The link check kept from one check of a site to the next finds what a first check finds. */
class LinkResultsTest {
    private static final Set<String> FILES = Set.of("a.html", "b.html", "css/site.css");
    private static final Set<String> FOLDERS = Set.of("", "css");

    private static PageFacts page(String name, Set<String> ids, String... urls) {
        return new PageFacts(true, ids, java.util.Arrays.stream(urls)
                .map(url -> new LinkChecker.Reference(name, url, true)).toList(), Set.of(), List.of(), List.of());
    }

    private static Map<String, PageFacts> site(PageFacts a, PageFacts b) {
        Map<String, PageFacts> site = new LinkedHashMap<>();
        site.put("a.html", a);
        site.put("b.html", b);
        return site;
    }

    private static List<String> messages(List<LinkChecker.Problem> problems) {
        return problems.stream().map(p -> p.page() + ": " + p.message()).toList();
    }

    @Test
    void anAnchorThatGoesMissingIsFoundOnThePageThatPointsToItThoughThatPageIsAsItWas() {
        LinkResults results = new LinkResults();
        PageFacts a = page("a.html", Set.of("top"), "b.html#p-2", "#top");
        assertEquals(List.of(), results.check(FILES, FOLDERS, site(a, page("b.html", Set.of("p-1", "p-2")))));
        assertEquals(List.of("a.html: broken anchor: b.html has no id \"p-2\""),
                messages(results.check(FILES, FOLDERS, site(a, page("b.html", Set.of("p-1"))))));
        assertEquals(List.of(), results.check(FILES, FOLDERS, site(a, page("b.html", Set.of("p-1", "p-2")))),
                "the anchor is back");
    }

    @Test
    void aPageThatChangedIsLookedUpAgainAndOneThatDidNotKeepsWhatWasFound() {
        LinkResults results = new LinkResults();
        PageFacts b = page("b.html", Set.of("p-1"), "c.html");
        assertEquals(List.of("b.html: broken link: no page c.html"),
                messages(results.check(FILES, FOLDERS, site(page("a.html", Set.of(), "b.html"), b))));
        assertEquals(List.of("a.html: broken link: no page d.html", "b.html: broken link: no page c.html"),
                messages(results.check(FILES, FOLDERS, site(page("a.html", Set.of(), "d.html"), b))));
    }

    @Test
    void aFileAddedToTheSiteMendsTheLinksToItOnEveryPage() {
        LinkResults results = new LinkResults();
        PageFacts a = page("a.html", Set.of(), "c.html");
        PageFacts b = page("b.html", Set.of(), "c.html#x");
        assertEquals(2, results.check(FILES, FOLDERS, site(a, b)).size());
        Set<String> withC = Set.of("a.html", "b.html", "c.html", "css/site.css");
        assertEquals(List.of("b.html: broken anchor: c.html has no id \"x\""),
                messages(results.check(withC, FOLDERS, site(a, b))));
    }

    @Test
    void aLongPageReadInPiecesIsLookedUpAgainInThePieceThatChanged() {
        LinkResults results = new LinkResults();
        PageFacts shell = page("a.html", Set.of("top"), "#top");
        PageFacts kept = page("a.html", Set.of("p-1"), "c.html");
        PageFacts a = PageFacts.merge(List.of(shell, kept, page("a.html", Set.of("p-2"), "b.html")), null);
        assertEquals(List.of("a.html: broken link: no page c.html"),
                messages(results.check(FILES, FOLDERS, site(a, page("b.html", Set.of())))));
        PageFacts edited = PageFacts.merge(List.of(shell, kept, page("a.html", Set.of("p-2"), "d.html#p-1")), a);
        assertEquals(List.of("a.html: broken link: no page c.html", "a.html: broken link: no page d.html"),
                messages(results.check(FILES, FOLDERS, site(edited, page("b.html", Set.of())))));
        PageFacts mended = PageFacts.merge(List.of(shell, kept, page("a.html", Set.of("p-2"), "a.html#top")), edited);
        assertEquals(List.of("a.html: broken link: no page c.html"),
                messages(results.check(FILES, FOLDERS, site(mended, page("b.html", Set.of())))));
    }
}
