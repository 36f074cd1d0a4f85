package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import io.briefkit.build.SiteBuilder;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The not-found page as a server returns it for a missing page at any depth: the brief built
 * with its public address, served by nginx with the shipped configuration, asked for
 * /brief/no/such/page.
 */
class NotFoundIT {
    @TempDir
    static Path dir;
    static NginxServer nginx;

    @BeforeAll
    static void start() throws Exception {
        Path site = dir.resolve("site/www");
        List<Finding> findings = new SiteBuilder().baseUrl("https://example.org/").build(Path.of(""), site);
        assertEquals(List.of(), findings.stream().filter(f -> !f.warning()).toList());
        java.nio.file.Files.createDirectories(dir.resolve("nginx"));
        nginx = NginxServer.serve(site, dir.resolve("nginx"));
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.close();
        }
    }

    @Test
    void aMissingPageDeepInTheSiteGetsTheNotFoundPageWithItsStylesheetAndWorkingLinks() throws Exception {
        HttpResponse<String> response = nginx.get("brief/no/such/page");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("href=\"/css/site.css\""), "written from the address's path");
        ChromeDriver driver = Browsers.get(1280, 900);
        try {
            PageProblems.drain(driver);
            driver.get(nginx.base + "brief/no/such/page");
            assertEquals("rgb(253, 252, 249)", driver.executeScript(
                    "return getComputedStyle(document.body).backgroundColor"), "the site's stylesheet is applied");
            String page = nginx.base + "brief/no/such/page";
            assertEquals(List.of(), PageProblems.of(driver).stream().filter(p -> !p.contains(page + " ")).toList(),
                    "no failed request but the page's own 404, no violation of the policy");
            driver.findElement(By.cssSelector("main a[href$='index.html']")).click();
            assertEquals(nginx.base + "index.html", driver.getCurrentUrl());
        } finally {
            driver.get("about:blank");
        }
    }
}
