package io.briefkit.check;

import io.briefkit.Fingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * page's bytes, so that a rebuild re-checks only the pages that changed. The facts the link
 * and budget checks read from each page are remembered the same way, in its {@link PageMemory}.
 */
public final class MarkupValidation implements AutoCloseable {
    /** Beyond this many remembered pages the memory is cleared, so a long preview session stays small. */
    private static final int REMEMBERED = 20_000;
    /** Pages this long or longer are checked in sections (see {@link Sections}). */
    static final int SECTIONED = 64 * 1024;

    private final ExecutorService pool;
    private final ThreadLocal<HtmlValidator> validators = ThreadLocal.withInitial(() -> {
        try {
            return new HtmlValidator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    });
    private final Map<String, CompletableFuture<List<HtmlValidator.Error>>> checked = new ConcurrentHashMap<>();
    private final PageMemory memory = new PageMemory();
    /**
     * What was found in each page, by its bytes' fingerprint, by the check for markup a parser
     * would repair, for the pages of the last check of a site and the one under way: kept apart
     * from {@link #checked}, whose long pages' many pieces may clear it, since a page that the
     * cross-linker carries over from its last linking is not parsed again (see {@link #repairs}).
     */
    private Map<String, CompletableFuture<List<HtmlValidator.Error>>> lastRepairs = Map.of();
    private Map<String, CompletableFuture<List<HtmlValidator.Error>>> repairs = new ConcurrentHashMap<>();
    /** The {@link Shape}s of the pages found valid, by fingerprint, when {@link #rememberShapes()} says so. */
    private final java.util.Set<String> validShapes = ConcurrentHashMap.newKeySet();
    private volatile boolean rememberShapes;
    /**
     * At most this many documents of one check of a site are shaped: an edit's few new
     * documents are, while a rebuild of every page, which has no known shape to meet, does not
     * pay for taking the shapes of all.
     */
    private static final int SHAPED = 64;
    private final java.util.concurrent.atomic.AtomicInteger shaped = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
    /**
     * At most this many pages wait for a checker at once: a build reads pages faster than the
     * checkers check them, and would otherwise hold the whole site in memory while they catch up.
     */
    private final java.util.concurrent.Semaphore waiting =
            new java.util.concurrent.Semaphore(4 * Math.max(1, Runtime.getRuntime().availableProcessors()));

    public MarkupValidation() {
        pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), task -> {
            // The checker's schema matching recurses deeply; a large stack keeps it from
            // overflowing on a long page, whatever the JVM's default stack size.
            Thread thread = new Thread(null, task, "html-checker", 64L << 20);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Starts checking a page; the result lists the HTML errors in it, empty if it is valid. A
     * long page is checked in its {@link Sections}, each remembered, so that a page that changed
     * in one section is checked again in that one; if any has an error, the whole page is
     * checked, for the messages and lines of the page as it is.
     */
    CompletableFuture<List<HtmlValidator.Error>> validate(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return validate(() -> bytes, Fingerprint.of(bytes), () -> bytes.length >= SECTIONED ? Sections.of(html) : null);
    }

    /**
     * As {@link #validate(String)}, for a page whose {@link Fingerprint} is given, read as
     * {@code bytes} and cut by {@code sections} into its sections if it is long and can be cut
     * (else null), both asked only if the page's check is not remembered.
     */
    CompletableFuture<List<HtmlValidator.Error>> validate(java.util.function.Supplier<byte[]> bytes, String digest,
            java.util.function.Supplier<Sections> cut) {
        String key = "sections " + digest;
        for (String remembered : List.of(key, digest)) {
            CompletableFuture<List<HtmlValidator.Error>> known = checked.get(remembered);
            if (known != null && !known.isCompletedExceptionally()) {
                return known;
            }
        }
        Sections sections = cut.get();
        if (sections == null) {
            return check(bytes, digest, false, true);
        }
        List<CompletableFuture<List<HtmlValidator.Error>>> parts = new java.util.ArrayList<>();
        List<String> pieces = sections.pieces();
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            parts.add(check(() -> piece.getBytes(StandardCharsets.UTF_8), sections.fingerprint(i), false, true));
        }
        CompletableFuture<List<HtmlValidator.Error>> whole = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
                .thenCompose(done -> parts.stream().allMatch(part -> part.join().isEmpty())
                        ? CompletableFuture.completedFuture(List.<HtmlValidator.Error>of())
                        : check(bytes, digest, false, false));
        checked.put(key, whole);
        return whole;
    }

    /** What the site checks remember of each page between checks of a site. */
    PageMemory memory() {
        return memory;
    }

    /**
     * Keeps the cut of every page of a megabyte or more from one check to the next, for a builder
     * kept warm, so that a long page an edit changed in one piece is cut again from its last cut
     * (see {@link PageMemory#rememberCuts()}). A one-off build keeps none, to hold no more than it needs.
     */
    public void rememberCuts() {
        memory.rememberCuts();
    }

    /** Starts a check of a whole site: what it no longer has is forgotten after it. */
    void newSite() {
        shaped.set(0);
        memory.newSite();
    }

    /**
     * Remembers the {@link Shape} of every page found valid, for a builder kept warm: a page
     * whose words alone changed since (an edit of a paragraph's text, and the pages that quote
     * it) is then known valid without being checked again. A one-off build keeps none: its
     * pages rarely share a shape, and it would take every page's shape for nothing.
     */
    public void rememberShapes() {
        rememberShapes = true;
    }

    /** How many times the Nu checker has run, for tests of what is remembered. */
    int runs() {
        return runs.get();
    }

    /**
     * Starts checking a page for what an HTML parser would repair: misnested or stray tags,
     * duplicate attributes, content where a table allows none. jsoup's parser notes such
     * repairs as it reads, which costs a fraction of a full check; only a page it flags is
     * run through the Nu checker, for messages an editor can act on. What a parser keeps as it
     * is, such as a block inside an inline element, is left to {@link #validate}.
     */
    CompletableFuture<List<HtmlValidator.Error>> validateRepairs(String html) {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        return validateRepairs(() -> bytes, Fingerprint.of(bytes));
    }

    /**
     * As {@link #validateRepairs(String)}, for a page whose {@link Fingerprint} is given, read as
     * {@code bytes} only if its check is not remembered.
     */
    CompletableFuture<List<HtmlValidator.Error>> validateRepairs(java.util.function.Supplier<byte[]> bytes, String digest) {
        // Not paced: the cross-linker goes on meanwhile, and jsoup soon catches up with it.
        CompletableFuture<List<HtmlValidator.Error>> known = repairs(digest);
        if (known == null) {
            known = check(bytes, digest, true, false);
            synchronized (this) {
                repairs.put(digest, known);
            }
        }
        return known;
    }

    /** Starts a check of a whole site for markup a parser would repair: what is found in pages it no longer has is forgotten after it. */
    synchronized void newRepairs() {
        lastRepairs = repairs;
        repairs = new ConcurrentHashMap<>();
    }

    /**
     * The check for markup a parser would repair of the page whose {@link Fingerprint} is
     * {@code digest}, if it is remembered from this check of the site or the last, else null.
     */
    synchronized CompletableFuture<List<HtmlValidator.Error>> repairs(String digest) {
        CompletableFuture<List<HtmlValidator.Error>> known = repairs.get(digest);
        if (known == null) {
            known = lastRepairs.get(digest);
            if (known != null && known.isDone() && !known.isCompletedExceptionally()) {
                repairs.put(digest, known);
            } else {
                known = null;
            }
        }
        return known;
    }

    /** Whether the last check of a site failed to check the page whose {@link Fingerprint} is {@code digest}, for markup a parser would repair. */
    synchronized boolean failedBefore(String digest) {
        CompletableFuture<List<HtmlValidator.Error>> last = lastRepairs.get(digest);
        return last != null && last.isCompletedExceptionally();
    }

    /**
     * The check of a page, {@code bytes} whose {@link Fingerprint} is {@code digest}, that another
     * reading of it with jsoup's parser found {@code repaired} or not: the same as
     * {@link #validateRepairs}, without parsing the page again.
     */
    synchronized CompletableFuture<List<HtmlValidator.Error>> repairsFound(String digest, byte[] bytes, boolean repaired) {
        CompletableFuture<List<HtmlValidator.Error>> known = repairs(digest);
        if (known == null) {
            known = repaired ? check(() -> bytes, digest, false, false) : CompletableFuture.completedFuture(List.of());
            repairs.put(digest, known);
        }
        return known;
    }

    /**
     * The check of {@code bytes}, whose digest is given, read now unless the check is
     * remembered. With {@code wait}, the caller waits while too many pages are waiting for a
     * checker already (never on a checker's own thread).
     */
    private CompletableFuture<List<HtmlValidator.Error>> check(java.util.function.Supplier<byte[]> read, String digest,
            boolean repairsOnly, boolean wait) {
        String key = (repairsOnly ? "repairs " : "") + digest;
        CompletableFuture<List<HtmlValidator.Error>> known = checked.get(key);
        if (known != null && !known.isCompletedExceptionally()) {
            return known;
        }
        byte[] bytes = read.get();
        if (checked.size() >= REMEMBERED) {
            checked.clear();
        }
        if (wait) {
            waiting.acquireUninterruptibly();
        }
        CompletableFuture<List<HtmlValidator.Error>> started = CompletableFuture.supplyAsync(
                () -> {
                    if (repairsOnly && !repaired(new String(bytes, StandardCharsets.UTF_8))) {
                        return List.of();
                    }
                    String shape = rememberShapes && !repairsOnly && shaped.incrementAndGet() <= SHAPED ? shapeOf(bytes) : null;
                    if (shape != null && validShapes.contains(shape)) {
                        return List.of();
                    }
                    runs.incrementAndGet();
                    List<HtmlValidator.Error> errors = validators.get().validate(bytes);
                    if (shape != null && errors.isEmpty()) {
                        if (validShapes.size() >= REMEMBERED) {
                            validShapes.clear();
                        }
                        validShapes.add(shape);
                    }
                    return errors;
                }, pool);
        if (wait) {
            started.whenComplete((errors, failure) -> waiting.release());
        }
        checked.put(key, started);
        return started;
    }

    /** The fingerprint of the page's {@link Shape}, or null if it has none. */
    private static String shapeOf(byte[] bytes) {
        String shape = Shape.of(bytes);
        return shape == null ? null : Fingerprint.of(shape.getBytes(StandardCharsets.UTF_8));
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
}
