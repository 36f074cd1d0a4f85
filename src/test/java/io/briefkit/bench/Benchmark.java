package io.briefkit.bench;

import static io.briefkit.bench.Figures.kb;
import static io.briefkit.bench.Figures.mb;
import static io.briefkit.bench.Figures.median;
import static io.briefkit.bench.Figures.ms;
import static io.briefkit.bench.Figures.p95;

import io.briefkit.browser.Chromium;
import io.briefkit.browser.Lighthouse;
import io.briefkit.build.SiteBuilder;
import io.briefkit.check.Budget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The benchmark behind BENCHMARKS.md (run it with bench/run): full builds of the brief in a
 * cold and a warm JVM, the preview's rebuild after a one-paragraph edit, synthetic series of
 * 10, 100 and 1,000 pages beside Hugo building the same Markdown, and the weight of each page.
 * Medians and 95th percentiles, since a shared machine is noisy.
 */
public final class Benchmark {
    private final Path project;
    private final Path work;
    private final StringBuilder report = new StringBuilder();
    private boolean writing;
    private static final int WARM_UP_EDITS = 5;
    /** Counted edits of the preview: enough that the 95th percentile is not the slowest but one. */
    private static final int PREVIEW_EDITS = 40;
    /**
     * Edits of each series not counted, though their median and slowest are shown: the JIT
     * compiler is still at work on the code an edit runs over the first twenty or so.
     */
    private static final int EDIT_WARM_UP = 20;
    /** The pages generated for each series, beside the brief's 11; {@code -Dbench.series=10,100} runs fewer. */
    private static final List<Integer> SERIES = java.util.Arrays.stream(System.getProperty("bench.series", "10,100,1000")
            .split(",")).map(String::strip).map(Integer::valueOf).toList();
    /** Counted edits of each series: enough that the 95th percentile is not the slowest edit but three. */
    private static final int EDITS = 60;
    /**
     * The series' builds get a 2 GB heap. Left to the JVM's default, a quarter of the
     * machine's memory, the 1,011-page build fills all of it, since the collector has no
     * reason to collect sooner, and is no faster for it.
     */
    private static final String SERIES_HEAP = "-Xmx2g";
    /**
     * The heap of a series' full build in a new JVM, the build {@code mvn package} runs: the
     * least, in steps of 128 MB, in which the 1,011-page build runs without spending its time in
     * the collector (at 512 MB it takes about as long as at 640 and collects in full once or
     * twice, for a tenth of a second each, besides once at the end when a library asks it to with
     * {@code System.gc()}; at 384 MB, seven times, and takes seconds longer).
     */
    private static final String FULL_BUILD_HEAP = "-Xmx512m";
    /** Cold builds of each series, each in a new JVM: their median is the figure. */
    private static final int COLD_SERIES_RUNS = 3;

    private Benchmark(Path project, Path work) {
        this.project = project;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        if (run("hugo", "version").isEmpty()) {
            System.err.println("bench: Hugo is missing (apt-get install hugo); no partial comparison is reported.");
            System.exit(1);
        }
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        Benchmark bench = new Benchmark(project, Files.createTempDirectory("brief-bench"));
        // Only a whole run rewrites BENCHMARKS.md; a run of some sections prints them.
        bench.writing = only.isEmpty();
        bench.machine();
        if (only.isEmpty() || only.contains("builds") || only.contains("weight") || only.contains("lighthouse")) {
            bench.fullBuilds();
        }
        if (only.isEmpty() || only.contains("preview")) {
            bench.preview();
        }
        if (only.isEmpty() || only.contains("series")) {
            bench.series();
        }
        if (only.isEmpty() || only.contains("edits")) {
            bench.edits();
        }
        if (only.isEmpty() || only.contains("weight")) {
            bench.pageWeight();
        }
        if (only.isEmpty() || only.contains("lighthouse")) {
            bench.lighthouse();
        }
        System.out.println(bench.report);
        try (Stream<Path> walk = Files.walk(bench.work)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        System.exit(0);
    }

    /** Adds a line to the report, which is rewritten at once, so that a long run leaves what it measured. */
    private void line(String text) {
        report.append(text).append('\n');
        System.err.println(text);
        if (!writing) {
            return;
        }
        try {
            Files.writeString(project.resolve("BENCHMARKS.md"), report.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void machine() throws Exception {
        line("# Benchmarks\n");
        line("Measured by `bench/run` (see README), which writes this file. Figures are medians, with the 95th"
                + " percentile where there are enough runs, because the machine is shared and noisy; compare"
                + " ratios rather than absolute times.\n");
        line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB maximum Java heap; " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch"));
        line("- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        line("- Hugo: " + run("hugo", "version").strip());
        line("");
    }

    private void fullBuilds() throws Exception {
        line("## Full build of the brief\n");
        List<Double> cold = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            BuildRun.of(work, project, work.resolve("cold-" + i), 5, 1, "");
            cold.add((System.nanoTime() - start) / 1e6);
        }
        List<Double> fresh = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            try (SiteBuilder builder = new SiteBuilder()) {
                long start = System.nanoTime();
                builder.build(project, work.resolve("fresh/site"));
                if (i >= 2) {
                    fresh.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        List<Double> kept = new ArrayList<>();
        Map<String, List<Double>> stages = new LinkedHashMap<>();
        try (SiteBuilder builder = new SiteBuilder().keepWarm()) {
            for (int i = 0; i < 12; i++) {
                long start = System.nanoTime();
                builder.build(project, work.resolve("warm/site"));
                if (i >= 2) {
                    kept.add((System.nanoTime() - start) / 1e6);
                    builder.stages().millis().forEach((stage, ms) -> stages.computeIfAbsent(stage, k -> new ArrayList<>()).add(ms));
                }
            }
        }
        line("| JVM | runs | median | p95 |\n|---|---|---|---|");
        line("| cold: a new JVM per build, start-up included | 5 | " + ms(median(cold)) + " | " + ms(p95(cold)) + " |");
        line("| warm: the same JVM, a new builder per build | 10 | " + ms(median(fresh)) + " | " + ms(p95(fresh)) + " |");
        line("| warm and kept, as the preview builds: one builder | 10 | " + ms(median(kept)) + " | " + ms(p95(kept)) + " |");
        line("\nEvery build runs every check: markup a parser would repair (before cross-linking), the Nu HTML"
                + " Checker on every published page, links and anchors, and the page budget. The EPUB and the offline"
                + " zip are not part of these figures. A new"
                + " builder starts JBake's content store and the HTML checkers afresh; a kept one (`keepWarm()`, what"
                + " the preview uses) keeps them, and its checkers skip pages whose bytes they have already checked,"
                + " so rebuilding an unchanged brief re-checks nothing. Target: under 3 s warm: "
                + (median(fresh) < 3000 ? "met" : "not met") + ".\n");
        line("Where a kept build's time goes (median of each stage):\n");
        line("| stage | median |\n|---|---|");
        stages.forEach((stage, values) -> line("| " + stage + " | " + ms(median(values)) + " |"));
        line("");
    }

    private void preview() throws Exception {
        line("## Preview: save to rebuilt site, and to the edit on show\n");
        Path copy = work.resolve("preview-project");
        Series.copy(project, copy);
        PreviewTiming.Result timing = PreviewTiming.measure(copy, work.resolve("preview-site"), WARM_UP_EDITS, PREVIEW_EDITS);
        boolean browser = !timing.shown().isEmpty();
        line("| " + PREVIEW_EDITS + " one-paragraph edits of history.md | median | p95 |\n|---|---|---|");
        line("| save to rebuilt site | " + ms(median(timing.rebuilt())) + " | " + ms(p95(timing.rebuilt())) + " |");
        line(browser ? "| save to the edit on show in the open page, in Chromium | " + ms(median(timing.shown())) + " | "
                + ms(p95(timing.shown())) + " |"
                : "| save to the edit on show | not measured: no Chromium (" + Chromium.BINARY + ") | |");
        List<Double> target = browser ? timing.shown() : timing.rebuilt();
        line("\nRebuilt: from the file's write to the end of the rebuild, when the server answers the open page's"
                + " waiting request for the next build. On show: from the write to the first frame after the open page's"
                + " text changed, in headless Chromium, by the browser's own clock; or, had the page reloaded, to the end"
                + " of its load event. " + (browser ? timing.mended() + " of the " + timing.shown().size()
                + " counted edits were shown without a reload. " : "") + "The watcher waits 10 ms for a burst of saves"
                + " to settle, which is part of both. The first " + WARM_UP_EDITS + " edits, which warm the JVM up, are not"
                + " counted. Target: save to the edit on show under 200 ms: "
                + (median(target) < 200 ? "met" : "not met") + " at the median, " + (p95(target) < 200 ? "met" : "not met")
                + " at the 95th percentile" + (browser ? "" : " (rebuilt only)") + ".\n");
        line("Where a save's rebuild goes (median of each stage over the counted edits):\n");
        line("| stage | median |\n|---|---|");
        timing.stages().forEach((stage, values) -> line("| " + stage + " | " + ms(median(values)) + " |"));
        line("\nThe kept builder renders again only history.md, links again only history.html (every other page is"
                + " carried over as it was last linked, a hard link to the copy the builder keeps, the single page with"
                + " that part's section put in, and the actor pages that quote the paragraph with that place's item made"
                + " again), and checks only what the edit changed (history.html, the part"
                + " of the single page that holds it, the runs of the actor pages that quote it). The rest is the"
                + " open page's: it fetches itself again, compares the new page with the one it was sent, and, since only"
                + " a paragraph's text differs, sets that text where it stands rather than reloading (a reload takes"
                + " Chromium 150 to 200 ms on this machine, with every file but the page kept or answered \"not"
                + " modified\").\n");
    }

    private void series() throws Exception {
        line("## Synthetic series, beside Hugo\n");
        line("The brief plus N generated pages, each a copy of its longest part (paragraphs, actor mentions and 30"
                + " note references, to notes of its own, appended to the endnotes). Every page lists every part in its"
                + " contents, as the brief's pages do, so the HTML grows with N²: at 1,011 pages the contents list is"
                + " about 60 KB of a part's 93 KB; the single page (32 MB), the notes page (17 MB) and the 52 actor pages"
                + " (41 MB together, each listing every paragraph that names it) grow with N. The page budget is lifted"
                + " for the series for that reason. Ours, cold: the median of " + COLD_SERIES_RUNS + " builds, each in a"
                + " new JVM, as `mvn package` runs it, with the options of `.mvn/jvm.config` and a 512 MB heap (the"
                + " range of the " + COLD_SERIES_RUNS + " in brackets: the machine is shared, and one run can be a fifth"
                + " slower than the next); its peak memory is the process's (heap, compiled code, classes and threads), the"
                + " highest of the " + COLD_SERIES_RUNS + ". Ours, warm: the median of"
                + " the second and third builds in another JVM (2 GB heap), with a kept builder,"
                + " each after a sentence is added to every page, so that every page is baked, linked and checked"
                + " again. Every check runs, the Nu HTML Checker on every page included. Hugo: the same Markdown with a minimal layout that also lists every page,"
                + " median of 5 builds; it renders the Markdown and nothing more (no endnotes, glossary, search or"
                + " checks).\n");
        line("| pages | ours, cold | per page | ours, warm | per page | peak memory | HTML written | Hugo | Hugo's HTML"
                + " | cold ÷ Hugo | warm ÷ Hugo |\n|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> stageLines = new ArrayList<>();
        double[] largest = null;
        for (int pages : SERIES) {
            Path series = Series.project(project, work.resolve("series-" + pages), pages);
            BuildRun full;
            BuildRun result;
            String coldRange;
            long peakKb;
            try {
                List<BuildRun> colds = new ArrayList<>();
                for (int i = 0; i < COLD_SERIES_RUNS; i++) {
                    colds.add(BuildRun.of(work, series, work.resolve("series-" + pages + "-full-" + i), 30, 1, "",
                            FULL_BUILD_HEAP));
                }
                colds.sort(java.util.Comparator.comparingDouble(run -> run.times().get(0)));
                full = colds.get(colds.size() / 2);
                coldRange = ms(colds.get(0).times().get(0)) + "–" + ms(colds.get(colds.size() - 1).times().get(0));
                peakKb = colds.stream().mapToLong(BuildRun::peakKb).max().orElse(0);
                result = BuildRun.of(work, series, work.resolve("series-" + pages + "-site"), 30, 3, "edit", SERIES_HEAP);
            } catch (IllegalStateException failed) {
                line("| " + (pages + 11) + " | not done: " + failed.getMessage() + " | | | | | | | | | |");
                continue;
            }
            double cold = full.times().get(0);
            double warm = median(result.times().subList(1, 3));
            Path hugo = Series.hugoSite(series, work.resolve("hugo-" + pages), pages);
            List<Double> hugoRuns = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long h = System.nanoTime();
                run("hugo", "--quiet", "-s", hugo.toString(), "-d", work.resolve("hugo-out-" + pages + "-" + i).toString(),
                        "--cacheDir", work.resolve("hugo-cache").toString());
                hugoRuns.add((System.nanoTime() - h) / 1e6);
            }
            double hugoMedian = median(hugoRuns);
            int total = pages + 11;
            line("| " + total + " | " + ms(cold) + " (" + coldRange + ") | " + String.format(Locale.ROOT, "%.1f ms", cold / total) + " | "
                    + ms(warm) + " | " + String.format(Locale.ROOT, "%.1f ms", warm / total) + " | "
                    + (peakKb >> 10) + " MB | " + mb(htmlBytes(work.resolve("series-" + pages + "-site")))
                    + " | " + ms(hugoMedian) + " | " + mb(htmlBytes(work.resolve("hugo-out-" + pages + "-0"))) + " | "
                    + String.format(Locale.ROOT, "%.1f×", cold / hugoMedian) + " | "
                    + String.format(Locale.ROOT, "%.1f×", warm / hugoMedian) + " |");
            stageLines.add("| " + total + " | cold | " + full.stages() + " |");
            stageLines.add("| " + total + " | last warm | " + result.stages() + " |");
            largest = new double[] {total, warm, htmlBytes(work.resolve("series-" + pages + "-site")),
                    htmlBytes(work.resolve("hugo-out-" + pages + "-0")), hugoMedian, cold, peakKb >> 10};
        }
        line("\nWhere the time goes, by stage:\n");
        line("| pages | build | stages |\n|---|---|---|");
        stageLines.forEach(this::line);
        if (largest != null) {
            double perPage = largest[1] / largest[0];
            line(String.format(Locale.ROOT, "%nTargets at %.0f pages: warm within 10× of Hugo, %s (%.1f×); cold within 15×,"
                    + " %s (%.1f×); peak memory under 1 GB, %s (%.0f MB). Per page, the cost grows with N because the HTML"
                    + " does: %s for %.0f pages, %.0f KB a page, where Hugo writes %s. Every byte is parsed by jsoup to be"
                    + " cross-linked and checked, and read by the Nu HTML Checker (the \"check site\" stage), whose pace on"
                    + " these pages is a few MB a second per core; the cross-linker holds a window of 32 pages as documents at"
                    + " once, the rest waiting with their articles as text, and the check holds every page's links and ids until"
                    + " all are read.",
                    largest[0], largest[1] / largest[4] <= 10 ? "met" : "not met", largest[1] / largest[4],
                    largest[5] / largest[4] <= 15 ? "met" : "not met", largest[5] / largest[4],
                    largest[6] <= 1024 ? "met" : "not met", largest[6],
                    mb((long) largest[2]), largest[0], largest[2] / largest[0] / 1000, mb((long) largest[3])));
        }
        line("");
    }

    /**
     * One-paragraph edits at 21, 111 and 1,011 pages: a kept builder's rebuild, as the preview
     * runs it, beside {@code hugo server}'s rebuild of the same edit as its own log reports it.
     */
    private void edits() throws Exception {
        line("## One-paragraph edits, beside `hugo server`\n");
        line("The series above, each page count in a new JVM with a kept builder, as the preview keeps it: one full"
                + " build, then " + EDIT_WARM_UP + " edits to warm up, then " + EDITS + " counted edits, each a changed word"
                + " in one paragraph of history.md followed by a rebuild of the site (everything re-checked that the edit"
                + " changed). The JVM's compiler is still at work over the first twenty or so edits, which the last"
                + " column shows apart (their median, and the slowest). Hugo: `hugo server` on the same Markdown, the same"
                + " edits, its rebuild time as its log reports it (\"Total in … ms\"), rendering to memory as it does by"
                + " default.\n");
        line("| pages | ours: rebuild, median | p95 | `hugo server`: rebuild, median | p95 | median ÷ Hugo"
                + " | ours, the " + EDIT_WARM_UP + " edits warming up: median, slowest |\n|---|---|---|---|---|---|---|");
        List<String> stageLines = new ArrayList<>();
        double[] largestEdit = null;
        for (int pages : SERIES) {
            SeriesEdits.Result result;
            try {
                result = SeriesEdits.measure(project, work, pages, EDIT_WARM_UP, EDITS, SERIES_HEAP);
            } catch (IllegalStateException failed) {
                line("| " + (pages + 11) + " | not done: " + failed.getMessage() + " | | | | | |");
                continue;
            }
            List<Double> ours = result.ours();
            List<Double> hugo = result.hugo();
            line("| " + (pages + 11) + " | " + ms(median(ours)) + " | " + ms(p95(ours)) + " | " + ms(median(hugo)) + " | "
                    + ms(p95(hugo)) + " | " + String.format(Locale.ROOT, "%.1f×", median(ours) / median(hugo)) + " | "
                    + ms(median(result.warmUp())) + ", " + ms(java.util.Collections.max(result.warmUp())) + " |");
            stageLines.add("| " + (pages + 11) + " | " + result.stages() + " |");
            largestEdit = new double[] {pages + 11, p95(ours)};
        }
        if (largestEdit != null) {
            line(String.format(Locale.ROOT, "%nTarget at %.0f pages: a one-paragraph edit rebuilt within 300 ms at the 95th"
                    + " percentile: %s (%s).", largestEdit[0], largestEdit[1] <= 300 ? "met" : "not met", ms(largestEdit[1])) + " "
                    + "Hugo's server renders every page again after such an edit, since every page lists every page, which"
                    + " at 1,011 pages takes it seconds too. Our rebuild carries every unchanged page over as a hard link"
                    + " to the copy the builder keeps, with its fingerprint, so that no stage reads it again. What it"
                    + " still does in proportion to the site rather than to the edit: every content file is looked at"
                    + " (read again only if its length, times or inode changed) and the content folder listed once for"
                    + " JBake, which is handed the changed file alone but fetches every document of its type from its"
                    + " store for the pager; every page is linked into the new folder once (its last linking, which the"
                    + " bake hands on without writing it) and looked up in what the checks remember, and the site walked"
                    + " once for the link check; and every edit of a part reaches the long pages that gather from every"
                    + " part, the single page (its part's section spliced in) and the pages of the actors the paragraph"
                    + " names (its items spliced in), megabytes each at 1,011 pages, held in memory as runs of the"
                    + " arrays of the version the last edit wrote, which they share all but the changed bytes with, and"
                    + " written again a megabyte at a time and fingerprinted on the other core; the checks are told"
                    + " where they changed and do not read them. The slow edits are those a pause of the garbage"
                    + " collector, the compiler's work or a write-back of the disk falls in."
                    + " See ARCHITECTURE.md.");
        }
        line("\nWhere the last edit's rebuild went, by stage:\n");
        line("| pages | stages |\n|---|---|");
        stageLines.forEach(this::line);
        line("");
    }

    private void pageWeight() throws Exception {
        line("## Page weight (the brief, first load, uncompressed)\n");
        Path site = work.resolve("warm/site");
        line("| page | HTML | CSS | JS | other | total | requests |\n|---|---|---|---|---|---|---|");
        long heaviest = 0;
        int most = 0;
        try (Stream<Path> files = Files.list(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = page.getFileName().toString();
                Budget.Weight weight = Budget.weigh(site, name, Files.size(page), Jsoup.parse(page.toFile()));
                heaviest = Math.max(heaviest, weight.total());
                most = Math.max(most, weight.requests());
                if (name.startsWith("actor-") && !name.equals("actor-afghanistan.html")) {
                    continue;
                }
                line("| " + name + " | " + kb(weight.html()) + " | " + kb(weight.css()) + " | " + kb(weight.js()) + " | "
                        + kb(weight.other()) + " | " + kb(weight.total()) + " | " + weight.requests() + " |");
            }
        }
        line("\nThe 52 actor pages are built alike; the one shown, Afghanistan, names the most paragraphs."
                + " The heaviest of all " + kb(heaviest) + ", the most requests " + most + ": the budget (under 60 KB, at"
                + " most 6 requests, none third-party) is " + (heaviest < 60_000 && most <= 6 ? "met" : "not met")
                + ", and the build checks it on every page. Loaded later, by a script and only when needed: the"
                + " glossary's previews (" + kb(Files.size(site.resolve("js/glossary.js"))) + ", on the first approach"
                + " to a glossary link) and the search index (" + kb(Files.size(site.resolve("js/search-index.js")))
                + ", on the search page).");
    }

    /**
     * Lighthouse's performance score, which the tests do not assert because it depends on the
     * machine's load: five runs of each page and preset, served on 127.0.0.1.
     */
    private void lighthouse() throws Exception {
        line("\n## Lighthouse performance score\n");
        if (!Chromium.available() || !Files.isRegularFile(project.resolve("node_modules/lighthouse/cli/index.js"))) {
            line("Not measured: it needs Debian's chromium and `npm ci` (the test command, `./test`, sets up both).");
            return;
        }
        Path site = work.resolve("warm/site");
        line("| page | preset | median | p95 (the low end; of five runs, the lowest) |\n|---|---|---|---|");
        try (Lighthouse lighthouse = new Lighthouse(site, work.resolve("lighthouse"))) {
            for (String page : List.of("index.html", "notes.html", "threats.html")) {
                for (String preset : List.of("mobile", "desktop")) {
                    List<Double> scores = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        scores.add((double) Lighthouse.score(lighthouse.report(page, preset), "performance"));
                    }
                    // A score is better high: its 95th percentile is taken from the low end.
                    List<Double> lows = scores.stream().map(x -> -x).toList();
                    line("| " + page + " | " + preset + " | " + Math.round(median(scores)) + " | "
                            + Math.round(-p95(lows)) + " |");
                }
            }
        }
        line("\nThe score is mostly timing (Total Blocking Time, Largest Contentful Paint) on a shared two-core"
                + " machine. The audits that do not depend on the machine's speed (bytes, unused CSS and JavaScript,"
                + " layout shift, render-blocking resources) are asserted by LighthouseIT instead.");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : "";
        } catch (IOException missing) {
            return "";
        }
    }

    private static long htmlBytes(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
