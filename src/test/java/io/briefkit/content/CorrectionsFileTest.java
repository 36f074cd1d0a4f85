package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorrectionsFileTest {
    @TempDir
    Path dir;
    List<Finding> findings = new ArrayList<>();

    private List<Correction> read(String yaml) throws IOException {
        Files.createDirectories(dir.resolve("edition"));
        Files.writeString(dir.resolve(CorrectionsFile.PATH), yaml);
        return CorrectionsFile.read(dir, Set.of(1, 2, 70), Set.of("history.md"), findings);
    }

    private List<String> problems(String yaml) throws IOException {
        read(yaml);
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void entriesAreReadNewestFirstWithTheirLines() throws IOException {
        List<Correction> log = read("# the log\n- date: 2026-11-29\n  note: 70\n  change: The record of marker 70.\n"
                + "- date: 2026-12-05\n  page: history.md\n  change: A drop cap restored.\n");
        assertEquals(List.of(), findings);
        assertEquals(List.of(new Correction(LocalDate.of(2026, 12, 5), 0, "history.md", "A drop cap restored.", 5),
                new Correction(LocalDate.of(2026, 11, 29), 70, "", "The record of marker 70.", 2)), log);
    }

    @Test
    void aProjectWithoutTheLogHasMadeNoCorrections() throws IOException {
        assertEquals(List.of(), CorrectionsFile.read(dir, Set.of(1), Set.of(), findings));
        assertEquals(List.of(), findings);
    }

    @Test
    void aDateThatIsNotADayIsReportedAtItsEntry() throws IOException {
        assertEquals(List.of("edition/corrections.yaml:1: date must be a day written like 2026-11-30, not \"30 Nov 2026\""),
                problems("- date: 30 Nov 2026\n  note: 1\n  change: Fixed.\n"));
        findings.clear();
        assertEquals(List.of("edition/corrections.yaml:1: date must be a day written like 2026-11-30, not \"2026-02-30\""),
                problems("- date: 2026-02-30\n  note: 1\n  change: Fixed.\n"));
    }

    @Test
    void anUnknownNoteOrPageIsReported() throws IOException {
        assertEquals(List.of("edition/corrections.yaml:1: note 85 is not one of the brief's notes",
                        "edition/corrections.yaml:4: page histroy.md is not a file in content/"),
                problems("- date: 2026-11-30\n  note: 85\n  change: Fixed.\n- date: 2026-11-30\n  page: histroy.md\n"
                        + "  change: Fixed.\n"));
    }

    @Test
    void anEntryMustSayWhatChangedAndWhere() throws IOException {
        assertEquals(List.of("edition/corrections.yaml:1: the entry does not say what changed (change:)",
                        "edition/corrections.yaml:1: the entry names neither the note (note:) nor the page (page:) it changed"),
                problems("- date: 2026-11-30\n"));
    }

    @Test
    void anUnknownKeyIsReported() throws IOException {
        List<String> found = problems("- date: 2026-11-30\n  note: 1\n  change: Fixed.\n  reason: typo\n");
        assertEquals(1, found.size(), found::toString);
        assertEquals(true, found.get(0).startsWith("edition/corrections.yaml:4: unknown key \"reason\""), found.get(0));
    }
}
