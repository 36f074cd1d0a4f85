package io.briefkit.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, installed from npm by {@code npm ci} (see package.json), injected into the page
 * under test and run against WCAG 2.2 A and AA. It does not preload stylesheets: from disk
 * that would be a cross-origin request, blocked, and reported on the console.
 */
final class Axe {
    static final Path SCRIPT = Path.of("node_modules/axe-core/axe.min.js");
    private static final String RUN = "var done = arguments[arguments.length - 1];"
            + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},"
            + " resultTypes: ['violations'], preload: false})"
            + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ' (' + v.impact + '): '"
            + " + v.nodes.map(function (n) { return n.target.join(' '); }).join(', '); })); })"
            + ".catch(function (e) { done(['axe failed: ' + e]); });";

    private final String source;

    Axe() throws IOException {
        if (!Files.isRegularFile(SCRIPT)) {
            throw new IllegalStateException(SCRIPT + " is missing: run npm ci first (see README)");
        }
        source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    }

    /** The violations on the page as it is now: rule, impact and the elements concerned. */
    @SuppressWarnings("unchecked")
    List<String> violations(ChromeDriver driver) {
        driver.executeScript(source);
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        return new ArrayList<>((List<String>) driver.executeAsyncScript(RUN));
    }

    /** Renders the page as if the reader's system asked for a light or dark colour scheme. */
    static void colourScheme(ChromeDriver driver, String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }
}
