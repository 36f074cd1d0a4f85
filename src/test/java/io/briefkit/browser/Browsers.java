package io.briefkit.browser;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The browsers the test classes of one JVM share, one for each screen size, started when
 * first asked for and quit when the JVM ends (see {@link Chromium}). Each is handed out on a
 * blank page, in the light colour scheme, with its records emptied, so a test finds it as if
 * new. Starting Chromium is the slowest step of most browser tests. A test that needs a
 * browser of its own, new or to quit, starts one with {@link Chromium#start}.
 */
final class Browsers {
    private static final Map<String, ChromeDriver> OPEN = new LinkedHashMap<>();

    private Browsers() {
    }

    static synchronized ChromeDriver get(int width, int height) throws IOException {
        ChromeDriver driver = OPEN.get(width + "x" + height);
        if (driver == null) {
            driver = Chromium.start(width, height);
            OPEN.put(width + "x" + height, driver);
        } else {
            driver.get("about:blank");
        }
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        PageProblems.drain(driver);
        return driver;
    }
}
