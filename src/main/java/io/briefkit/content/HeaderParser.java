package io.briefkit.content;

import io.briefkit.Finding;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code key=value} header that opens a content file and ends at a line
 * {@code ~~~~~~}. JBake silently skips a file whose header it cannot read; this parser
 * reports the exact line instead.
 */
final class HeaderParser {
    static final String SEPARATOR = "~~~~~~";

    private HeaderParser() {
    }

    static Map<String, ContentFile.HeaderField> parse(String path, List<String> lines, List<Finding> findings) {
        Map<String, ContentFile.HeaderField> header = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.equals(SEPARATOR)) {
                return header;
            }
            if (line.strip().equals(SEPARATOR)) {
                findings.add(new Finding(path, number, "header separator must be exactly \"" + SEPARATOR
                        + "\" with nothing before or after it"));
                return header;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                findings.add(new Finding(path, number, "malformed header line \"" + line.strip()
                        + "\": expected key=value, and the header must end with a line \"" + SEPARATOR + "\""));
                return header;
            }
            String key = line.substring(0, eq).strip();
            if (header.containsKey(key)) {
                findings.add(new Finding(path, number, "duplicate header key \"" + key
                        + "\" (first on line " + header.get(key).line() + ")"));
            }
            header.put(key, new ContentFile.HeaderField(line.substring(eq + 1).strip(), number));
        }
        findings.add(new Finding(path, 1, "no header: a content file starts with key=value lines"
                + " (title, type, status, order) and a line \"" + SEPARATOR + "\""));
        return header;
    }
}
