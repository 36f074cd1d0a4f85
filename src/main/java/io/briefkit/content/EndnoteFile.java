package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads {@code notes/endnotes.yaml}, a list of entries with the keys {@code note},
 * {@code text} and optionally {@code short-for}, {@code placed} and {@code repaired},
 * and checks the numbering (1, 2, 3, … with no gap or repeat) and every URL.
 */
public final class EndnoteFile {
    public static final String PATH = "notes/endnotes.yaml";
    private static final Set<String> KEYS = Set.of("note", "text", "short-for", "placed", "repaired");
    private static final Pattern AUTOLINK = Pattern.compile("<([a-zA-Z][a-zA-Z0-9+.-]*:[^<>]*)>");
    private static final Pattern BARE_URL = Pattern.compile("(?<!<)\\b(https?:|www\\.)\\S*");

    private EndnoteFile() {
    }

    /** The notes in file order, or an empty list if the file is missing or unreadable (with findings). */
    public static List<Endnote> read(Path project, List<Finding> findings) throws IOException {
        List<MappingNode> entries = YamlEntries.read(project, PATH, "the brief's endnotes", findings);
        List<String> lines = entries.isEmpty() ? List.of() : Files.readAllLines(project.resolve(PATH), StandardCharsets.UTF_8);
        List<Endnote> notes = new ArrayList<>();
        for (MappingNode entry : entries) {
            Endnote note = readEntry(entry, lines, findings);
            if (note != null) {
                notes.add(note);
            }
        }
        checkNumbering(notes, findings);
        return notes;
    }

    private static Endnote readEntry(MappingNode entry, List<String> lines, List<Finding> findings) {
        Map<String, Node> fields = YamlEntries.fields(entry, KEYS, PATH, findings);
        int line = line(entry);
        int number = number(fields.get("note"), "note", line, findings);
        if (!(fields.get("text") instanceof ScalarNode text) || text.getValue().isBlank()) {
            findings.add(new Finding(PATH, line, "note " + number + " has no text"));
            return null;
        }
        checkUrls(text, number, lines, findings);
        int shortFor = fields.containsKey("short-for") ? number(fields.get("short-for"), "short-for", line, findings) : 0;
        String placed = YamlEntries.text(fields.get("placed"), "placed", PATH, findings);
        String repaired = YamlEntries.text(fields.get("repaired"), "repaired", PATH, findings);
        return number > 0 ? new Endnote(number, text.getValue().strip(), shortFor, placed == null ? "" : placed,
                repaired == null ? "" : repaired, line) : null;
    }

    private static int number(Node node, String key, int line, List<Finding> findings) {
        if (!(node instanceof ScalarNode scalar)) {
            findings.add(new Finding(PATH, node == null ? line : line(node), "missing " + key + ": number"));
            return 0;
        }
        try {
            int number = Integer.parseInt(scalar.getValue().strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        findings.add(new Finding(PATH, line(node), key + " must be a number from 1, not \"" + scalar.getValue() + "\""));
        return 0;
    }

    private static void checkUrls(ScalarNode text, int number, List<String> lines, List<Finding> findings) {
        String value = text.getValue();
        Matcher autolink = AUTOLINK.matcher(value);
        while (autolink.find()) {
            String problem = urlProblem(autolink.group(1));
            if (problem != null) {
                findings.add(new Finding(PATH, lineOf(autolink.group(), text, lines),
                        "note " + number + ": malformed URL " + autolink.group() + ": " + problem));
            }
        }
        Matcher bare = BARE_URL.matcher(AUTOLINK.matcher(value).replaceAll(""));
        if (bare.find()) {
            findings.add(new Finding(PATH, lineOf(bare.group(), text, lines), "note " + number + ": write the URL "
                    + bare.group() + " as <https://…> so it becomes a link"));
        }
    }

    /** The line where {@code found} starts within the text's lines; a URL broken by a space spans two. */
    private static int lineOf(String found, ScalarNode text, List<String> lines) {
        String start = found.split("\\s")[0];
        for (int i = text.getStartMark().getLine(); i <= text.getEndMark().getLine() && i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return i + 1;
            }
        }
        return line(text);
    }

    /** Why a note's URL would not work as a link, or null. */
    static String urlProblem(String url) {
        if (url.chars().anyMatch(Character::isWhitespace)) {
            return "it contains a space";
        }
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                return "only http and https links are allowed";
            }
            if (uri.getHost() == null || !uri.getHost().contains(".")) {
                return "no valid host name";
            }
            return null;
        } catch (URISyntaxException e) {
            return e.getReason();
        }
    }

    private static void checkNumbering(List<Endnote> notes, List<Finding> findings) {
        Map<Integer, Endnote> seen = new HashMap<>();
        int expected = 1;
        for (Endnote note : notes) {
            Endnote first = seen.putIfAbsent(note.number(), note);
            if (first != null) {
                findings.add(new Finding(PATH, note.line(), "duplicate note " + note.number()
                        + " (first on line " + first.line() + ")"));
                continue;
            }
            if (note.number() != expected) {
                findings.add(new Finding(PATH, note.line(), "note " + note.number() + " follows note " + (expected - 1)
                        + ": notes are numbered 1, 2, 3, … in order, with no gap"));
            }
            expected = note.number() + 1;
        }
        for (Endnote note : notes) {
            if (note.shortFor() != 0 && (note.shortFor() >= note.number() || !seen.containsKey(note.shortFor()))) {
                findings.add(new Finding(PATH, note.line(), "note " + note.number() + " is short for note "
                        + note.shortFor() + ", which must be an earlier note"));
            }
        }
    }

    private static int line(Node node) {
        return YamlEntries.line(node);
    }
}
