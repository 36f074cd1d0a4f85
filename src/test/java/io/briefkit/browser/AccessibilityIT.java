package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of the built site in Chromium, at a phone's and a desktop's size, in the light
 * and the dark colour scheme: no axe-core violation of WCAG 2.2 A or AA, no console error,
 * no failed request and none to another site ({@link PageProblems}, whose rule PageProblemsIT
 * tries on pages made to break it). Previews are checked open, too. A screenshot of each page at each size
 * is saved to target/screenshots/ for looking at a change of layout.
 */
class AccessibilityIT {
    static final Path SCREENSHOTS = Path.of("target/screenshots");
    ChromeDriver driver;

    static List<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(PreviewIT.SITE)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"1280, 900, light", "1280, 900, dark", "375, 812, light", "375, 812, dark"})
    void everyPagePassesAxeWithoutConsoleErrorsOrFailedRequests(int width, int height, String scheme) throws IOException {
        driver = Browsers.get(width, height);
        Axe axe = new Axe();
        List<String> problems = new ArrayList<>();
        String size = width < 500 ? "phone" : "desktop";
        Files.createDirectories(SCREENSHOTS);
        for (String page : pages()) {
            PageProblems.drain(driver);
            driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
            Axe.colourScheme(driver, scheme);
            axe.violations(driver).forEach(v -> problems.add(page + ": " + v));
            PageProblems.of(driver).forEach(p -> problems.add(page + ": " + p));
            if (scheme.equals("light")) {
                Files.write(SCREENSHOTS.resolve(page.replace(".html", "") + "-" + size + ".png"),
                        driver.getScreenshotAs(OutputType.BYTES));
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}×{1}, {2}")
    @CsvSource({"1100, 900, light", "1100, 900, dark", "375, 812, light", "375, 812, dark"})
    void openPreviewsPassAxe(int width, int height, String scheme) throws IOException {
        // Below the margin notes' width, where a note reference previews its note.
        driver = Browsers.get(width, height);
        Axe axe = new Axe();
        driver.get(PreviewIT.SITE.resolve("threats.html").toUri().toString());
        Axe.colourScheme(driver, scheme);
        List<String> problems = new ArrayList<>();
        for (String selector : List.of("a[role=doc-noteref]", "a[role=doc-glossref]")) {
            WebElement link = driver.findElement(By.cssSelector(selector));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
            link.click();
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
            axe.violations(driver).forEach(v -> problems.add(selector + " open: " + v));
            ((JavascriptExecutor) driver).executeScript("document.querySelector('.popover-close').click()");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSuiteFailsOnAPageWithMissingAltTextAndLowContrast() throws IOException {
        driver = Browsers.get(1280, 900);
        driver.get(Path.of("src/test/resources/a11y/broken.html").toAbsolutePath().toUri().toString());
        List<String> violations = new Axe().violations(driver);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("image-alt")), violations.toString());
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("color-contrast")), violations.toString());
    }

    /**
     * The paragraph mark shows faintly on touch screens, where nothing hovers. axe-core does
     * not judge the contrast of a symbol alone, so it is measured here: the mark's colour at
     * its opacity, over the page's background, in the light and the dark scheme.
     */
    @Test
    void onATouchScreenTheParagraphMarkHasAContrastOfAtLeast4point5() throws IOException {
        driver = Browsers.get(375, 812);
        List<String> problems = new ArrayList<>();
        for (String scheme : List.of("light", "dark")) {
            driver.get(PreviewIT.SITE.resolve("history.html").toUri().toString());
            Axe.colourScheme(driver, scheme);
            assertEquals(Boolean.TRUE, driver.executeScript("return matchMedia('(hover: none)').matches"),
                    "the phone's screen is a touch screen, without hover");
            Number ratio = (Number) driver.executeScript(CONTRAST, driver.findElement(By.cssSelector("#p-history-2 .permalink")));
            if (ratio.doubleValue() < 4.5) {
                problems.add(scheme + ": " + ratio);
            }
        }
        assertEquals(List.of(), problems);
    }

    /** WCAG's contrast ratio of an element's text, its colour blended by its opacity over the first background behind it. */
    private static final String CONTRAST = "var e = arguments[0];"
            + "function rgb(c) { return c.match(/[\\d.]+/g).map(Number); }"
            + "var fg = rgb(getComputedStyle(e).color), alpha = Number(getComputedStyle(e).opacity);"
            + "var bg = null; for (var n = e; n && !bg; n = n.parentElement) { var b = rgb(getComputedStyle(n).backgroundColor);"
            + "  if (b.length < 4 || b[3] > 0) { bg = b; } }"
            + "if (!bg) { bg = [255, 255, 255]; }"
            + "var mixed = [0, 1, 2].map(function (i) { return fg[i] * alpha + bg[i] * (1 - alpha); });"
            + "function lum(c) { var v = c.map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
            + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
            + "var a = lum(mixed), b = lum(bg); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);";
}
