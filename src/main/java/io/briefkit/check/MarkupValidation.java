package io.briefkit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * The Nu HTML Checker on every core, for as long as the builder lives: one checker per
 * thread, each set up once, and the result for every page it has checked remembered by the
 * page's bytes, so that a rebuild re-checks only the pages that changed.
 */
public final class MarkupValidation implements AutoCloseable {
    /** Beyond this many remembered pages the memory is cleared, so a long preview session stays small. */
    private static final int REMEMBERED = 20_000;

    private final ExecutorService pool;
    private final ThreadLocal<HtmlValidator> validators = ThreadLocal.withInitial(() -> {
        try {
            return new HtmlValidator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    private final Map<String, List<HtmlValidator.Error>> checked = new ConcurrentHashMap<>();

    public MarkupValidation() {
        pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            Thread thread = new Thread(task, "html-checker");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts checking a page; the result lists the HTML errors in it, empty if it is valid. */
    CompletableFuture<List<HtmlValidator.Error>> validate(String html) {
        return check(html, false);
    }

    /**
     * Starts checking a page for what an HTML parser would repair: misnested or stray tags,
     * duplicate attributes, content where a table allows none. jsoup's parser notes such
     * repairs as it reads, which costs a fraction of a full check; only a page it flags is
     * run through the Nu checker, for messages an editor can act on. What a parser keeps as it
     * is, such as a block inside an inline element, is left to {@link #validate}.
     */
    CompletableFuture<List<HtmlValidator.Error>> validateRepairs(String html) {
        return check(html, true);
    }

    private CompletableFuture<List<HtmlValidator.Error>> check(String html, boolean repairsOnly) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        String key = (repairsOnly ? "repairs " : "") + digest(bytes);
        List<HtmlValidator.Error> known = checked.get(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return CompletableFuture.supplyAsync(() -> {
            List<HtmlValidator.Error> errors = repairsOnly && !repaired(html) ? List.of() : validators.get().validate(bytes);
            if (checked.size() >= REMEMBERED) {
                checked.clear();
            }
            checked.put(key, errors);
            return errors;
        }, pool);
    }

    private static boolean repaired(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(1);
        Jsoup.parse(html, "", parser);
        return !parser.getErrors().isEmpty();
    }

    /** Stops the checkers' threads; checks already started are abandoned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
