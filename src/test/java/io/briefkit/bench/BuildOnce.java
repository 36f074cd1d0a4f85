package io.briefkit.bench;

import io.briefkit.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds in a fresh JVM, for the benchmark: {@code BuildOnce project output [builds]} builds
 * the project the given number of times (1 if not given) with one builder, kept warm as the
 * preview keeps it when there is more than one build, then prints the
 * time of each build in ms and the process's peak memory in KB on one line. The first build
 * pays the JVM's start-up; the later ones show the warm cost. Each build's stages go to stderr.
 */
public final class BuildOnce {
    private BuildOnce() {
    }

    public static void main(String[] args) throws Exception {
        int builds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        SiteBuilder builder = builds > 1 ? new SiteBuilder().keepWarm() : new SiteBuilder();
        StringBuilder times = new StringBuilder();
        for (int i = 0; i < builds; i++) {
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
        System.exit(0);
    }
}
