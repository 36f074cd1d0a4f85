package io.briefkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a JVM's CPU time went, read from Linux's {@code /proc} as the process ends: the JIT
 * compilers' threads, the garbage collector's, the Nu HTML Checker's ({@code html-checker}),
 * and the rest, the build's own threads (the process's total less those, so that threads which
 * have ended count there). In seconds, user and system time together, at the kernel's 100
 * ticks a second. Empty where there is no {@code /proc}.
 */
final class ThreadCpu {
    static final String COMPILERS = "JIT compilers";
    static final String COLLECTOR = "garbage collector";
    static final String CHECKERS = "HTML checkers";
    static final String REST = "the build's other threads";
    static final String TOTAL = "total";
    private static final double TICKS = 100.0;

    private ThreadCpu() {
    }

    /** This process's CPU time by kind of thread, as {@code kind=seconds} pairs on one line; empty without {@code /proc}. */
    static String ofThisProcess() {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return "";
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String kind : new String[] {COMPILERS, COLLECTOR, CHECKERS, REST, TOTAL}) {
            seconds.put(kind, 0.0);
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            for (Path thread : threads.toList()) {
                String kind = kind(Files.readString(thread.resolve("comm")).strip());
                if (kind != null) {
                    seconds.merge(kind, ticks(Files.readString(thread.resolve("stat"))) / TICKS, Double::sum);
                }
            }
            seconds.put(TOTAL, ticks(Files.readString(Path.of("/proc/self/stat"))) / TICKS);
        } catch (IOException | RuntimeException e) {
            return "";
        }
        seconds.put(REST, seconds.get(TOTAL) - seconds.get(COMPILERS) - seconds.get(COLLECTOR) - seconds.get(CHECKERS));
        StringBuilder line = new StringBuilder();
        seconds.forEach((kind, value) -> line.append(line.length() == 0 ? "" : ",").append(kind).append('=')
                .append(String.format(Locale.ROOT, "%.1f", value)));
        return line.toString();
    }

    /** The pairs {@link #ofThisProcess()} wrote, read back; empty for an empty line. */
    static Map<String, Double> parse(String line) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (String pair : line.isBlank() ? new String[0] : line.split(",")) {
            int at = pair.indexOf('=');
            seconds.put(pair.substring(0, at), Double.parseDouble(pair.substring(at + 1)));
        }
        return seconds;
    }

    /** The kind of a thread by the name the kernel knows it by (at most 15 characters), or null for the rest. */
    static String kind(String name) {
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
            return COMPILERS;
        }
        if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
            return COLLECTOR;
        }
        return name.startsWith("html-checker") ? CHECKERS : null;
    }

    /** User and system time, in ticks, from a {@code stat} line, read after the name in brackets, which may hold spaces. */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // After the name: state is field 3 of the line, utime 14 and stime 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
