package io.briefkit.bench;

import io.briefkit.build.SiteBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Builds in a fresh JVM, for the benchmark: {@code BuildOnce project output [builds [edit]]} builds
 * the project the given number of times (1 if not given) with one builder, kept warm as the
 * preview keeps it when there is more than one build, then prints the
 * time of each build in ms and the process's peak memory in KB on one line. The first build
 * pays the JVM's start-up; the later ones show the warm cost. With {@code edit}, which changes
 * the project's files and is meant for a copy, a sentence is added to every content file
 * before each later build, so that no page is as it was. Each build's stages go to stderr, and
 * at the end where the process's CPU time went (see {@link ThreadCpu}).
 */
public final class BuildOnce {
    private BuildOnce() {
    }

    public static void main(String[] args) throws Exception {
        int builds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String edit = args.length > 3 ? args[3] : "";
        SiteBuilder builder = builds > 1 ? new SiteBuilder().keepWarm() : new SiteBuilder();
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < builds; i++) {
            if (i > 0 && edit.equals("edit")) {
                editEveryPage(Path.of(args[0]), i);
            } else if (i > 0 && edit.equals("paragraph")) {
                editOneParagraph(Path.of(args[0]), i);
            }
            long start = System.nanoTime();
            var findings = builder.build(Path.of(args[0]), Path.of(args[1]));
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (findings.stream().anyMatch(f -> !f.warning())) {
                findings.forEach(System.err::println);
                System.exit(1);
            }
            times.append(millis).append(' ');
            System.err.println("stages: " + builder.stages());
        }
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .findFirst().orElse("VmHWM: 0 kB").replaceAll("[^0-9]", "");
        System.out.println(times + peak);
        // Read while the checkers' threads still live, for their time to count as theirs.
        System.err.println("cpu: " + ThreadCpu.ofThisProcess());
        builder.close();
        System.exit(0);
    }

    /** Changes a word in one paragraph of history.md, as an editor's save does. */
    static void editOneParagraph(Path project, int edit) throws IOException {
        Path file = project.resolve("content/history.md");
        Files.writeString(file, Files.readString(file).replaceFirst("largely remained observers( \\d+)?",
                "largely remained observers " + edit));
    }

    /** Adds a sentence to every content file, so that a warm build has every page to bake, link and check again. */
    private static void editEveryPage(Path project, int edit) throws IOException {
        try (Stream<Path> files = Files.list(project.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                Files.writeString(file, Files.readString(file) + "\nEdit " + edit + ".\n");
            }
        }
    }
}
