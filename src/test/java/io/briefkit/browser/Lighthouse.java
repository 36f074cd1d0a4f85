package io.briefkit.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openqa.selenium.json.Json;

/**
 * Lighthouse 12 (from npm, see package.json) with Debian's Chromium, on a built site served
 * over HTTP on 127.0.0.1 for as long as this object lives. LighthouseIT asserts its
 * deterministic audits; the benchmark reports its performance score, which depends on how
 * busy the machine is.
 */
public final class Lighthouse implements AutoCloseable {
    static final Path CLI = Path.of("node_modules/lighthouse/cli/index.js");
    private static final Json JSON = new Json();

    private final Path site;
    private final Path reports;
    private final HttpServer server;

    public Lighthouse(Path site, Path reports) throws IOException {
        if (!Files.isRegularFile(CLI)) {
            throw new IllegalStateException(CLI + " is missing: run ./test, which runs npm ci, or npm ci");
        }
        this.site = site.toAbsolutePath().normalize();
        this.reports = Files.createDirectories(reports);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath().replaceFirst("^/", "");
            Path file = this.site.resolve(path.isEmpty() ? "index.html" : path).normalize();
            if (!file.startsWith(this.site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = name.endsWith(".html") ? "text/html; charset=utf-8" : name.endsWith(".css") ? "text/css"
                    : name.endsWith(".js") ? "text/javascript" : name.endsWith(".svg") ? "image/svg+xml" : "application/octet-stream";
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "max-age=3600");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** Lighthouse's report on a page of the site, at its "mobile" or "desktop" preset. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> report(String page, String preset) throws IOException, InterruptedException {
        Path report = reports.resolve(page.replace(".html", "") + "-" + preset + ".json");
        Path log = reports.resolve("lighthouse.log");
        List<String> command = new ArrayList<>(List.of("node", CLI.toString(),
                "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page,
                "--output=json", "--output-path=" + report, "--quiet",
                "--only-categories=performance,accessibility,best-practices,seo",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
                        + " --disable-background-networking --disable-component-update --disable-sync --no-first-run"));
        if (preset.equals("desktop")) {
            command.add("--preset=desktop");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHROME_PATH", Chromium.BINARY);
        // Lighthouse ends its Chromium with a signal, which leaves Chromium's temporary
        // folders behind: they go to a folder of the run's own, deleted after it.
        Path tmp = Files.createTempDirectory("lighthouse-run");
        builder.environment().put("TMPDIR", tmp.toString());
        Process process = builder.start();
        try {
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("lighthouse did not finish on " + page + " in 5 minutes; see " + log);
            }
        } finally {
            Chromium.delete(tmp);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("lighthouse failed on " + page + " (exit " + process.exitValue() + "): see " + log);
        }
        return JSON.toType(Files.readString(report, StandardCharsets.UTF_8), Map.class);
    }

    /** A category's score, 0 to 100, or -1 when Lighthouse gave none. */
    public static int score(Map<String, Object> report, String category) {
        Object score = map(map(report.get("categories")).get(category)).get("score");
        return score instanceof Number n ? (int) Math.round(n.doubleValue() * 100) : -1;
    }

    /** One audit's result: its score, numericValue, details. */
    static Map<String, Object> audit(Map<String, Object> report, String id) {
        return map(map(report.get("audits")).get(id));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
