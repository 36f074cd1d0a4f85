package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A long page's facts are its pieces' facts together, its ids kept as they were while each piece keeps its own. */
class PageFactsTest {
    private static PageFacts piece(String... ids) {
        return new PageFacts(true, Set.of(ids), List.of(new LinkChecker.Reference("brief.html", "#" + ids[0], true)),
                Set.of("css/site.css"), List.of(), List.of());
    }

    @Test
    void aLongPageHasTheIdsOfItsPiecesTheSameSetWhileEachPieceKeepsItsOwn() {
        PageFacts shell = piece("top");
        PageFacts one = piece("p-1");
        PageFacts last = PageFacts.merge(List.of(shell, one, piece("p-2")), null);
        assertEquals(Set.of("top", "p-1", "p-2"), last.ids());
        assertEquals(Set.of("css/site.css"), last.loads());
        PageFacts edited = PageFacts.merge(List.of(shell, one, piece("p-2")), last);
        assertSame(last.ids(), edited.ids(), "a piece read again with the same ids");
        PageFacts added = PageFacts.merge(List.of(shell, one, piece("p-2", "p-3")), edited);
        assertEquals(Set.of("top", "p-1", "p-2", "p-3"), added.ids());
        PageFacts joined = PageFacts.merge(List.of(shell, piece("p-1", "p-2")), added);
        assertEquals(Set.of("top", "p-1", "p-2"), joined.ids(), "fewer pieces, the same ids");
    }
}
