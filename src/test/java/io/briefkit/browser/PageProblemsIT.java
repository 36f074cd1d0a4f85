package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The rule the browser tests apply to every page of the site, tried on pages made to break
 * it: a request for a missing file, a request to another host, a script's console error and
 * the file it fetches all fail a page, each named by its URL and what asked for it; a page
 * with nothing wrong has no problem, whatever the browser did on its own.
 */
class PageProblemsIT {
    static final Path FIXTURES = Path.of("src/test/resources/browser").toAbsolutePath();
    static ChromeDriver driver;

    @BeforeAll
    static void start() throws IOException {
        driver = Chromium.start(1280, 900);
    }

    @AfterAll
    static void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static List<String> problemsOf(String page) {
        PageProblems.drain(driver);
        driver.get(FIXTURES.resolve(page).toUri().toString());
        return PageProblems.of(driver);
    }

    @Test
    void aMissingFileIsAFailedRequestNamedByItsUrlAndTheLineThatAskedForIt() {
        List<String> problems = problemsOf("missing-file.html");
        String missing = FIXTURES.resolve("no-such-picture.png").toUri().toString();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("failed request: " + missing + " (net::ERR_FILE_NOT_FOUND;"
                + " requested by parser at " + FIXTURES.resolve("missing-file.html").toUri() + ":3)")), problems::toString);
    }

    @Test
    void aRequestToAnotherHostFailsThePageWhetherOrNotItLoads() {
        List<String> problems = problemsOf("other-host.html");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("request leaves the site: https://cdn.example.invalid/style.css"
                + " (requested by parser at ")), problems::toString);
    }

    @Test
    void aConsoleErrorAndAFileAScriptAsksForAreTheScriptsProblems() {
        List<String> problems = problemsOf("script-errors.html");
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("console: ") && p.contains("fixture: something broke")),
                problems::toString);
        String missing = FIXTURES.resolve("no-such-script.js").toUri().toString();
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("failed request: " + missing + " (net::ERR_FILE_NOT_FOUND;"
                + " requested by script at " + FIXTURES.resolve("script-errors.js").toUri() + ":5)")), problems::toString);
    }

    @Test
    void aPageWithNothingWrongHasNoProblemEvenAsTheFirstPageOfANewBrowser() throws IOException {
        ChromeDriver fresh = Chromium.start(375, 812);
        try {
            fresh.get(FIXTURES.resolve("clean.html").toUri().toString());
            assertEquals(List.of(), PageProblems.of(fresh));
        } finally {
            fresh.quit();
        }
        assertEquals(List.of(), problemsOf("clean.html"));
    }
}
