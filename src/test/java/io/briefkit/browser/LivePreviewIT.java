package io.briefkit.browser;

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

/** The preview in Chromium: an open page reloads itself after a save and shows a broken build's problems. */
class LivePreviewIT {
    @TempDir
    Path dir;

    @Test
    void theOpenPageFollowsTheEditorsSaves() throws Exception {
        FixtureProject project = FixtureProject.create(dir);
        ChromeDriver driver = null;
        try (PreviewServer server = new PreviewServer(project.root(), dir.resolve("preview"), 0, line -> { })) {
            String base = server.start();
            driver = Chromium.start(1280, 900);
            driver.get(base + "one.html");
            // The page may reload between finding an element and reading it.
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
            wait.ignoring(StaleElementReferenceException.class);
            project.replace("content/one.md", "The first part.", "The first part, saved again.");
            wait.until(d -> d.findElement(By.tagName("main")).getText().contains("saved again"));
            project.replace("content/one.md", "type=page\n", "type=pgae\n");
            wait.until(d -> !d.findElements(By.cssSelector("[role=alert]")).isEmpty());
            String alert = driver.findElement(By.cssSelector("[role=alert]")).getText();
            assertTrue(alert.contains("content/one.md:2: unknown template type \"pgae\""), alert);
            assertTrue(driver.findElement(By.tagName("main")).getText().contains("saved again"), "the last good page stays");
            project.replace("content/one.md", "type=pgae\n", "type=page\n");
            wait.until(d -> d.findElements(By.cssSelector("[role=alert]")).isEmpty());
        } finally {
            if (driver != null) {
                driver.quit();
            }
        }
    }
}
