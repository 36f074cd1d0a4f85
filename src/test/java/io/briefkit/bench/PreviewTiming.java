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
 * to the end of the rebuild and, in Debian's Chromium when it is installed, to the open page
 * showing the edit, by the browser's own clock: the first frame after its text changed where
 * it stands, or the end of its load if it reloaded; with each rebuild's stages.
 */
final class PreviewTiming {
    /**
     * The counted edits' times in ms; {@code shown} is empty without Chromium, and
     * {@code mended} counts the edits the open page showed without reloading.
     */
    record Result(List<Double> rebuilt, List<Double> shown, int mended, Map<String, List<Double>> stages) {
    }

    /**
     * Run in the page before each edit: marks the window, which a reload replaces, and keeps
     * a promise of the time of the first frame after the page's body changes.
     */
    private static final String WATCH = "window.benchmarkMark = true;"
            + "window.benchmarkShown = new Promise(function (shown) {"
            + " var watch = new MutationObserver(function () { watch.disconnect();"
            + " requestAnimationFrame(function () { shown(Date.now()); }); });"
            + " watch.observe(document.body, { subtree: true, childList: true, characterData: true }); });";

    private PreviewTiming() {
    }

    /** Edits history.md {@code warmUp} times uncounted, then {@code edits} times counted. */
    static Result measure(Path copy, Path site, int warmUp, int edits) throws Exception {
        Path file = copy.resolve("content/history.md");
        String original = Files.readString(file);
        List<Double> rebuilt = new ArrayList<>();
        List<Double> shown = new ArrayList<>();
        int mended = 0;
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        try (PreviewServer server = new PreviewServer(copy, site, 0, line -> { })) {
            String base = server.start();
            ChromeDriver driver = Chromium.available() ? Chromium.start(1280, 900) : null;
            try {
                if (driver != null) {
                    driver.get(base + "history.html");
                    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(10));
                }
                for (int i = 0; i < warmUp + edits; i++) {
                    int version = server.version();
                    if (driver != null) {
                        driver.executeScript(WATCH);
                    }
                    long wall = System.currentTimeMillis();
                    long start = System.nanoTime();
                    Files.writeString(file, original.replace("largely remained observers", "largely remained observers " + i));
                    while (server.version() == version) {
                        Thread.sleep(1);
                    }
                    double built = (System.nanoTime() - start) / 1e6;
                    long[] seen = driver == null ? null : awaitShown(driver);
                    if (i >= warmUp) {
                        rebuilt.add(built);
                        if (seen != null) {
                            shown.add((double) (seen[0] - wall));
                            mended += (int) seen[1];
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
        return new Result(rebuilt, shown, mended, stages);
    }

    /**
     * Waits for the open page to show the edit, asking the browser once rather than polling it,
     * which would keep it busy; returns the epoch time it did, and 1 if it was mended where it
     * stood, 0 if it reloaded.
     */
    private static long[] awaitShown(ChromeDriver driver) throws InterruptedException {
        try {
            Object at = driver.executeAsyncScript("var done = arguments[0];"
                    + " window.benchmarkShown.then(function (at) { done(at); });");
            return new long[] {((Number) at).longValue(), 1};
        } catch (org.openqa.selenium.WebDriverException e) {
            // The page went away under the script: it reloaded.
            if (Boolean.TRUE.equals(driver.executeScript("return window.benchmarkMark === true;"))) {
                throw e;
            }
        }
        long until = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < until) {
            Object loaded = driver.executeScript("return document.readyState === 'complete'"
                    + " ? performance.timing.loadEventEnd : 0;");
            if (loaded instanceof Number n && n.longValue() > 0) {
                return new long[] {n.longValue(), 0};
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the open page did not show the edit within 10 s");
    }
}
