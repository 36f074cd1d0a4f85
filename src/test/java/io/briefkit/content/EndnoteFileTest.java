package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndnoteFileTest {
    @TempDir
    Path dir;

    private List<String> read(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve(EndnoteFile.PATH), yaml);
        List<Finding> findings = new ArrayList<>();
        EndnoteFile.read(dir, findings);
        return findings.stream().map(Finding::toString).toList();
    }

    private static String note(int number, String text) {
        return "- note: " + number + "\n  text: >-\n    " + text + "\n";
    }

    @Test
    void wellFormedNotesReadWithTheirLines() throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve(EndnoteFile.PATH), "# notes\n" + note(1, "A, <https://example.org/a>.")
                + note(2, "Short form.") + "  short-for: 1\n  placed: After the first sentence.\n");
        List<Finding> findings = new ArrayList<>();
        List<Endnote> notes = EndnoteFile.read(dir, findings);
        assertEquals(List.of(), findings);
        assertEquals(List.of(new Endnote(1, "A, <https://example.org/a>.", 0, "", "", 2),
                new Endnote(2, "Short form.", 1, "After the first sentence.", "", 5)), notes);
    }

    @Test
    void aFileOverThreeMegabytesIsReadLikeAnyOther() throws IOException {
        StringBuilder yaml = new StringBuilder();
        String citation = "A long citation, " + "with many words ".repeat(20) + "<https://example.org/a>.";
        for (int number = 1; number <= 9_000; number++) {
            yaml.append(note(number, citation));
        }
        assertTrue(yaml.length() > 3_200_000, "over SnakeYAML's default limit of 3 MB: " + yaml.length());
        assertEquals(List.of(), read(yaml.toString()));
    }

    @Test
    void missingFile() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml: missing: the brief's endnotes live here"),
                new ArrayList<Finding>() {{ EndnoteFile.read(dir, this); }}.stream().map(Finding::toString).toList());
    }

    @Test
    void duplicateNoteNumber() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:7: duplicate note 2 (first on line 4)"),
                read(note(1, "A.") + note(2, "B.") + note(2, "C.")));
    }

    @Test
    void gapInTheNumbering() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:4: note 3 follows note 1: notes are numbered 1, 2, 3, … in order,"
                + " with no gap"), read(note(1, "A.") + note(3, "C.")));
    }

    @Test
    void numberingThatDoesNotStartAtOne() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:1: note 2 follows note 0: notes are numbered 1, 2, 3, … in order,"
                + " with no gap"), read(note(2, "B.")));
    }

    @Test
    void urlWithASpaceInside() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:3: note 1: malformed URL <https://example.org/a b>: it contains a space"),
                read(note(1, "A, <https://example.org/a b>.")));
    }

    @Test
    void malformedDoiLink() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:3: note 1: malformed URL <http://doi:10.18449/2021C50>: no valid host name"),
                read(note(1, "A, <http://doi:10.18449/2021C50>.")));
    }

    @Test
    void urlThatWouldNotBecomeALink() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:3: note 1: write the URL https://example.org/a. as <https://…>"
                + " so it becomes a link"), read(note(1, "A, https://example.org/a.")));
    }

    @Test
    void noteWithoutText() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:1: note 1 has no text"), read("- note: 1\n  placed: here\n"));
    }

    @Test
    void unknownKey() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:4: unknown key \"txet\" (known: note, placed, repaired, short-for, text)"),
                read(note(1, "A.") + "  txet: oops\n"));
    }

    @Test
    void shortFormOfALaterNote() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:1: note 1 is short for note 2, which must be an earlier note"),
                read(note(1, "A.") + "  short-for: 2\n" + note(2, "B.")));
    }

    @Test
    void invalidYamlIsReportedAtItsLine() throws IOException {
        assertEquals(List.of("notes/endnotes.yaml:2: not valid YAML: mapping values are not allowed here"),
                read("- note: 1\n  text: a: b: c\n"));
    }
}
