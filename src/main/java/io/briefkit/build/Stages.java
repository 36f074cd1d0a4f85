package io.briefkit.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each stage of one build took, in the order they ran, for the benchmark and the preview's log. */
public final class Stages {
    private final Map<String, Double> millis = new LinkedHashMap<>();
    private long mark = System.nanoTime();

    /** Ends the stage running since the last call and records it under {@code name}. */
    void end(String name) {
        long now = System.nanoTime();
        millis.merge(name, (now - mark) / 1e6, Double::sum);
        mark = now;
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
