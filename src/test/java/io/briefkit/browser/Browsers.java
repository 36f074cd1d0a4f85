package io.briefkit.browser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browsers of one test class, one for each screen size it uses, started when first
 * asked for and reused by its tests; {@link #close()} quits them all. Each is handed out on
 * a blank page, in the light colour scheme, with its records emptied, so a test finds it as
 * if new. Starting Chromium is the slowest step of most browser tests.
 */
final class Browsers implements AutoCloseable {
    private final Map<String, ChromeDriver> open = new LinkedHashMap<>();

    ChromeDriver get(int width, int height) throws IOException {
        ChromeDriver driver = open.get(width + "x" + height);
        if (driver == null) {
            driver = Chromium.start(width, height);
            open.put(width + "x" + height, driver);
        } else {
            driver.get("about:blank");
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        PageProblems.drain(driver);
        return driver;
    }

    @Override
    public void close() {
        open.values().forEach(ChromeDriver::quit);
        open.clear();
    }
}
