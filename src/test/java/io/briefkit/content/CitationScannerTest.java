package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitationScannerTest {
    private static ContentFile file(String path, String... lines) {
        return new ContentFile(path, List.of(lines), Map.of());
    }

    private static final List<Endnote> NOTES = List.of(new Endnote(1, "A.", 0, "", "", 1), new Endnote(2, "B.", 0, "", "", 4));

    @Test
    void findsReferencesInTheBodyWithTheirLines() {
        List<Citation> citations = CitationScanner.scan(List.of(file("content/a.md",
                "title=[^9] in a header is not a reference", "~~~~~~", "", "Text.[^1] More[^2][^1]", "[^a] is a footnote")));
        assertEquals(List.of(new Citation(1, "content/a.md", 4), new Citation(2, "content/a.md", 4),
                new Citation(1, "content/a.md", 4)), citations);
    }

    @Test
    void referenceToAnUndefinedNote() {
        List<Finding> findings = CitationScanner.check(List.of(new Citation(1, "content/a.md", 4),
                new Citation(2, "content/a.md", 5), new Citation(3, "content/b.md", 9)), NOTES);
        assertEquals(List.of("content/b.md:9: reference to note 3, which notes/endnotes.yaml does not define"),
                findings.stream().map(Finding::toString).toList());
    }

    @Test
    void noteNeverCited() {
        List<Finding> findings = CitationScanner.check(List.of(new Citation(1, "content/a.md", 4)), NOTES);
        assertEquals(List.of("notes/endnotes.yaml:4: note 2 is never cited: add [^2] where the text cites it"),
                findings.stream().map(Finding::toString).toList());
    }
}
