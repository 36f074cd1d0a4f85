package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The shipped nginx configuration (hosting/nginx-site.conf) serving the built site from
 * Debian's nginx on 127.0.0.1: its headers, gzip, caching and 404 page, and every page
 * loaded in Chromium under its strict Content-Security-Policy without a violation or error.
 */
class NginxIT {
    @TempDir
    static Path dir;
    static NginxServer nginx;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        nginx = NginxServer.serve(PreviewIT.SITE, dir);
        base = nginx.base;
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        return nginx.get(path, headers);
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        for (String page : AccessibilityIT.pages()) {
            HttpResponse<String> response = get(page);
            assertEquals(200, response.statusCode(), page);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'none'") && csp.contains("script-src 'self'"), page + ": " + csp);
            assertFalse(csp.contains("unsafe-inline") || csp.contains("unsafe-eval"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), page);
            assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""), page);
        }
    }

    @Test
    void textIsCompressedAndAssetsAreCached() throws Exception {
        HttpResponse<String> page = get("threats.html", "Accept-Encoding", "gzip");
        assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
        HttpResponse<String> css = get("css/site.css", "Accept-Encoding", "gzip");
        assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("max-age=86400", css.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
    }

    @Test
    void aMissingPageGetsTheSites404Page() throws Exception {
        HttpResponse<String> response = get("no-such-page.html");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Page not found"), response.body());
        assertTrue(response.headers().firstValue("Content-Security-Policy").isPresent(), "headers on errors too");
    }

    @Test
    void everyPageLoadsUnderTheStrictPolicyWithoutAViolationOrError() throws Exception {
        ChromeDriver driver = Browsers.get(1280, 900);
        List<String> problems = new ArrayList<>();
        try {
            for (String page : AccessibilityIT.pages()) {
                PageProblems.drain(driver);
                driver.get(base + page);
                PageProblems.of(driver).forEach(p -> problems.add(page + ": " + p));
            }
            PageProblems.drain(driver);
            driver.get(base + "search.html?q=Taliban");
            new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d ->
                    !d.findElements(org.openqa.selenium.By.cssSelector("[data-search-results] li")).isEmpty());
            PageProblems.of(driver).forEach(p -> problems.add("search: " + p));
        } finally {
            driver.get("about:blank");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void withoutJavaScriptTheSearchFormsAreHiddenUnderThePolicyToo() throws Exception {
        ChromeDriver driver = Chromium.startWithoutJavaScript(1280, 900);
        try {
            for (String page : List.of("index.html", "notes.html", "search.html")) {
                PageProblems.drain(driver);
                driver.get(base + page);
                List<String> shown = driver.findElements(org.openqa.selenium.By.cssSelector("[data-search-form]")).stream()
                        .filter(org.openqa.selenium.WebElement::isDisplayed).map(e -> e.getAttribute("class")).toList();
                assertEquals(List.of(), shown, page + ": search forms shown without JavaScript");
                assertEquals(List.of(), PageProblems.of(driver), page);
            }
        } finally {
            driver.quit();
        }
    }
}
