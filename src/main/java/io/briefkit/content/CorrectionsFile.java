package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the corrections log, {@code edition/corrections.yaml}: every change to the published
 * text or notes after first publication, one dated entry each, newest first on the About page.
 * Each entry names what it changed, a note or a content file, which must exist. A project
 * without the file has made no corrections.
 */
public final class CorrectionsFile {
    public static final String PATH = "edition/corrections.yaml";
    private static final Set<String> KEYS = Set.of("date", "note", "page", "change");

    private CorrectionsFile() {
    }

    /**
     * @param notes the numbers of the notes there are; @param pages the content files there are,
     *              by name (e.g. {@code history.md})
     */
    public static List<Correction> read(Path project, Set<Integer> notes, Set<String> pages, List<Finding> findings)
            throws IOException {
        if (!Files.exists(project.resolve(PATH))) {
            return List.of();
        }
        List<Correction> corrections = new ArrayList<>(YamlEntries.readAll(project, PATH, "the corrections log", findings,
                entry -> readEntry(entry, notes, pages, findings)));
        corrections.sort(Comparator.comparing(Correction::date).reversed().thenComparing(Correction::line));
        return corrections;
    }

    private static Correction readEntry(MappingNode entry, Set<Integer> notes, Set<String> pages, List<Finding> findings) {
        Map<String, Node> fields = YamlEntries.fields(entry, KEYS, PATH, findings);
        int line = YamlEntries.line(entry);
        String date = YamlEntries.text(fields.get("date"), "date", PATH, findings);
        String change = YamlEntries.text(fields.get("change"), "change", PATH, findings);
        String note = YamlEntries.text(fields.get("note"), "note", PATH, findings);
        String page = YamlEntries.text(fields.get("page"), "page", PATH, findings);
        LocalDate day = null;
        try {
            day = date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            day = null;
        }
        boolean complete = true;
        if (day == null) {
            findings.add(new Finding(PATH, line, "date must be a day written like 2026-11-30, not \""
                    + (date == null ? "" : date) + "\""));
            complete = false;
        }
        if (change == null || change.isBlank()) {
            findings.add(new Finding(PATH, line, "the entry does not say what changed (change:)"));
            complete = false;
        }
        int number = 0;
        if (note != null) {
            number = note.matches("\\d{1,4}") ? Integer.parseInt(note) : -1;
            if (!notes.contains(number)) {
                findings.add(new Finding(PATH, line, "note " + note + " is not one of the brief's notes"));
                complete = false;
            }
        }
        if (page != null && !pages.contains(page)) {
            findings.add(new Finding(PATH, line, "page " + page + " is not a file in content/"));
            complete = false;
        }
        if (note == null && page == null) {
            findings.add(new Finding(PATH, line, "the entry names neither the note (note:) nor the page (page:) it changed"));
            complete = false;
        }
        return complete ? new Correction(day, Math.max(number, 0), page == null ? "" : page, change.strip(), line) : null;
    }
}
