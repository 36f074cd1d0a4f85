package io.briefkit.bench;

import io.briefkit.browser.Chromium;
import io.briefkit.serve.PreviewServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Times the preview: one-paragraph edits of a copy of the brief, each from the file's write
 * to the end of the rebuild and, in Debian's Chromium when it is installed, to the end of
 * the open page's reload, by the browser's own clock; with each rebuild's stages.
 */
final class PreviewTiming {
    /** The counted edits' times in ms; {@code reloaded} is empty without Chromium. */
    record Result(List<Double> rebuilt, List<Double> reloaded, Map<String, List<Double>> stages) {
    }

    private PreviewTiming() {
    }

    /** Edits history.md {@code warmUp} times uncounted, then {@code edits} times counted. */
    static Result measure(Path copy, Path site, int warmUp, int edits) throws Exception {
        Path file = copy.resolve("content/history.md");
        String original = Files.readString(file);
        List<Double> rebuilt = new ArrayList<>();
        List<Double> reloaded = new ArrayList<>();
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        try (PreviewServer server = new PreviewServer(copy, site, 0, line -> { })) {
            String base = server.start();
            ChromeDriver driver = Chromium.available() ? Chromium.start(1280, 900) : null;
            try {
                if (driver != null) {
                    driver.get(base + "history.html");
                }
                for (int i = 0; i < warmUp + edits; i++) {
                    int version = server.version();
                    if (driver != null) {
                        driver.executeScript("window.benchmarkMark = true;");
                    }
                    long wall = System.currentTimeMillis();
                    long start = System.nanoTime();
                    Files.writeString(file, original.replace("largely remained observers", "largely remained observers " + i));
                    while (server.version() == version) {
                        Thread.sleep(1);
                    }
                    double built = (System.nanoTime() - start) / 1e6;
                    long loaded = driver == null ? 0 : awaitReload(driver);
                    if (i >= warmUp) {
                        rebuilt.add(built);
                        if (driver != null) {
                            reloaded.add((double) (loaded - wall));
                        }
                        server.stages().millis().forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms));
                    }
                }
            } finally {
                if (driver != null) {
                    driver.quit();
                }
            }
        }
        return new Result(rebuilt, reloaded, stages);
    }

    /** Waits for the open page to reload itself; returns the epoch time its load ended. */
    private static long awaitReload(ChromeDriver driver) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            Object loaded = driver.executeScript("return window.benchmarkMark === undefined"
                    + " && document.readyState === 'complete' ? performance.timing.loadEventEnd : 0;");
            if (loaded instanceof Number n && n.longValue() > 0) {
                return n.longValue();
            }
            Thread.sleep(2);
        }
        throw new IllegalStateException("the open page did not reload within 10 s");
    }
}
