package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.content.Citation;
import io.briefkit.content.CitationScanner;
import io.briefkit.content.ContentFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A save scans again only the file it changed, and checks the site again only if that changed what was found. */
class PerFileTest {
    private final List<String> scanned = new ArrayList<>();
    private final PerFile<Citation> citations = new PerFile<>(file -> {
        scanned.add(file.path());
        return CitationScanner.scan(file);
    });
    private int checks;

    @Test
    void aFileIsScannedAgainOnlyWhenItChangedAndTheSiteCheckedAgainOnlyWhenWhatWasFoundDid() {
        ContentFile one = file("content/one.md", "Text.[^1]");
        ContentFile two = file("content/two.md", "More text.[^2]");
        List<String> notes = List.of("the notes");
        assertEquals(List.of(1, 2), check(List.of(one, two), notes));
        assertEquals(List.of("content/one.md", "content/two.md"), scanned);
        assertEquals(1, checks);

        ContentFile reworded = file("content/two.md", "Other words.[^2]");
        assertEquals(List.of(1, 2), check(List.of(one, reworded), notes));
        assertEquals("content/two.md", scanned.get(2), "the changed file alone is scanned");
        assertEquals(3, scanned.size());
        assertEquals(1, checks, "the same note cited on the same line: the site is not checked again");

        ContentFile moved = file("content/two.md", "Other words.", "[^2]");
        assertEquals(List.of(1, 2), check(List.of(one, moved), notes));
        assertEquals(2, checks, "a reference on another line is found anew, and checked");

        ContentFile cites = file("content/two.md", "Other words.[^3]");
        assertEquals(List.of(1, 3), check(List.of(one, cites), notes));
        assertEquals(3, checks);

        List<String> otherNotes = List.of("other notes");
        check(List.of(one, cites), otherNotes);
        assertEquals(4, checks, "other notes to check against: checked again");
        check(List.of(cites), otherNotes);
        assertEquals(5, checks, "a file gone: checked again");
        assertEquals(List.of(3), check(List.of(cites), otherNotes));
        assertEquals(5, checks);
    }

    /** The numbers cited in {@code files}, as the check saw them. */
    private List<Integer> check(List<ContentFile> files, Object notes) {
        return citations.checked(files, notes, found -> {
            checks++;
            return found.stream().map(Citation::number).toList();
        });
    }

    private static ContentFile file(String path, String... body) {
        List<String> lines = new ArrayList<>(List.of("title=A part", "~~~~~~"));
        lines.addAll(List.of(body));
        return new ContentFile(path, lines, Map.of());
    }
}
