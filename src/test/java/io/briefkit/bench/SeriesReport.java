package io.briefkit.bench;

import static io.briefkit.bench.Figures.mb;
import static io.briefkit.bench.Figures.median;
import static io.briefkit.bench.Figures.ms;
import static io.briefkit.bench.Figures.p95;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The benchmark's sections on synthetic series of 21, 111 and 1,011 pages ({@link Series}):
 * full builds, cold and warm, beside Hugo's, and one-paragraph edits beside {@code hugo server}'s.
 */
final class SeriesReport {
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

    private final Report report;
    private final Path project;
    private final Path work;

    SeriesReport(Report report, Path project, Path work) {
        this.report = report;
        this.project = project;
        this.work = work;
    }

    /** Full builds of each series, cold and warm, beside Hugo's. */
    void builds() throws Exception {
        report.line("## Synthetic series, beside Hugo\n");
        report.line("The brief plus N generated pages, each a copy of its longest part (paragraphs, actor mentions and 30"
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
                + " again. Every check runs, the Nu HTML Checker on every page included. Hugo: the same Markdown with a"
                + " minimal layout that also lists every page, the median of " + (2 * COLD_SERIES_RUNS + 1) + " builds,"
                + " two before each of our cold builds and one after the warm ones, since Hugo's build of 1,011 pages"
                + " takes from 4 to 6 s on this machine from one minute to the next; it renders the Markdown and nothing"
                + " more (no endnotes, glossary, search or"
                + " checks).\n");
        report.line("| pages | ours, cold | per page | ours, warm | per page | peak memory | HTML written | Hugo | Hugo's HTML"
                + " | cold ÷ Hugo | warm ÷ Hugo |\n|---|---|---|---|---|---|---|---|---|---|---|");
        List<String> stageLines = new ArrayList<>();
        List<String> cpuLines = new ArrayList<>();
        double[] largest = null;
        for (int pages : SERIES) {
            Path series = Series.project(project, work.resolve("series-" + pages), pages);
            BuildRun full;
            BuildRun result;
            String coldRange;
            long peakKb;
            Path hugo = Series.hugoSite(series, work.resolve("hugo-" + pages), pages);
            // Hugo's builds are spread among ours, so that both meet the machine as it is over the same minutes.
            List<Double> hugoRuns = new ArrayList<>();
            try {
                List<BuildRun> colds = new ArrayList<>();
                for (int i = 0; i < COLD_SERIES_RUNS; i++) {
                    hugoRuns.add(hugoBuild(hugo, pages, hugoRuns.size()));
                    hugoRuns.add(hugoBuild(hugo, pages, hugoRuns.size()));
                    colds.add(BuildRun.of(work, series, work.resolve("series-" + pages + "-full-" + i), 30, 1, "",
                            FULL_BUILD_HEAP));
                }
                colds.sort(java.util.Comparator.comparingDouble(run -> run.times().get(0)));
                full = colds.get(colds.size() / 2);
                coldRange = ms(colds.get(0).times().get(0)) + "–" + ms(colds.get(colds.size() - 1).times().get(0));
                peakKb = colds.stream().mapToLong(BuildRun::peakKb).max().orElse(0);
                result = BuildRun.of(work, series, work.resolve("series-" + pages + "-site"), 30, 3, "edit", SERIES_HEAP);
                hugoRuns.add(hugoBuild(hugo, pages, hugoRuns.size()));
            } catch (IllegalStateException failed) {
                report.line("| " + (pages + 11) + " | not done: " + failed.getMessage() + " | | | | | | | | | |");
                continue;
            }
            double cold = full.times().get(0);
            double warm = median(result.times().subList(1, 3));
            double hugoMedian = median(hugoRuns);
            int total = pages + 11;
            report.line("| " + total + " | " + ms(cold) + " (" + coldRange + ") | " + String.format(Locale.ROOT, "%.1f ms", cold / total) + " | "
                    + ms(warm) + " | " + String.format(Locale.ROOT, "%.1f ms", warm / total) + " | "
                    + (peakKb >> 10) + " MB | " + mb(htmlBytes(work.resolve("series-" + pages + "-site")))
                    + " | " + ms(hugoMedian) + " | " + mb(htmlBytes(work.resolve("hugo-out-" + pages + "-0"))) + " | "
                    + String.format(Locale.ROOT, "%.1f×", cold / hugoMedian) + " | "
                    + String.format(Locale.ROOT, "%.1f×", warm / hugoMedian) + " |");
            stageLines.add("| " + total + " | cold | " + full.stages() + " |");
            stageLines.add("| " + total + " | last warm | " + result.stages() + " |");
            if (full.cpu().containsKey(ThreadCpu.TOTAL)) {
                cpuLines.add(cpuLine(total, cold, full.cpu()));
            }
            largest = new double[] {total, warm, htmlBytes(work.resolve("series-" + pages + "-site")),
                    htmlBytes(work.resolve("hugo-out-" + pages + "-0")), hugoMedian, cold, peakKb >> 10};
        }
        report.line("\nWhere the time goes, by stage:\n");
        report.line("| pages | build | stages |\n|---|---|---|");
        stageLines.forEach(report::line);
        if (!cpuLines.isEmpty()) {
            report.line("\nWhere the CPU time of the cold build above went (the median one), by the threads that spent it:"
                    + " the JVM's JIT compilers, compiling the code the build runs as it runs it; its garbage collector;"
                    + " the Nu HTML Checker's threads; and the build's own other threads (reading, baking, cross-linking"
                    + " and the other checks). Read from the kernel's count for each thread as the process ends, start-up"
                    + " included; the busy cores are that CPU time over the build's time, of the machine's "
                    + Runtime.getRuntime().availableProcessors() + ".\n");
            report.line("| pages | build | CPU time | busy cores | " + ThreadCpu.COMPILERS + " | " + ThreadCpu.COLLECTOR + " | "
                    + ThreadCpu.CHECKERS + " | " + ThreadCpu.REST + " |\n|---|---|---|---|---|---|---|---|");
            cpuLines.forEach(report::line);
        }
        if (largest != null) {
            report.line(String.format(Locale.ROOT, "%nTargets at %.0f pages: warm within 10× of Hugo, %s (%.1f×); cold within 15×,"
                    + " %s (%.1f×); peak memory under 1 GB, %s (%.0f MB). Per page, the cost grows with N because the HTML"
                    + " does: %s for %.0f pages, %.0f KB a page, where Hugo writes %s. Every byte is parsed by jsoup to be"
                    + " cross-linked and checked, and read by the Nu HTML Checker (the \"check site\" stage), whose pace on"
                    + " these pages is a few MB a second per core; the cross-linker holds a window of 32 pages as documents at"
                    + " once, the rest waiting with their articles as text, and the check holds every page's links and ids until"
                    + " all are read. A cold build keeps both cores busy from start to end, and its own threads get a little"
                    + " over half of them: the JIT compilers and the garbage collector take the rest (the table above), which a"
                    + " warm build no longer spends.",
                    largest[0], largest[1] / largest[4] <= 10 ? "met" : "not met", largest[1] / largest[4],
                    largest[5] / largest[4] <= 15 ? "met" : "not met", largest[5] / largest[4],
                    largest[6] <= 1024 ? "met" : "not met", largest[6],
                    mb((long) largest[2]), largest[0], largest[2] / largest[0] / 1000, mb((long) largest[3])));
        }
        report.line("");
    }

    /** A row of the table of where a cold build's CPU time went: {@code cpu} as {@link ThreadCpu} reads it, in seconds. */
    private static String cpuLine(int pages, double buildMillis, java.util.Map<String, Double> cpu) {
        double total = cpu.get(ThreadCpu.TOTAL);
        StringBuilder line = new StringBuilder("| " + pages + " | " + ms(buildMillis) + " | "
                + String.format(Locale.ROOT, "%.1f s | %.1f", total, total * 1000 / buildMillis));
        for (String kind : List.of(ThreadCpu.COMPILERS, ThreadCpu.COLLECTOR, ThreadCpu.CHECKERS, ThreadCpu.REST)) {
            double seconds = cpu.getOrDefault(kind, 0.0);
            line.append(String.format(Locale.ROOT, " | %.1f s (%.0f%%)", seconds, total > 0 ? 100 * seconds / total : 0));
        }
        return line.append(" |").toString();
    }

    /**
     * One-paragraph edits at 21, 111 and 1,011 pages: a kept builder's rebuild, as the preview
     * runs it, beside {@code hugo server}'s rebuild of the same edit as its own log reports it.
     */
    void edits() throws Exception {
        report.line("## One-paragraph edits, beside `hugo server`\n");
        report.line("The series above, each page count in a new JVM with a kept builder, as the preview keeps it: one full"
                + " build, then " + EDIT_WARM_UP + " edits to warm up, then " + EDITS + " counted edits, each a changed word"
                + " in one paragraph of history.md followed by a rebuild of the site (everything re-checked that the edit"
                + " changed). The JVM's compiler is still at work over the first twenty or so edits, which the last"
                + " column shows apart (their median, and the slowest). Hugo: `hugo server` on the same Markdown, the same"
                + " edits, its rebuild time as its log reports it (\"Total in … ms\"), rendering to memory as it does by"
                + " default.\n");
        report.line("| pages | ours: rebuild, median | p95 | `hugo server`: rebuild, median | p95 | median ÷ Hugo"
                + " | ours, the " + EDIT_WARM_UP + " edits warming up: median, slowest |\n|---|---|---|---|---|---|---|");
        List<String> stageLines = new ArrayList<>();
        double[] largestEdit = null;
        for (int pages : SERIES) {
            SeriesEdits.Result result;
            try {
                result = SeriesEdits.measure(project, work, pages, EDIT_WARM_UP, EDITS, SERIES_HEAP);
            } catch (IllegalStateException failed) {
                report.line("| " + (pages + 11) + " | not done: " + failed.getMessage() + " | | | | | |");
                continue;
            }
            List<Double> ours = result.ours();
            List<Double> hugo = result.hugo();
            report.line("| " + (pages + 11) + " | " + ms(median(ours)) + " | " + ms(p95(ours)) + " | " + ms(median(hugo)) + " | "
                    + ms(p95(hugo)) + " | " + String.format(Locale.ROOT, "%.1f×", median(ours) / median(hugo)) + " | "
                    + ms(median(result.warmUp())) + ", " + ms(java.util.Collections.max(result.warmUp())) + " |");
            stageLines.add("| " + (pages + 11) + " | " + result.stages() + " |");
            largestEdit = new double[] {pages + 11, p95(ours)};
        }
        if (largestEdit != null) {
            report.line(String.format(Locale.ROOT, "%nTarget at %.0f pages: a one-paragraph edit rebuilt within 300 ms at the 95th"
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
        report.line("\nWhere the last edit's rebuild went, by stage:\n");
        report.line("| pages | stages |\n|---|---|");
        stageLines.forEach(report::line);
        report.line("");
    }

    /** The time of Hugo's {@code i}th build of the series of {@code pages} in {@code hugo}, in ms. */
    private double hugoBuild(Path hugo, int pages, int i) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Benchmark.run("hugo", "--quiet", "-s", hugo.toString(), "-d", work.resolve("hugo-out-" + pages + "-" + i).toString(),
                "--cacheDir", work.resolve("hugo-cache").toString());
        return (System.nanoTime() - start) / 1e6;
    }

    private static long htmlBytes(Path site) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(".html")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
