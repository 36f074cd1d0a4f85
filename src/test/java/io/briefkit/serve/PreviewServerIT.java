package io.briefkit.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.FixtureProject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview over a small project: edits show up, broken content is survived and recovered from. */
class PreviewServerIT {
    @TempDir
    Path dir;
    FixtureProject project;
    PreviewServer server;
    String base;
    final List<String> log = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        project = FixtureProject.create(dir);
        server = new PreviewServer(project.root(), dir.resolve("preview"), 0, line -> {
            synchronized (log) {
                log.add(line);
            }
        });
        base = server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private String get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Waits, up to ten seconds, for a build after {@code version} whose state passes {@code test}. */
    private PreviewState awaitBuild(int version, Predicate<PreviewState> test) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < until) {
            PreviewState state = server.state();
            if (state.version() > version && test.test(state)) {
                return state;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such build; log: " + log);
    }

    @Test
    void pagesCarryTheReloadScriptAndTheStateIsServed() throws Exception {
        assertTrue(get("one.html").matches("(?s).*<script src=\"/__preview/reload.js\\?v=[0-9a-f]{16}\" data-version=\"1\" data-digest=\"[0-9a-f]{16}\" defer></script>.*"));
        assertTrue(get("__preview/reload.js").contains("window.location.reload()"));
        assertEquals("{\"version\":1,", get("__preview/state").substring(0, 13));
    }

    private HttpResponse<String> response(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String styleSheet() throws Exception {
        java.util.regex.Matcher address = java.util.regex.Pattern.compile("href=\"(css/site\\.css\\?v=[0-9a-f]{16})\"")
                .matcher(get("one.html"));
        assertTrue(address.find(), "the page links its style sheet by version");
        return address.group(1);
    }

    private static String cache(HttpResponse<String> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    @Test
    void aStyleSheetAtItsVersionsAddressMayBeKeptUntilItChanges() throws Exception {
        String first = styleSheet();
        assertEquals("max-age=31536000, immutable", cache(response(first)));
        assertEquals("no-store", cache(response("one.html")), "a page is never kept");
        project.replace("assets/css/site.css", "serif", "sans-serif");
        awaitBuild(1, s -> s.problems().isEmpty());
        String second = styleSheet();
        assertTrue(!second.equals(first), "an edited style sheet has a new address");
        HttpResponse<String> old = response(first);
        assertTrue(old.body().contains("sans-serif"), old.body());
        assertEquals("no-cache", cache(old), "the old address answers other bytes, which are not kept");
        assertEquals("no-store", cache(response("absent.css?v=0123456789abcdef")));
    }

    @Test
    void whatIsLoadedWithoutAVersionIsAskedForAgainAndAnsweredNotModifiedWhenUnchanged() throws Exception {
        HttpResponse<String> sheet = response("css/site.css");
        assertEquals("no-cache", cache(sheet));
        String tag = sheet.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(base + "css/site.css"))
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        project.replace("assets/css/site.css", "serif", "sans-serif");
        awaitBuild(1, s -> s.problems().isEmpty());
        HttpResponse<String> changed = http.send(HttpRequest.newBuilder(URI.create(base + "css/site.css"))
                .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, changed.statusCode());
        assertTrue(changed.body().contains("sans-serif"));
    }

    @Test
    void theReloadScriptIsKeptAtItsVersionsAddress() throws Exception {
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"/(__preview/reload\\.js\\?v=[0-9a-f]{16})\"")
                .matcher(get("one.html"));
        assertTrue(script.find());
        assertEquals("max-age=31536000, immutable", cache(response(script.group(1))));
        assertEquals("no-cache", cache(response("__preview/reload.js")));
    }

    @Test
    void aPageAskingForTheNextBuildHearsOfItWhenItIsDone() throws Exception {
        var waiting = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "__preview/state?after=1")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("{\"version\":1,", get("__preview/state").substring(0, 13), "others are answered meanwhile");
        assertTrue(!waiting.isDone(), "no build yet, so no answer yet");
        project.replace("content/one.md", "The first part.", "The first part, edited.");
        String answer = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).body();
        assertTrue(answer.startsWith("{\"version\":2,"), answer);
    }

    @Test
    void theAnswerToAPageWaitingForTheNextBuildBringsThePageAsThatBuildMadeIt() throws Exception {
        String now = get("__preview/state?page=%2Fone.html");
        assertTrue(now.contains("\"page\":\"\\u003c!doctype html>"), now);
        assertTrue(now.contains("data-version=\\\"1\\\""), "the page is labelled with its build: " + now);
        assertTrue(!get("__preview/state?page=%2Fabsent.html").contains("\"page\""), "no page, none brought");
        var waiting = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "__preview/state?after=1&page=%2Fone.html"))
                .build(), HttpResponse.BodyHandlers.ofString());
        project.replace("content/one.md", "The first part.", "The first part, edited.");
        String answer = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).body();
        assertTrue(answer.startsWith("{\"version\":2,") && answer.contains("The first part, edited."), answer);
        assertTrue(answer.contains("data-version=\\\"2\\\""), answer);

        waiting = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "__preview/state?after=2&page=%2Fone.html"))
                .build(), HttpResponse.BodyHandlers.ofString());
        project.replace("content/one.md", "type=page\n", "type=pgae\n");
        answer = waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).body();
        assertTrue(answer.contains("unknown template type") && !answer.contains("\"page\""),
                "a broken build brings its problems, not the last good page: " + answer);
    }

    @Test
    void anEditIsServedAfterTheRebuild() throws Exception {
        project.replace("content/one.md", "The first part.", "The first part, edited.");
        PreviewState state = awaitBuild(1, s -> s.problems().isEmpty());
        assertTrue(get("one.html").contains("The first part, edited."));
        assertTrue(state.millis() > 0);
    }

    @Test
    void brokenContentIsReportedWhileTheLastGoodSiteIsServedAndAFixRecovers() throws Exception {
        project.replace("content/one.md", "title=Part One\n", "title Part One\n");
        PreviewState broken = awaitBuild(1, s -> !s.problems().isEmpty());
        assertTrue(broken.problems().get(0).toString().startsWith("content/one.md:1: malformed header line"),
                broken.problems().toString());
        assertTrue(get("__preview/state").contains("content/one.md:1: malformed header line"));
        assertTrue(get("one.html").contains("The first part."), "the last good page is still served");
        project.replace("content/one.md", "title Part One\n", "title=Part One Again\n");
        awaitBuild(broken.version(), s -> s.problems().isEmpty());
        assertTrue(get("one.html").contains("Part One Again"));
    }

    @Test
    void deletedAndAddedFilesAreFollowed() throws Exception {
        project.write("content/two.md", FixtureProject.page("Part Two", "page", 2, "Two", "A new part."));
        PreviewState added = awaitBuild(1, s -> s.problems().isEmpty());
        assertTrue(get("two.html").contains("A new part."));
        Files.delete(project.root().resolve("content/two.md"));
        awaitBuild(added.version(), s -> s.problems().isEmpty());
        assertEquals("Not found", get("two.html"));
    }
}
