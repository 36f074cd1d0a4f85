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
    @CsvSource({"1280, 900, light", "1280, 900, dark", "375, 812, light", "375, 812, dark"})
    void openPreviewsPassAxe(int width, int height, String scheme) throws IOException {
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
}
