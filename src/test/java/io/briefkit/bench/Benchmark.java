package io.briefkit.bench;

import static io.briefkit.bench.Figures.kb;
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
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The benchmark behind BENCHMARKS.md (run it with bench/run): full builds of the brief in a
 * cold and a warm JVM, the preview's rebuild after a one-paragraph edit, synthetic series of
 * 10, 100 and 1,000 pages beside Hugo building the same Markdown ({@link SeriesReport}), the
 * weight of each page, and Lighthouse's score.
 * Medians and 95th percentiles, since a shared machine is noisy.
 */
public final class Benchmark {
    private final Path project;
    private final Path work;
    private final Report report;
    private static final int WARM_UP_EDITS = 5;
    /** Counted edits of the preview: enough that the 95th percentile is not the slowest but one. */
    private static final int PREVIEW_EDITS = 40;

    private Benchmark(Path project, Path work, Report report) {
        this.project = project;
        this.work = work;
        this.report = report;
    }

    public static void main(String[] args) throws Exception {
        if (run("hugo", "version").isEmpty()) {
            System.err.println("bench: Hugo is missing (apt-get install hugo); no partial comparison is reported.");
            System.exit(1);
        }
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        List<String> only = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
        // Only a whole run rewrites BENCHMARKS.md; a run of some sections prints them.
        Benchmark bench = new Benchmark(project, Files.createTempDirectory("brief-bench"),
                new Report(only.isEmpty() ? project.resolve("BENCHMARKS.md") : null));
        bench.machine();
        if (only.isEmpty() || only.contains("builds") || only.contains("weight") || only.contains("lighthouse")) {
            bench.fullBuilds();
        }
        if (only.isEmpty() || only.contains("preview")) {
            bench.preview();
        }
        SeriesReport series = new SeriesReport(bench.report, project, bench.work);
        if (only.isEmpty() || only.contains("series")) {
            series.builds();
        }
        if (only.isEmpty() || only.contains("edits")) {
            series.edits();
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

    private void machine() throws Exception {
        report.line("# Benchmarks\n");
        report.line("Measured by `bench/run` (see README), which writes this file. Figures are medians, with the 95th"
                + " percentile where there are enough runs, because the machine is shared and noisy; compare"
                + " ratios rather than absolute times.\n");
        report.line("- Machine: " + Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB maximum Java heap; " + System.getProperty("os.name")
                + " " + System.getProperty("os.arch"));
        report.line("- Java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.line("- Hugo: " + run("hugo", "version").strip());
        report.line("");
    }

    private void fullBuilds() throws Exception {
        report.line("## Full build of the brief\n");
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
        report.line("| JVM | runs | median | p95 |\n|---|---|---|---|");
        report.line("| cold: a new JVM per build, start-up included | 5 | " + ms(median(cold)) + " | " + ms(p95(cold)) + " |");
        report.line("| warm: the same JVM, a new builder per build | 10 | " + ms(median(fresh)) + " | " + ms(p95(fresh)) + " |");
        report.line("| warm and kept, as the preview builds: one builder | 10 | " + ms(median(kept)) + " | " + ms(p95(kept)) + " |");
        report.line("\nEvery build runs every check: markup a parser would repair (before cross-linking), the Nu HTML"
                + " Checker on every published page, links and anchors, and the page budget. The EPUB and the offline"
                + " zip are not part of these figures. A new"
                + " builder starts JBake's content store and the HTML checkers afresh; a kept one (`keepWarm()`, what"
                + " the preview uses) keeps them, and its checkers skip pages whose bytes they have already checked,"
                + " so rebuilding an unchanged brief re-checks nothing. Target: under 3 s warm: "
                + (median(fresh) < 3000 ? "met" : "not met") + ".\n");
        report.line("Where a kept build's time goes (median of each stage):\n");
        report.line("| stage | median |\n|---|---|");
        stages.forEach((stage, values) -> report.line("| " + stage + " | " + ms(median(values)) + " |"));
        report.line("");
    }

    private void preview() throws Exception {
        report.line("## Preview: save to rebuilt site, and to the edit on show\n");
        Path copy = work.resolve("preview-project");
        Series.copy(project, copy);
        PreviewTiming.Result timing = PreviewTiming.measure(copy, work.resolve("preview-site"), WARM_UP_EDITS, PREVIEW_EDITS);
        boolean browser = !timing.shown().isEmpty();
        report.line("| " + PREVIEW_EDITS + " one-paragraph edits of history.md | median | p95 |\n|---|---|---|");
        report.line("| save to rebuilt site | " + ms(median(timing.rebuilt())) + " | " + ms(p95(timing.rebuilt())) + " |");
        report.line(browser ? "| save to the edit on show in the open page, in Chromium | " + ms(median(timing.shown())) + " | "
                + ms(p95(timing.shown())) + " |"
                : "| save to the edit on show | not measured: no Chromium (" + Chromium.BINARY + ") | |");
        List<Double> target = browser ? timing.shown() : timing.rebuilt();
        report.line("\nRebuilt: from the file's write to the end of the rebuild, when the server answers the open page's"
                + " waiting request for the next build. On show: from the write to the first frame after the open page's"
                + " text changed, in headless Chromium, by the browser's own clock; or, had the page reloaded, to the end"
                + " of its load event. " + (browser ? timing.mended() + " of the " + timing.shown().size()
                + " counted edits were shown without a reload. " : "") + "The watcher waits 10 ms for a burst of saves"
                + " to settle, which is part of both. The first " + WARM_UP_EDITS + " edits, which warm the JVM up, are not"
                + " counted. Target: save to the edit on show under 200 ms: "
                + (median(target) < 200 ? "met" : "not met") + " at the median, " + (p95(target) < 200 ? "met" : "not met")
                + " at the 95th percentile" + (browser ? "" : " (rebuilt only)") + ".\n");
        report.line("Where a save's rebuild goes (median of each stage over the counted edits):\n");
        report.line("| stage | median |\n|---|---|");
        timing.stages().forEach((stage, values) -> report.line("| " + stage + " | " + ms(median(values)) + " |"));
        report.line("\nThe kept builder renders again only history.md, links again only history.html (every other page is"
                + " carried over as it was last linked, a hard link to the copy the builder keeps, the single page with"
                + " that part's section put in, and the actor pages that quote the paragraph with that place's item made"
                + " again), and checks only what the edit changed (history.html, the part"
                + " of the single page that holds it, the runs of the actor pages that quote it). The rest is the"
                + " open page's: it fetches itself again, compares the new page with the one it was sent, and, since only"
                + " a paragraph's text differs, sets that text where it stands rather than reloading (a reload takes"
                + " Chromium 150 to 200 ms on this machine, with every file but the page kept or answered \"not"
                + " modified\").\n");
    }

    private void pageWeight() throws Exception {
        report.line("## Page weight (the brief, first load, uncompressed)\n");
        Path site = work.resolve("warm/site");
        report.line("| page | HTML | CSS | JS | other | total | requests |\n|---|---|---|---|---|---|---|");
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
                report.line("| " + name + " | " + kb(weight.html()) + " | " + kb(weight.css()) + " | " + kb(weight.js()) + " | "
                        + kb(weight.other()) + " | " + kb(weight.total()) + " | " + weight.requests() + " |");
            }
        }
        report.line("\nThe 52 actor pages are built alike; the one shown, Afghanistan, names the most paragraphs."
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
        report.line("\n## Lighthouse performance score\n");
        if (!Chromium.available() || !Files.isRegularFile(project.resolve("node_modules/lighthouse/cli/index.js"))) {
            report.line("Not measured: it needs Debian's chromium and `npm ci` (the test command, `./test`, sets up both).");
            return;
        }
        Path site = work.resolve("warm/site");
        report.line("| page | preset | median | p95 (the low end; of five runs, the lowest) |\n|---|---|---|---|");
        try (Lighthouse lighthouse = new Lighthouse(site, work.resolve("lighthouse"))) {
            for (String page : List.of("index.html", "notes.html", "threats.html")) {
                for (String preset : List.of("mobile", "desktop")) {
                    List<Double> scores = new ArrayList<>();
                    for (int i = 0; i < 5; i++) {
                        scores.add((double) Lighthouse.score(lighthouse.report(page, preset), "performance"));
                    }
                    // A score is better high: its 95th percentile is taken from the low end.
                    List<Double> lows = scores.stream().map(x -> -x).toList();
                    report.line("| " + page + " | " + preset + " | " + Math.round(median(scores)) + " | "
                            + Math.round(-p95(lows)) + " |");
                }
            }
        }
        report.line("\nThe score is mostly timing (Total Blocking Time, Largest Contentful Paint) on a shared two-core"
                + " machine. The audits that do not depend on the machine's speed (bytes, unused CSS and JavaScript,"
                + " layout shift, render-blocking resources) are asserted by LighthouseIT instead.");
    }

    /** What {@code command} prints, or nothing if it fails or is missing. */
    static String run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.waitFor() == 0 ? out : "";
        } catch (IOException missing) {
            return "";
        }
    }
}
