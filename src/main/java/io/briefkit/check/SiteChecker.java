package io.briefkit.check;

import io.briefkit.Finding;
import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a baked site before it replaces the live one: every page has a title and valid
 * HTML, every link and anchor resolves, every asset is a local, relative file, and no page
 * weighs more on first load than its budget.
 * A problem in a page built from a content file is reported at the content file's line.
 */
public final class SiteChecker {

    /** A page's title as the templates write it, read without parsing the page. */
    private static final Pattern TITLE = Pattern.compile("(?is)<title\\b[^>]*>(.*?)</title>");

    private final Path site;
    private final FindingPlaces places;
    private final MarkupValidation validation;
    private final Budget budget;
    private final Map<String, Budget> budgets = new HashMap<>();
    private FontBudget fontBudget = new FontBudget(0);
    private final Map<String, String> servedAtAnyDepth = new HashMap<>();

    public SiteChecker(Path site, List<ContentFile> sources, MarkupValidation validation, Budget budget) {
        this.site = site;
        this.validation = validation;
        this.budget = budget;
        this.places = new FindingPlaces(site, sources);
    }

    /**
     * Marks {@code page}, at the site's root, as served at any depth (the not-found page, which a
     * server returns for a missing page anywhere): its links are written from {@code basePath},
     * the path of the site's public address, and are checked as the relative links they stand for.
     */
    public SiteChecker servedAtAnyDepth(String page, String basePath) {
        servedAtAnyDepth.put(page, basePath);
        return this;
    }

    /** Gives {@code page} a budget of its own, such as the single-page edition, which holds the whole brief. */
    public SiteChecker budget(String page, Budget budget) {
        budgets.put(page, budget);
        return this;
    }

    /** Limits the weight of the fonts the site's stylesheets name, which every page shares. */
    public SiteChecker fontBudget(FontBudget fontBudget) {
        this.fontBudget = fontBudget;
        return this;
    }

    /** The page with the links it writes from the site's base path made relative again, if it is served at any depth. */
    private Document relativized(String page, Document document) {
        String base = servedAtAnyDepth.get(page);
        if (base != null && !page.contains("/")) {
            for (Element element : document.select("[href], [src]")) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                String url = element.attr(attribute);
                if (url.startsWith(base) && !url.startsWith("//")) {
                    element.attr(attribute, url.substring(base.length()));
                }
            }
        }
        return document;
    }

    /** Problems found by a check that runs while the build goes on; {@link #join()} waits for them. */
    public static final class Pending {
        private final Map<String, CompletableFuture<List<HtmlValidator.Error>>> pages;
        private final SiteChecker checker;
        private final List<Finding> found;
        /** The pages another reading of them is to tell about ({@link #parsed}), with their fingerprints. */
        private final Map<String, String> awaited;
        /** The pages of {@link #awaited} that were told about. */
        private final Set<String> told = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private Pending(SiteChecker checker, Map<String, CompletableFuture<List<HtmlValidator.Error>>> pages,
                List<Finding> found, Map<String, String> awaited) {
            this.checker = checker;
            this.pages = pages;
            this.found = found;
            this.awaited = awaited;
        }

        /**
         * Tells the check what jsoup's parser, told to note its repairs, found in {@code page}
         * as the build read it ({@code bytes}): a page it {@code repaired} is run through the Nu
         * checker, for messages an editor can act on. Safe to call from several threads at once.
         */
        public void parsed(String page, byte[] bytes, boolean repaired) {
            String digest = awaited.get(page);
            CompletableFuture<List<HtmlValidator.Error>> slot = pages.get(page);
            if (digest != null && slot != null && told.add(page)) {
                checker.validation.repairsFound(digest, bytes, repaired).whenComplete((errors, failure) -> {
                    if (failure == null) {
                        slot.complete(errors);
                    } else {
                        slot.completeExceptionally(failure);
                    }
                });
            }
        }

        public List<Finding> join() {
            List<Finding> findings = new ArrayList<>(found);
            pages.forEach((page, remembered) -> {
                CompletableFuture<List<HtmlValidator.Error>> result = remembered;
                if (awaited.containsKey(page) && !told.contains(page)) {
                    // A page the build did not read after all is checked as it is, if it is still as it was baked.
                    result = checker.asBaked(page, awaited.get(page));
                    if (result == null) {
                        findings.add(Finding.of(page, "could not check the HTML as the templates wrote it: the page"
                                + " changed before it was read"));
                        return;
                    }
                }
                try {
                    for (HtmlValidator.Error error : result.join()) {
                        findings.add(new Finding(page, error.line(), "invalid HTML: " + error.message()
                                + checker.places.origin(page)));
                    }
                } catch (CompletionException e) {
                    findings.add(Finding.of(page, "could not check the HTML: " + e.getCause()));
                }
            });
            return findings;
        }
    }

    /**
     * Starts checking every page as it is now for markup that a parser would repair, and
     * returns at once. The build checks the pages as the templates wrote them, before
     * cross-linking re-serialises them with jsoup, whose parser would silently repair such
     * markup; the Nu HTML Checker checks everything else in {@link #check()}, on the pages as
     * they are published. The pages are read before this returns, so the build may rewrite
     * them while they are being checked. A page whose fingerprint is in {@code known} is read
     * only if what is found in it is not remembered.
     * <p>
     * The pages in {@code readElsewhere}, which the build parses with jsoup anyway before it
     * rewrites them (the cross-linker does), are not parsed here: the build tells the check what
     * its parser found in each ({@link Pending#parsed}), unless what is found in the page is
     * remembered. Each page is then parsed once. A page the build does not read after all is
     * checked when the check is joined, as it is then, if it is still as it was baked. The
     * pages {@code unplaced} are not in the site yet but at the files given, kept by the baker
     * as it baked them (see {@code Baker#unplaced}); each is read there if need be.
     */
    public Pending startMarkupCheck(Map<String, String> known, java.util.Set<String> readElsewhere,
            Map<String, Path> unplaced) throws IOException {
        Map<String, CompletableFuture<List<HtmlValidator.Error>>> results = new LinkedHashMap<>();
        Map<String, String> awaited = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        validation.newRepairs();
        Set<String> pages = new TreeSet<>(new Listing(site).files(".html"));
        pages.addAll(unplaced.keySet());
        for (String page : pages) {
            Once<byte[]> bytes = new Once<>(() -> unplaced.containsKey(page) ? read(unplaced.get(page)) : read(page));
            String digest = known.containsKey(page) ? known.get(page) : io.briefkit.Fingerprint.of(bytes.get());
            // A page's title is looked for again only in a page that changed.
            if (!validation.memory().titled(digest, () -> {
                Matcher title = TITLE.matcher(new String(bytes.get(), StandardCharsets.UTF_8));
                return title.find() && !Parser.unescapeEntities(title.group(1), false).isBlank();
            })) {
                findings.add(Finding.of(page, "page has no title"));
            }
            CompletableFuture<List<HtmlValidator.Error>> remembered = validation.repairs(digest);
            if (remembered != null) {
                results.put(page, remembered);
            } else if (readElsewhere.contains(page) && !unplaced.containsKey(page) && !validation.failedBefore(digest)) {
                awaited.put(page, digest);
                results.put(page, new CompletableFuture<>());
            } else {
                results.put(page, validation.validateRepairs(bytes, digest));
            }
        }
        return new Pending(this, results, findings, awaited);
    }

    /** The check for markup a parser would repair of {@code page} as it is now, if its fingerprint is still {@code digest}; else null. */
    private CompletableFuture<List<HtmlValidator.Error>> asBaked(String page, String digest) {
        byte[] bytes;
        try {
            bytes = read(page);
        } catch (UncheckedIOException e) {
            return null;
        }
        return io.briefkit.Fingerprint.of(bytes).equals(digest) ? validation.validateRepairs(() -> bytes, digest) : null;
    }

    /** Every check of the site as it will be published. */
    public List<Finding> check() throws IOException {
        return check(Map.of(), Map.of());
    }

    /**
     * Every check of the site as it will be published; a page whose fingerprint is in {@code known}
     * is read only if what is found in it is not remembered, and a long page made from its last
     * version as {@code edits} says is cut again from that version's cut, if it is remembered,
     * without being read.
     */
    public List<Finding> check(Map<String, String> known, Map<String, io.briefkit.PageEdit> edits) throws IOException {
        Listing listing = new Listing(site);
        List<String> pages = listing.files(".html");
        validation.newSite();
        Map<String, CompletableFuture<List<HtmlValidator.Error>>> results = new LinkedHashMap<>();
        Map<String, PageFacts> factsByPage = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> fonts = new TreeSet<>();
        Budget.Assets assets = new Budget.Assets(site);
        for (String page : pages) {
            Once<byte[]> bytes = new Once<>(() -> read(page));
            String digest = known.containsKey(page) ? known.get(page) : io.briefkit.Fingerprint.of(bytes.get());
            long size = known.containsKey(page) ? listing.size(page) : bytes.get().length;
            // A page is decoded, and a long one cut into sections, only if what is found in it is not remembered.
            Once<String> html = new Once<>(() -> new String(bytes.get(), StandardCharsets.UTF_8));
            Once<Sections> sections = new Once<>(() -> size >= MarkupValidation.SECTIONED
                    ? validation.memory().cut(page, digest, html, edits.get(page)) : null);
            results.put(page, validation.validate(bytes, digest, sections));
            PageFacts facts = validation.memory().facts(page, digest, () -> facts(page, html, sections.get()));
            if (!facts.titled()) {
                findings.add(Finding.of(page, "page has no title"));
            }
            for (String inline : facts.inline()) {
                findings.add(Finding.of(page, inline + ", which the site's Content-Security-Policy blocks"
                        + " (hosting/nginx-site.conf): move it to a file under assets/" + places.origin(page)));
            }
            for (String image : facts.unlabelledImages()) {
                findings.add(places.unlabelled(page, image));
            }
            factsByPage.put(page, facts);
            Budget.Weight weight = Budget.weigh(assets, page, size, facts.loads());
            String overBudget = budgets.getOrDefault(page, budget).problem(weight);
            if (overBudget != null) {
                findings.add(Finding.of(page, overBudget + places.origin(page)));
            }
            fonts.addAll(weight.fonts());
        }
        String heavyFonts = fontBudget.problem(site, fonts);
        if (heavyFonts != null) {
            findings.add(Finding.of(fonts.iterator().next(), heavyFonts));
        }
        for (LinkChecker.Problem problem : validation.memory().links().check(listing.files(), listing.folders(), factsByPage)) {
            findings.add(places.link(problem));
        }
        for (String css : listing.files(".css")) {
            findings.addAll(StylesheetCheck.check(site, css));
        }
        findings.addAll(new Pending(this, results, List.of(), Map.of()).join());
        return findings;
    }

    /**
     * The facts of {@code page}, read from its {@code html}; a page cut into {@code sections} (or
     * null) is read piece by piece, each piece's facts remembered, so that a long page edited in
     * one section is parsed again in that one, and a piece that pages of one folder share is
     * parsed once for all.
     */
    private PageFacts facts(String page, java.util.function.Supplier<String> html, Sections sections) {
        if (sections == null) {
            return PageFacts.of(page, relativized(page, Jsoup.parse(html.get(), "", Parser.htmlParser())));
        }
        List<PageFacts> pieces = new ArrayList<>();
        List<String> all = sections.pieces();
        // A page served at any depth has its links rewritten as they are read, and shares no piece.
        boolean own = servedAtAnyDepth.containsKey(page);
        for (int i = 0; i < all.size(); i++) {
            String piece = all.get(i);
            String digest = sections.fingerprint(i);
            java.util.function.Supplier<PageFacts> read =
                    () -> PageFacts.of(page, relativized(page, Jsoup.parse(piece, "", Parser.htmlParser())));
            pieces.add(validation.memory().facts(page, digest, own ? read : () -> validation.memory().alike(page, digest, read)));
        }
        return validation.memory().merge(page, pieces);
    }

    private byte[] read(String page) {
        return read(site.resolve(page));
    }

    private static byte[] read(Path file) {
        try {
            return io.briefkit.SiteFiles.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
