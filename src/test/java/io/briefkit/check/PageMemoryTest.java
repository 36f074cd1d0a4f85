package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void aLongPageTheLinkerMadeFromItsLastVersionIsCutAgainWithoutBeingRead() {
        memory.rememberCuts();
        String page = MarkupValidationTest.page(java.util.stream.IntStream.rangeClosed(1, 45)
                .mapToObj(i -> MarkupValidationTest.section("s" + i, "")).toArray(String[]::new));
        String edited = page.replace("Part s20<", "Part twenty<");
        int at = page.indexOf("Part s20<");
        io.briefkit.PageEdit edit = new io.briefkit.PageEdit("version 1",
                List.of(new io.briefkit.PageEdit.Change(at, at + "Part s20".length(), "Part twenty")));
        assertEquals(Sections.of(page).sections(), memory.cut("brief.html", "version 1", () -> page, null).sections());
        Sections cut = memory.cut("brief.html", "version 2", () -> {
            throw new AssertionError("the page was read");
        }, edit);
        assertEquals(Sections.of(edited).sections(), cut.sections());
        boolean[] read = {false};
        io.briefkit.PageEdit ofAnother = new io.briefkit.PageEdit("version 1", edit.changes());
        memory.cut("brief.html", "version 3", () -> {
            read[0] = true;
            return edited;
        }, ofAnother);
        assertTrue(read[0], "an edit of a version other than the one last cut is not trusted: the page is read");
    }
}
