package io.briefkit;

import java.util.Comparator;
import java.util.List;

/**
 * One problem found in the sources or the baked site, printed as {@code path:line: message}
 * so editors and their tools can jump to it. A line of 0 means the file as a whole.
 * A warning is printed but does not stop the build.
 */
public record Finding(String path, int line, String message, boolean warning) implements Comparable<Finding> {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparing(Finding::message);

    public Finding(String path, int line, String message) {
        this(path, line, message, false);
    }

    public static Finding of(String path, String message) {
        return new Finding(path, 0, message);
    }

    public static Finding warning(String path, int line, String message) {
        return new Finding(path, line, message, true);
    }

    public static boolean anyErrors(List<Finding> findings) {
        return findings.stream().anyMatch(f -> !f.warning());
    }

    @Override
    public String toString() {
        String text = (warning ? "warning: " : "") + message;
        return line > 0 ? path + ":" + line + ": " + text : path + ": " + text;
    }

    @Override
    public int compareTo(Finding other) {
        return ORDER.compare(this, other);
    }
}
