package io.briefkit.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * What went wrong while the site's pages loaded and ran, from the DevTools events
 * chromedriver records: each request a page of the site made (its document, what the
 * document loads, what its scripts ask for) that failed or went to another site, named by
 * its URL and by what asked for it; and each error on the console. Requests the browser
 * makes on its own, for its own pages, are left out. Reading the records empties them, so
 * {@link #drain} before opening a page and {@link #of} after; pages opened in between, by
 * a link or a form, count too.
 */
final class PageProblems {
    private static final Json JSON = new Json();

    private PageProblems() {
    }

    /** Forgets what was recorded so far, such as the browser's own start-up. */
    static void drain(ChromeDriver driver) {
        driver.manage().logs().get(LogType.PERFORMANCE);
        driver.manage().logs().get(LogType.BROWSER);
    }

    /** The problems of the page now open, since the last {@link #drain} or {@link #of}. */
    static List<String> of(ChromeDriver driver) {
        URI page = URI.create(driver.getCurrentUrl());
        Map<String, Request> requests = new LinkedHashMap<>();
        List<Map<String, Object>> events = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE).getAll()) {
            events.add(message(entry));
        }
        // A document's requests share its loader. The documents of the site, the page now open
        // and any opened before it since the last drain, are the pages'; the browser's own
        // pages (its new-tab page and what that loads) are not.
        Set<String> loaders = new HashSet<>();
        for (Map<String, Object> event : events) {
            Map<String, Object> params = map(event.get("params"));
            if ("Network.requestWillBeSent".equals(event.get("method"))) {
                String url = String.valueOf(map(params.get("request")).get("url"));
                String loader = String.valueOf(params.get("loaderId"));
                if ("Document".equals(params.get("type")) && sameSite(page, url)) {
                    loaders.add(loader);
                }
                requests.put(String.valueOf(params.get("requestId")),
                        new Request(url, loader, initiator(map(params.get("initiator")))));
            }
        }
        List<String> problems = new ArrayList<>();
        if (loaders.isEmpty()) {
            problems.add("the browser recorded no load of " + page + ", so its requests cannot be told apart");
        }
        for (Map<String, Object> event : events) {
            Map<String, Object> params = map(event.get("params"));
            Request request = requests.get(String.valueOf(params.get("requestId")));
            if (request == null || !loaders.contains(request.loader())) {
                continue;
            }
            if ("Network.loadingFailed".equals(event.get("method")) && !Boolean.TRUE.equals(params.get("canceled"))) {
                problems.add("failed request: " + request.url() + " (" + params.get("errorText") + "; " + request.initiator() + ")");
            } else if ("Network.responseReceived".equals(event.get("method"))) {
                Number status = (Number) map(params.get("response")).get("status");
                if (status != null && status.intValue() >= 400) {
                    problems.add("failed request: " + request.url() + " (HTTP " + status.intValue() + "; " + request.initiator() + ")");
                }
            }
        }
        for (Request request : requests.values()) {
            if (loaders.contains(request.loader()) && !sameSite(page, request.url())) {
                problems.add("request leaves the site: " + request.url() + " (" + request.initiator() + ")");
            }
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER).getAll()) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                problems.add("console: " + entry.getMessage());
            }
        }
        return problems.stream().distinct().toList();
    }

    private record Request(String url, String loader, String initiator) {
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> message(LogEntry entry) {
        Map<String, Object> outer = JSON.toType(entry.getMessage(), Map.class);
        return map(outer.get("message"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map ? (Map<String, Object>) value : Map.of();
    }

    /** What asked for a request: the parser at a line of a page, a script, or the page itself. */
    private static String initiator(Map<String, Object> initiator) {
        String type = String.valueOf(initiator.get("type"));
        Object url = initiator.get("url");
        if (url == null) {
            List<?> frames = (List<?>) map(initiator.get("stack")).get("callFrames");
            if (frames != null && !frames.isEmpty()) {
                Map<String, Object> top = map(frames.get(0));
                url = top.get("url") + ":" + (((Number) top.get("lineNumber")).intValue() + 1);
            }
        } else if (initiator.get("lineNumber") instanceof Number line) {
            url = url + ":" + (line.intValue() + 1);
        }
        return "requested by " + type + (url == null ? "" : " at " + url);
    }

    /** A request stays on the site when it is for a file (the site opened from disk) or for the page's own host and port. */
    private static boolean sameSite(URI page, String url) {
        if (url.startsWith("data:") || url.startsWith("blob:")) {
            return true;
        }
        URI target = URI.create(url.replace(" ", "%20"));
        if ("file".equals(page.getScheme())) {
            return "file".equals(target.getScheme());
        }
        return page.getScheme().equals(target.getScheme()) && page.getHost().equals(target.getHost())
                && page.getPort() == target.getPort();
    }

}
