package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A data file that is a YAML list of entries, read as nodes so that every value keeps
 * the line it was written on and every problem is reported there.
 */
final class YamlEntries {
    private YamlEntries() {
    }

    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;

    /** The entries of the list in {@code path}, or none (with findings) if it is missing or malformed. */
    static List<MappingNode> read(Path project, String path, String what, List<Finding> findings) throws IOException {
        Path file = project.resolve(path);
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.of(path, "missing: " + what + " live here"));
            return List.of();
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            // SnakeYAML stops at 3 MB by default; a long series of briefs can have more notes than that.
            options.setCodePointLimit(MAX_CODE_POINTS);
            root = new Yaml(options).compose(reader);
        } catch (MarkedYAMLException e) {
            findings.add(new Finding(path, e.getProblemMark().getLine() + 1, "not valid YAML: " + e.getProblem()));
            return List.of();
        } catch (YAMLException e) {
            findings.add(Finding.of(path, "could not read: " + e.getMessage()));
            return List.of();
        }
        if (!(root instanceof SequenceNode list)) {
            findings.add(new Finding(path, root == null ? 1 : line(root), "expected a list of entries, each starting with \"- \""));
            return List.of();
        }
        List<MappingNode> entries = new ArrayList<>();
        for (Node entry : list.getValue()) {
            if (entry instanceof MappingNode mapping) {
                entries.add(mapping);
            } else {
                findings.add(new Finding(path, line(entry), "expected an entry of key: value lines"));
            }
        }
        return entries;
    }

    /** Each entry of the list in {@code path} as {@code read} makes it; entries it rejects (null) are left out. */
    static <T> List<T> readAll(Path project, String path, String what, List<Finding> findings,
            java.util.function.Function<MappingNode, T> read) throws IOException {
        List<T> values = new ArrayList<>();
        for (MappingNode entry : read(project, path, what, findings)) {
            T value = read.apply(entry);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /** The entry's values by key; unknown keys are reported. */
    static Map<String, Node> fields(MappingNode entry, Set<String> keys, String path, List<Finding> findings) {
        Map<String, Node> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : entry.getValue()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (keys.contains(key)) {
                fields.put(key, tuple.getValueNode());
            } else {
                findings.add(new Finding(path, line(tuple.getKeyNode()), "unknown key \"" + key
                        + "\" (known: " + String.join(", ", new TreeSet<>(keys)) + ")"));
            }
        }
        return fields;
    }

    /** A single text value, stripped; null (with a finding) if the node is a list or map. */
    static String text(Node node, String key, String path, List<Finding> findings) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        findings.add(new Finding(path, line(node), key + " must be a single value"));
        return null;
    }

    /** The text of {@code key} in {@code fields}, or empty if it is not given. */
    static String textOrEmpty(Map<String, Node> fields, String key, String path, List<Finding> findings) {
        String value = text(fields.get(key), key, path, findings);
        return value == null ? "" : value;
    }

    /** A list of text values; a single value counts as a list of one. */
    static List<String> texts(Node node, String key, String path, List<Finding> findings) {
        if (node == null) {
            return List.of();
        }
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().isBlank() ? List.of() : List.of(scalar.getValue().strip());
        }
        List<String> values = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                String value = text(item, key, path, findings);
                if (value != null) {
                    values.add(value);
                }
            }
        } else {
            findings.add(new Finding(path, line(node), key + " must be a list, e.g. [a, b]"));
        }
        return values;
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
