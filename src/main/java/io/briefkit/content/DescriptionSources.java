package io.briefkit.content;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code sources} of a glossary entry: for each fact a description states that is
 * neither in the brief nor common reference knowledge, where it comes from. A source is one of
 * the brief's notes ({@code note: 63}) or a source outside the brief ({@code title},
 * {@code publisher}, {@code date}, {@code url}); each says which fact it supports ({@code for}).
 */
public final class DescriptionSources {
    private static final Set<String> KEYS = Set.of("for", "note", "title", "publisher", "date", "url");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private DescriptionSources() {
    }

    static List<DescriptionSource> read(Node node, String id, String path, List<Finding> findings) {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode list)) {
            findings.add(new Finding(path, YamlEntries.line(node), id + ": sources must be a list of entries, each"
                    + " starting with \"- for:\""));
            return List.of();
        }
        List<DescriptionSource> sources = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (!(item instanceof MappingNode entry)) {
                findings.add(new Finding(path, YamlEntries.line(item), id + ": a source is an entry of key: value lines"));
                continue;
            }
            DescriptionSource source = readSource(entry, id, path, findings);
            if (source != null) {
                sources.add(source);
            }
        }
        return sources;
    }

    private static DescriptionSource readSource(MappingNode entry, String id, String path, List<Finding> findings) {
        Map<String, Node> fields = YamlEntries.fields(entry, KEYS, path, findings);
        int line = YamlEntries.line(entry);
        String supports = YamlEntries.textOrEmpty(fields, "for", path, findings);
        String note = YamlEntries.textOrEmpty(fields, "note", path, findings);
        String title = YamlEntries.textOrEmpty(fields, "title", path, findings);
        String publisher = YamlEntries.textOrEmpty(fields, "publisher", path, findings);
        String date = YamlEntries.textOrEmpty(fields, "date", path, findings);
        String url = YamlEntries.textOrEmpty(fields, "url", path, findings);
        List<String> problems = new ArrayList<>();
        if (supports.isEmpty()) {
            problems.add("does not say which fact it supports (for:)");
        }
        int number = 0;
        if (!note.isEmpty()) {
            number = note.matches("\\d{1,4}") && Integer.parseInt(note) > 0 ? Integer.parseInt(note) : -1;
            if (number < 0) {
                problems.add("note must be the number of one of the brief's notes, not \"" + note + "\"");
            }
            if (!title.isEmpty() || !url.isEmpty()) {
                problems.add("names both a note of the brief and an outside source: give one of them");
            }
        } else {
            if (title.isEmpty() || publisher.isEmpty() || url.isEmpty()) {
                problems.add("gives neither a note of the brief (note:) nor an outside source's title, publisher"
                        + " and url");
            }
            if (!url.isEmpty() && !url.matches("https?://\\S+")) {
                problems.add("url must be an address starting with https://, not \"" + url + "\"");
            }
            if (!date.isEmpty() && !DATE.matcher(date).matches()) {
                problems.add("date must be written like 2020, 2020-11 or 2020-11-05, not \"" + date + "\"");
            }
        }
        for (String problem : problems) {
            findings.add(new Finding(path, line, id + ": a source " + problem));
        }
        return problems.isEmpty() ? new DescriptionSource(supports, number, title, publisher, date, url, line) : null;
    }

    /** Reports each source that cites a note the brief does not have. */
    public static void checkNotes(List<Actor> actors, Set<Integer> notes, List<Finding> findings) {
        for (Actor actor : actors) {
            for (DescriptionSource source : actor.sources()) {
                if (source.inBrief() && !notes.contains(source.note())) {
                    findings.add(new Finding(ActorFile.PATH, source.line(), actor.id() + ": a source cites note "
                            + source.note() + ", which is not one of the brief's notes"));
                }
            }
        }
    }
}
