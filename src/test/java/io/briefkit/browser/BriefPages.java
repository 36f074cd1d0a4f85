package io.briefkit.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The parts of the brief, in reading order, and waits for a page the tests have opened. */
final class BriefPages {
    static final List<String> PARTS = List.of("index.html", "introduction.html", "history.html", "china.html",
            "russia.html", "threats.html", "conclusions.html", "notes.html", "glossary.html");

    private BriefPages() {
    }

    /** Waits until the page now opening has loaded, its deferred scripts run. */
    static void loaded(ChromeDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                ((ChromeDriver) d).executeScript("return document.readyState === 'complete'")));
    }

    /**
     * Waits until the page has loaded and is laid out for good: once its fonts are in, the
     * margin notes are placed again on the next frame, so this waits for the frame after.
     */
    static void laidOut(ChromeDriver driver) {
        loaded(driver);
        driver.executeAsyncScript("var done = arguments[0]; document.fonts.ready.then(function () {"
                + " requestAnimationFrame(function () { requestAnimationFrame(function () { done(); }); }); });");
    }
}
