package io.briefkit.bench;

import io.briefkit.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;

/** One build in a fresh JVM, for the benchmark: prints its time in ms and the process's peak memory in KB. */
public final class BuildOnce {
    private BuildOnce() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        var findings = new SiteBuilder().build(Path.of(args[0]), Path.of(args[1]));
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (findings.stream().anyMatch(f -> !f.warning())) {
            findings.forEach(System.err::println);
            System.exit(1);
        }
        String peak = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .findFirst().orElse("VmHWM: 0 kB").replaceAll("[^0-9]", "");
        System.out.println(millis + " " + peak);
        System.exit(0);
    }
}
