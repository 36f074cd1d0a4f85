package io.briefkit.check;

/**
 * One problem found in the sources or the baked site, printed as {@code path:line: message}
 * so editors and their tools can jump to it. A line of 0 means the file as a whole.
 */
public record Finding(String path, int line, String message) implements Comparable<Finding> {

    public static Finding of(String path, String message) {
        return new Finding(path, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
    }

    @Override
    public int compareTo(Finding other) {
        int byPath = path.compareTo(other.path);
        return byPath != 0 ? byPath : Integer.compare(line, other.line);
    }
}
