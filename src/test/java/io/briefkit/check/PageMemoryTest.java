package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the site checks remember of pages from one check of a site to the next. */
class PageMemoryTest {
    private final PageMemory memory = new PageMemory();

    @Test
    void aPieceIsReadOnceForThePagesOfOneFolderEachGivenItsLinksAndAgainInAnotherFolderOrCheck() {
        int[] reads = {0};
        java.util.function.Supplier<PageFacts> read = () -> {
            reads[0]++;
            return new PageFacts(true, java.util.Set.of("x"), List.of(new LinkChecker.Reference("a.html", "#x", true)),
                    java.util.Set.of(), List.of(), List.of());
        };
        memory.newSite();
        memory.alike("a.html", "piece", read);
        PageFacts onB = memory.alike("b.html", "piece", read);
        assertEquals(1, reads[0], "read once for a.html and b.html");
        assertEquals(List.of(new LinkChecker.Reference("b.html", "#x", true)), onB.references());
        assertEquals(java.util.Set.of("x"), onB.ids());
        memory.alike("sub/a.html", "piece", read);
        assertEquals(2, reads[0], "read again for a page of another folder");
        memory.newSite();
        memory.alike("b.html", "piece", read);
        assertEquals(3, reads[0], "read again at the next check of the site");
    }
}
