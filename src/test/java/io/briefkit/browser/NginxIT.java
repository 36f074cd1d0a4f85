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
    static final Path CONF = Path.of("hosting/nginx-site.conf");
    static final String NGINX = System.getProperty("nginx.binary", "/usr/sbin/nginx");

    @TempDir
    static Path dir;
    static Process nginx;
    static String base;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        if (!Files.isExecutable(Path.of(NGINX))) {
            throw new IllegalStateException("this test needs Debian's nginx at " + NGINX + ": apt-get install -y nginx");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String server = Files.readString(CONF)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("root /var/www/brief-636;", "root " + PreviewIT.SITE + ";");
        assertTrue(server.contains("127.0.0.1:" + port) && server.contains(PreviewIT.SITE.toString()),
                "the shipped configuration has the listen and root lines this test replaces");
        Files.writeString(dir.resolve("server.conf"), server);
        // Run as root (as on CI), nginx's workers would otherwise drop to a user that may not read the site.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), user + "worker_processes 1;\npid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n"
                + "include /etc/nginx/mime.types;\ndefault_type application/octet-stream;\naccess_log off;\n"
                + "client_body_temp_path " + dir + "/body;\nproxy_temp_path " + dir + "/proxy;\n"
                + "fastcgi_temp_path " + dir + "/fastcgi;\nuwsgi_temp_path " + dir + "/uwsgi;\nscgi_temp_path " + dir + "/scgi;\n"
                + "include " + dir.resolve("server.conf") + ";\n}\n");
        nginx = new ProcessBuilder(NGINX, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        base = "http://127.0.0.1:" + port + "/";
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until && nginx.isAlive()) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
    }

    @AfterAll
    static void stop() {
        if (nginx != null) {
            nginx.destroy();
        }
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
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
