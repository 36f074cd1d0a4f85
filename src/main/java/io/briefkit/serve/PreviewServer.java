package io.briefkit.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.briefkit.Finding;
import io.briefkit.build.SiteBuilder;
import io.briefkit.build.Stages;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The editors' preview: builds the site into a folder, serves it on 127.0.0.1, rebuilds in
 * the same warm JVM when a source changes, and makes open pages follow (see serve/reload.js). A failed
 * build keeps the last good site on show, with the problems over it, until it is fixed.
 */
public final class PreviewServer implements AutoCloseable {
    static final String SCRIPT = "/__preview/reload.js";
    static final String STATE = "/__preview/state";
    private static final long WAIT_MILLIS = 20_000;
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "svg", "image/svg+xml", "json", "application/json", "xml", "application/xml",
            "epub", "application/epub+zip", "zip", "application/zip", "bib", "text/plain; charset=utf-8",
            "ris", "text/plain; charset=utf-8");

    private final Path project;
    private final Path output;
    private final Consumer<String> log;
    private final SiteBuilder builder = new SiteBuilder().keepWarm();
    private final HttpServer http;
    private final SourceWatcher watcher;
    private final AssetVersions versions;
    private volatile PreviewState state = new PreviewState(0, 0, List.of());
    /** Notified when a build is done, for the open pages waiting to hear of it. */
    private final Object builds = new Object();

    /** The script every page is served with, which reloads it, and its version, for its address. */
    private static final byte[] RELOAD;
    private static final String RELOAD_VERSION;

    static {
        try (InputStream in = PreviewServer.class.getResourceAsStream("/serve/reload.js")) {
            RELOAD = in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        RELOAD_VERSION = AssetVersions.of(RELOAD);
        // Small responses go out at once rather than waiting on the client's delayed
        // acknowledgement (Nagle's algorithm), which would add tens of milliseconds to each.
        // The JDK's server reads this once, when it is first used.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public PreviewServer(Path project, Path output, int port, Consumer<String> log) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.output = output.toAbsolutePath().normalize();
        this.log = log;
        this.versions = new AssetVersions(this.output);
        this.http = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        http.createContext("/", this::serve);
        // Open pages hold a request each, waiting for the next build, so requests need threads of their own.
        http.setExecutor(Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        this.watcher = new SourceWatcher(this.project);
    }

    /** Builds once, starts serving and watching; returns the address pages are served at. */
    public String start() {
        rebuild();
        http.start();
        Thread watch = new Thread(() -> watcher.run(this::rebuild), "preview-watcher");
        watch.setDaemon(true);
        watch.start();
        return "http://127.0.0.1:" + http.getAddress().getPort() + "/";
    }

    synchronized void rebuild() {
        long start = System.nanoTime();
        List<Finding> findings;
        try {
            findings = builder.build(project, output);
        } catch (IOException | RuntimeException e) {
            findings = List.of(Finding.of("build", String.valueOf(e.getMessage())));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Finding> errors = findings.stream().filter(f -> !f.warning()).toList();
        synchronized (builds) {
            state = new PreviewState(state.version() + 1, millis, errors);
            builds.notifyAll();
        }
        findings.forEach(f -> log.accept(f.toString()));
        log.accept(errors.isEmpty() ? "built in " + millis + " ms (" + builder.stages() + ")"
                : errors.size() + " problem(s); showing the last good site");
    }

    PreviewState state() {
        return state;
    }

    /** How long each stage of the last build took. */
    public synchronized Stages stages() {
        return builder.stages();
    }

    /** The number of the last build, counting from 1; it changes when a rebuild is done. */
    public int version() {
        return state.version();
    }

    private void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.equals(STATE)) {
                String query = exchange.getRequestURI().getRawQuery();
                PreviewState answer = stateAfter(query);
                // The page asking, as this build made it, so that it need not ask again.
                boolean newer = !String.valueOf(answer.version()).equals(parameter(query, "after"));
                String page = newer && answer.problems().isEmpty() ? parameter(query, "page") : null;
                Path file = page != null && page.startsWith("/") ? file(page) : null;
                String html = file == null ? null : page(file, answer.version());
                send(exchange, 200, "application/json", answer.json(html).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (path.equals(SCRIPT)) {
                sendFile(exchange, "text/javascript", RELOAD);
                return;
            }
            Path file = file(path);
            if (file == null) {
                send(exchange, 404, "text/plain", "Not found".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (extension.equals("html")) {
                // The build's number is read before the file: a page is never labelled newer than it is,
                // so a page that is newer than its label is only brought up to date once more.
                int version = state.version();
                send(exchange, 200, TYPES.get(extension), page(file, version).getBytes(StandardCharsets.UTF_8));
                return;
            }
            sendFile(exchange, TYPES.getOrDefault(extension, "application/octet-stream"), io.briefkit.SiteFiles.read(file));
        }
    }

    /** The site's file at the address {@code path}, or null if there is none. */
    private Path file(String path) {
        Path file = output.resolve(path.substring(1).isEmpty() ? "index.html" : path.substring(1)).normalize();
        return file.startsWith(output) && Files.isRegularFile(file) ? file : null;
    }

    /**
     * The page {@code file} as served, labelled with the build {@code version} read before it,
     * or null if it is not a page: its assets' addresses versioned, and the script that makes it
     * follow the builds added, with the build's number and the fingerprint of the file.
     */
    private String page(Path file, int version) throws IOException {
        if (!file.getFileName().toString().endsWith(".html")) {
            return null;
        }
        byte[] bytes = io.briefkit.SiteFiles.read(file);
        return versions.page(file, new String(bytes, StandardCharsets.UTF_8)).replaceFirst("</head>", "<script src=\""
                + SCRIPT + "?v=" + RELOAD_VERSION + "\" data-version=\"" + version + "\" data-digest=\""
                + AssetVersions.of(bytes) + "\" defer></script>\n</head>");
    }

    /** The decoded value of the parameter {@code name} of the raw (still encoded) {@code query}, or null if it has none or it is malformed. */
    private static String parameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                try {
                    return java.net.URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * Sends a file other than a page. At the address of its version (see {@link AssetVersions}),
     * which the bytes sent are checked to be, the browser may keep it; at another address it
     * must ask again each time, and is answered "not modified" if it has the bytes already.
     */
    private static void sendFile(HttpExchange exchange, String type, byte[] body) throws IOException {
        String version = AssetVersions.of(body);
        String query = exchange.getRequestURI().getRawQuery();
        if (("v=" + version).equals(query)) {
            send(exchange, 200, type, body, "max-age=31536000, immutable");
            return;
        }
        String tag = "\"" + version + "\"";
        exchange.getResponseHeaders().set("ETag", tag);
        if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, type, body, "no-cache");
    }

    /**
     * The state, at once, or with {@code after=N} as soon as a build later than N is done (or
     * after {@link #WAIT_MILLIS}, to keep connections fresh): a page learns of a build the
     * moment it ends rather than at its next poll.
     */
    private PreviewState stateAfter(String query) {
        String wanted = parameter(query, "after");
        if (wanted == null || !wanted.matches("\\d{1,9}")) {
            return state;
        }
        int after = Integer.parseInt(wanted);
        long deadline = System.nanoTime() + WAIT_MILLIS * 1_000_000L;
        synchronized (builds) {
            long left;
            while (state.version() <= after && (left = deadline - System.nanoTime()) > 0) {
                try {
                    builds.wait(Math.max(1, left / 1_000_000L));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return state;
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        send(exchange, status, type, body, "no-store");
    }

    /** Sends a response, with {@code cache} as its Cache-Control: the preview changes under it, so pages are never kept. */
    private static void send(HttpExchange exchange, int status, String type, byte[] body, String cache)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", cache);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() throws IOException {
        http.stop(0);
        watcher.close();
        synchronized (this) {
            builder.close();
        }
    }
}
