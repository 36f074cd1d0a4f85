package io.briefkit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Builds run by {@link BuildOnce} in a new JVM: each build's time in ms, the process's peak
 * memory in KB, the stages of its last build, and where its CPU time went by kind of thread
 * (see {@link ThreadCpu}; empty where that cannot be read). The JVM has the options of the one the
 * editor's {@code mvn package} builds in ({@code .mvn/jvm.config}), then those given.
 */
record BuildRun(List<Double> times, long peakKb, String stages, java.util.Map<String, Double> cpu) {

    /**
     * {@code builds} builds of {@code source} into {@code output} in a new JVM with
     * {@code jvmOptions}, stopped after {@code minutes}; with {@code edit} (see {@link BuildOnce})
     * before each later build, which is made to copies in {@code work} only.
     */
    static BuildRun of(Path work, Path source, Path output, int minutes, int builds, String edit, String... jvmOptions)
            throws Exception {
        if (builds > 1 && !source.startsWith(work)) {
            throw new IllegalArgumentException("edits are made to copies in the work folder only: " + source);
        }
        Path out = Files.createTempFile(work, "build", ".out");
        Path err = Files.createTempFile(work, "build", ".err");
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(mavensOptions());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                BuildOnce.class.getName(), source.toString(), output.toString(), String.valueOf(builds), edit));
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("stopped after " + minutes + " minutes");
        }
        List<String> log = Files.readAllLines(err);
        if (process.exitValue() != 0) {
            log.stream().limit(20).forEach(System.err::println);
            throw new IllegalStateException("the build failed (exit " + process.exitValue() + ")");
        }
        String stages = log.stream().filter(l -> l.startsWith("stages: ")).reduce((a, b) -> b).orElse("stages: ")
                .substring("stages: ".length());
        String cpu = log.stream().filter(l -> l.startsWith("cpu: ")).reduce((a, b) -> b).orElse("cpu: ")
                .substring("cpu: ".length());
        String[] figures = Files.readString(out).strip().split(" ");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < figures.length - 1; i++) {
            times.add(Double.parseDouble(figures[i]));
        }
        return new BuildRun(List.copyOf(times), Long.parseLong(figures[figures.length - 1]), stages,
                ThreadCpu.parse(cpu));
    }

    /** The options Maven starts its JVM with, from {@code .mvn/jvm.config} in the folder the benchmark runs in. */
    static List<String> mavensOptions() throws java.io.IOException {
        Path config = Path.of(".mvn/jvm.config");
        return Files.exists(config) ? List.of(Files.readString(config).strip().split("\\s+")) : List.of();
    }
}
