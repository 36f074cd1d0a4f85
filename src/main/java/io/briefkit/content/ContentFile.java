package io.briefkit.content;

import java.util.List;
import java.util.Map;

/**
 * A content file as an editor wrote it: its path relative to the project, its lines,
 * and the header fields with the line each was written on.
 */
public record ContentFile(String path, List<String> lines, Map<String, HeaderField> header) {

    public record HeaderField(String value, int line) {
    }

    public String get(String key) {
        HeaderField field = header.get(key);
        return field == null ? null : field.value();
    }

    public int lineOf(String key) {
        HeaderField field = header.get(key);
        return field == null ? 1 : field.line();
    }

    /** The file's path in the content folder, e.g. {@code china.md}. */
    public String inContent() {
        return path.substring(path.indexOf('/') + 1);
    }

    /** The page this file bakes into, relative to the site root, e.g. {@code china.html}. */
    public String outputUri() {
        String name = inContent();
        return name.endsWith(".md") ? name.substring(0, name.length() - ".md".length()) + ".html" : name;
    }

    /** The first line (1-based) that contains {@code text}, or 0. */
    public int findLine(String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }
}
