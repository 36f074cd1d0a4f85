package io.briefkit.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's statistics and units: medians and 95th percentiles, times and sizes as the report prints them. */
final class Figures {
    private Figures() {
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }
}
