package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The offline edition as a reader without a network meets it: the zip unpacked to a folder
 * and opened from disk in Chromium. Every link is followed, a note is previewed and a search
 * is run, with no console error and no request for anything but files of the bundle.
 */
class OfflineBundleIT {
    static final Path ZIP = Path.of(System.getProperty("offline.zip", "target/orf-brief-636-1.0.0-offline.zip"));

    @TempDir
    static Path dir;
    static Path root;
    static ChromeDriver driver;

    @BeforeAll
    static void unzipAndStart() throws IOException {
        try (InputStream in = Files.newInputStream(ZIP); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path file = dir.resolve(entry.getName()).normalize();
                assertTrue(file.startsWith(dir), "entry outside the folder: " + entry.getName());
                Files.createDirectories(file.getParent());
                Files.copy(zip, file);
            }
        }
        try (var top = Files.list(dir)) {
            List<Path> folders = top.toList();
            assertEquals(1, folders.size(), "one top folder: " + folders);
            root = folders.get(0);
        }
        driver = Browsers.get(1280, 900);
    }

    @AfterAll
    static void leave() {
        if (driver != null) {
            driver.get("about:blank");
        }
    }

    private static String url(String page) {
        return root.resolve(page).toUri().toString();
    }

    @Test
    void everyLinkWorksFromDiskAndNothingLeavesTheMachine() {
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(url("index.html")));
        while (!queue.isEmpty()) {
            String page = queue.poll();
            if (!visited.add(page)) {
                continue;
            }
            PageProblems.drain(driver);
            driver.get(page);
            assertTrue(!driver.getTitle().isBlank(), "no title: " + page);
            for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
                String href = link.getDomProperty("href");
                if (href.startsWith("file:")) {
                    String file = href.replaceFirst("[#?].*$", "");
                    assertTrue(Files.isRegularFile(Path.of(URI.create(file))), page + " links to missing " + href);
                    String fragment = URI.create(href).getRawFragment();
                    if (fragment != null && file.equals(page.replaceFirst("[#?].*$", ""))) {
                        assertTrue(!driver.findElements(By.id(fragment)).isEmpty(), page + ": no #" + fragment);
                    }
                    if (file.endsWith(".html")) {
                        queue.add(file);
                    }
                } else {
                    assertTrue(href.startsWith("https://") || href.startsWith("http://"), page + ": " + href);
                }
            }
            // Any request that is not for a file of the bundle, or fails, or any console error.
            assertEquals(List.of(), PageProblems.of(driver), page);
        }
        assertTrue(visited.size() >= 60, "pages visited: " + visited.size());
    }

    @Test
    void aNotePreviewOpensFromDiskAndTheNotesStandInTheMarginOnAWideScreen() throws IOException {
        // Below the margin notes' width a reference previews its note.
        ChromeDriver narrow = Browsers.get(1100, 900);
        narrow.get(url("threats.html"));
        WebElement ref = narrow.findElement(By.cssSelector("a[role=doc-noteref]"));
        ((JavascriptExecutor) narrow).executeScript("arguments[0].scrollIntoView({block: 'center'})", ref);
        ref.click();
        WebElement box = new WebDriverWait(narrow, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        assertTrue(box.getText().length() > 20, box.getText());
        assertEquals(List.of(), PageProblems.of(narrow));
        PageProblems.drain(driver);
        driver.get(url("threats.html"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("note-55")).isDisplayed()
                && d.findElement(By.id("main")).getAttribute("class").contains("with-sidenotes"));
        assertEquals(List.of(), PageProblems.of(driver));
    }

    @Test
    void searchRunsFromDiskAndAResultLeadsToItsParagraph() {
        PageProblems.drain(driver);
        driver.get(url("index.html"));
        WebElement input = driver.findElement(By.id("site-q"));
        assertTrue(input.isDisplayed(), "the search form shows with JavaScript");
        input.sendKeys("Jamaat Ansarullah");
        input.submit();
        WebElement first = new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-search-results] li a[href*='#p-']")));
        String target = first.getDomProperty("href");
        first.click();
        assertEquals(target, driver.getCurrentUrl());
        String id = URI.create(target).getRawFragment();
        assertTrue(driver.findElement(By.id(id)).getText().contains("Jamaat Ansarullah"));
        assertEquals(List.of(), PageProblems.of(driver));
    }
}
