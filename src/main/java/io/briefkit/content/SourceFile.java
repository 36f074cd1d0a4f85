package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the editors' records of the sources, {@code notes/sources.yaml}: one per distinct
 * source, each checked on its own (a known kind and CSL type, a date that is a date, a title)
 * and against the others (no id and no source recorded twice). {@link SourceCheck} then holds
 * each record to the notes it describes. A project without the file has no records.
 */
public final class SourceFile {
    public static final String PATH = "notes/sources.yaml";
    public static final List<String> KINDS = List.of("government", "news", "analysis", "academic", "primary");
    public static final List<String> TYPES = List.of("article-journal", "article-magazine", "article-newspaper",
            "webpage", "post-weblog", "report", "book", "chapter", "speech", "interview", "document",
            "legislation", "legal_case", "thesis", "dataset");
    /** The text fields a record may have besides id, notes, kind, type, author, issued and differs-from-note. */
    static final List<String> TEXT_FIELDS = List.of("title", "container-title", "collection-title",
            "collection-number", "publisher", "publisher-place", "volume", "issue", "page", "URL", "DOI", "note");
    static final List<String> CHECKED = List.of("title", "author", "issued", "URL");
    private static final Set<String> KEYS;
    static {
        Set<String> keys = new java.util.HashSet<>(TEXT_FIELDS);
        keys.addAll(List.of("id", "notes", "kind", "type", "author", "issued", "differs-from-note"));
        KEYS = Set.copyOf(keys);
    }
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");

    private SourceFile() {
    }

    public static List<Source> read(Path project, List<Finding> findings) throws IOException {
        if (!Files.exists(project.resolve(PATH))) {
            return List.of();
        }
        List<Source> sources = YamlEntries.readAll(project, PATH, "the records of the notes' sources", findings,
                entry -> readEntry(entry, findings));
        checkWhole(sources, findings);
        return sources;
    }

    private static Source readEntry(MappingNode entry, List<Finding> findings) {
        Map<String, Node> fields = YamlEntries.fields(entry, KEYS, PATH, findings);
        int line = YamlEntries.line(entry);
        String id = text(fields, "id", findings);
        List<String> problems = new ArrayList<>();
        if (!ID.matcher(id).matches()) {
            findings.add(new Finding(PATH, line, "id must be a citation key in lowercase ASCII, e.g. sakhai2021, not \""
                    + id + "\""));
            return null;
        }
        List<Integer> notes = new ArrayList<>();
        for (String note : YamlEntries.texts(fields.get("notes"), "notes", PATH, findings)) {
            if (note.matches("\\d{1,6}") && !notes.contains(Integer.parseInt(note))) {
                notes.add(Integer.parseInt(note));
            } else {
                problems.add("notes must list the numbers of the notes that cite the source, each once, not \"" + note + "\"");
            }
        }
        if (notes.isEmpty() && problems.isEmpty()) {
            problems.add("names no note that cites the source (notes: [n])");
        }
        String kind = text(fields, "kind", findings);
        if (!KINDS.contains(kind)) {
            problems.add("kind must be one of " + String.join(", ", KINDS) + ", not \"" + kind + "\"");
        }
        String type = text(fields, "type", findings);
        if (!TYPES.contains(type)) {
            problems.add("\"" + type + "\" is not a CSL type this edition uses (" + String.join(", ", TYPES) + ")");
        }
        String issued = text(fields, "issued", findings);
        if (!issued.isEmpty() && !DATE.matcher(issued).matches()) {
            problems.add("issued must be a date written like 2021, 2021-06 or 2021-06-18, not \"" + issued + "\"");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : TEXT_FIELDS) {
            String value = text(fields, name, findings);
            if (!value.isEmpty()) {
                values.put(name, value);
            }
        }
        if (!values.containsKey("title")) {
            problems.add("has no title");
        }
        List<Source.Name> authors = authors(fields.get("author"), id, findings);
        Map<String, String> differs = differs(fields.get("differs-from-note"), id, findings);
        for (String problem : problems) {
            findings.add(new Finding(PATH, line, id + ": " + problem));
        }
        return problems.isEmpty() ? new Source(id, List.copyOf(notes), kind, type, authors, issued, values, differs, line)
                : null;
    }

    private static List<Source.Name> authors(Node node, String id, List<Finding> findings) {
        List<Source.Name> names = new ArrayList<>();
        if (node == null) {
            return names;
        }
        if (!(node instanceof SequenceNode list)) {
            findings.add(new Finding(PATH, YamlEntries.line(node), id + ": author must be a list, e.g."
                    + " [{family: Sakhai, given: Nelofar}]"));
            return names;
        }
        for (Node item : list.getValue()) {
            Map<String, String> parts = new HashMap<>();
            if (item instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getValueNode() instanceof ScalarNode value) {
                        parts.put(((ScalarNode) tuple.getKeyNode()).getValue(), value.getValue().strip());
                    }
                }
            }
            String family = parts.getOrDefault("family", "");
            String literal = parts.getOrDefault("literal", "");
            boolean known = parts.keySet().stream().allMatch(k -> Set.of("family", "given", "literal").contains(k));
            if (!known || family.isEmpty() == literal.isEmpty()) {
                findings.add(new Finding(PATH, YamlEntries.line(item), id + ": an author is a person, {family: …, given: …},"
                        + " or an organisation, {literal: …}"));
                continue;
            }
            names.add(new Source.Name(family, parts.getOrDefault("given", ""), literal));
        }
        return names;
    }

    private static Map<String, String> differs(Node node, String id, List<Finding> findings) {
        Map<String, String> reasons = new LinkedHashMap<>();
        if (node == null) {
            return reasons;
        }
        if (!(node instanceof MappingNode mapping)) {
            findings.add(new Finding(PATH, YamlEntries.line(node), id + ": differs-from-note must give a reason for each"
                    + " field, e.g. issued: The note prints 2024; …"));
            return reasons;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            String field = ((ScalarNode) tuple.getKeyNode()).getValue();
            String reason = tuple.getValueNode() instanceof ScalarNode value ? value.getValue().strip() : "";
            if (!CHECKED.contains(field)) {
                findings.add(new Finding(PATH, YamlEntries.line(tuple.getKeyNode()), id + ": differs-from-note explains "
                        + String.join(", ", CHECKED) + ", not \"" + field + "\""));
            } else if (reason.isEmpty()) {
                findings.add(new Finding(PATH, YamlEntries.line(tuple.getKeyNode()), id + ": differs-from-note " + field
                        + " gives no reason"));
            } else {
                reasons.put(field, reason);
            }
        }
        return reasons;
    }

    private static String text(Map<String, Node> fields, String key, List<Finding> findings) {
        return YamlEntries.textOrEmpty(fields, key, PATH, findings);
    }

    /** No id twice, and no source twice: two records with one address, or one title and year. */
    private static void checkWhole(List<Source> sources, List<Finding> findings) {
        Map<String, Source> seen = new HashMap<>();
        for (Source source : sources) {
            List<String> keys = new ArrayList<>(List.of("id " + source.id(),
                    "title \"" + source.title() + "\" of " + year(source)));
            if (!source.url().isEmpty()) {
                keys.add("address " + source.url());
            }
            for (String key : keys) {
                Source first = seen.putIfAbsent(key.toLowerCase(Locale.ROOT), source);
                if (first != null) {
                    findings.add(new Finding(PATH, source.line(), source.id() + ": the " + key + " is already recorded on line "
                            + first.line() + (key.startsWith("id") ? "" : ": one record per source, listing all its notes")));
                    break;
                }
            }
        }
    }

    private static String year(Source source) {
        return source.issued().isEmpty() ? "no date" : source.issued().substring(0, 4);
    }
}
