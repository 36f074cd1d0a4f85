package io.briefkit.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/** How long each stage of one build took, in the order they ran, for the benchmark and the preview's log. */
public final class Stages {
    private final Map<String, Double> millis = new LinkedHashMap<>();
    private final BiConsumer<String, Double> listener;
    private long mark = System.nanoTime();

    Stages() {
        this((name, ms) -> { });
    }

    /** Stages that tell {@code listener} each stage's name and milliseconds as it ends. */
    Stages(BiConsumer<String, Double> listener) {
        this.listener = listener;
    }

    /** Ends the stage running since the last call and records it under {@code name}. */
    void end(String name) {
        long now = System.nanoTime();
        double ms = (now - mark) / 1e6;
        millis.merge(name, ms, Double::sum);
        mark = now;
        listener.accept(name, ms);
    }

    /** Stage name to milliseconds, in the order the stages first ran. */
    public Map<String, Double> millis() {
        return Collections.unmodifiableMap(millis);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        millis.forEach((name, ms) -> out.append(out.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(Math.round(ms)).append(" ms"));
        return out.toString();
    }
}
