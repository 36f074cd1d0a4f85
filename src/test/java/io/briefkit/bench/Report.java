package io.briefkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's report, in Markdown: each line is printed as it is added and, in a whole
 * run, the project's BENCHMARKS.md rewritten at once, so that a long run leaves what it measured.
 */
final class Report {
    private final StringBuilder text = new StringBuilder();
    private final Path file;

    /** A report written to {@code file} as it grows, or only printed if {@code file} is null. */
    Report(Path file) {
        this.file = file;
    }

    void line(String line) {
        text.append(line).append('\n');
        System.err.println(line);
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
