package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.FixtureProject;
import io.briefkit.serve.PreviewServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in Chromium: an open page follows the editor's saves, mended where it stands when
 * only its text changed and reloaded otherwise, and shows a broken build's problems.
 */
class LivePreviewIT {
    /** Set on the open page's window, which a reload replaces. */
    private static final String MARK = "window.previewMark = 'kept';";
    private static final String MARKED = "return window.previewMark === 'kept';";

    @TempDir
    Path dir;

    @Test
    void theOpenPageFollowsTheEditorsSaves() throws Exception {
        FixtureProject project = FixtureProject.create(dir);
        project.replace("content/one.md", "The first part.[^1]", "The first part.[^1]\n\n" + "A long paragraph. ".repeat(400));
        ChromeDriver driver = null;
        try (PreviewServer server = new PreviewServer(project.root(), dir.resolve("preview"), 0, line -> { })) {
            String base = server.start();
            driver = Chromium.start(1280, 900);
            driver.get(base + "one.html");
            // The page may reload between finding an element and reading it.
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.ignoring(StaleElementReferenceException.class);
            awaitCompared(driver, wait);

            driver.executeScript(MARK + "window.scrollTo(0, 300);");
            long scrolled = scrollY(driver);
            assertTrue(scrolled > 0, "the page is long enough to scroll");
            project.replace("content/one.md", "The first part.", "The first part, saved again.");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("saved again"));
            assertEquals(Boolean.TRUE, driver.executeScript(MARKED), "a change of text is made in the open page, not by a reload");
            assertEquals(scrolled, scrollY(driver), "the page stays where the reader was");
            assertEquals(1, driver.findElements(By.cssSelector("main a[role=doc-noteref]")).size());

            project.replace("content/one.md", "saved again.", "saved *again*.");
            wait.until(d -> !d.findElements(By.cssSelector("main p em")).isEmpty());
            assertEquals(Boolean.FALSE, driver.executeScript(MARKED), "a new element reloads the page");

            awaitCompared(driver, wait);
            driver.executeScript(MARK);
            project.replace("content/one.md", "title=Part One", "title=Part One, Retitled");
            wait.until(d -> d.getTitle().contains("Retitled"));
            assertEquals(Boolean.FALSE, driver.executeScript(MARKED), "a change in the head reloads the page");

            project.replace("content/one.md", "type=page\n", "type=pgae\n");
            wait.until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
            String alert = driver.findElement(By.cssSelector("[role=alert]")).getText();
            assertTrue(alert.contains("content/one.md:2: unknown template type \"pgae\""), alert);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("saved again"), "the last good page stays");
            driver.executeScript(MARK);
            project.replace("content/one.md", "type=pgae\n", "type=page\n").replace("content/one.md", "The first", "The 1st");
            wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty()
                    && d.findElement(By.tagName("main")).getText().contains("The 1st part"));
            assertEquals(Boolean.TRUE, driver.executeScript(MARKED), "the mended page keeps its place once the build is fixed");
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }

    private static long scrollY(ChromeDriver driver) {
        return ((Number) driver.executeScript("return Math.round(window.scrollY);")).longValue();
    }

    /** Waits until the page has what it compares the next build with (the page as sent, fetched again). */
    private static void awaitCompared(ChromeDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (e) { return e.name.indexOf('/__preview/state') >= 0; }).length > 0;")));
    }
}
