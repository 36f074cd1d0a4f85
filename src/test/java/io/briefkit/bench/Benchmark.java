package io.briefkit.bench;

import io.briefkit.build.SiteBuilder;
import io.briefkit.serve.PreviewServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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
        Benchmark bench = new Benchmark(project, Files.createTempDirectory("brief-bench"));
        bench.machine();
        bench.fullBuilds();
        bench.preview();
        bench.series();
        bench.pageWeight();
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
            buildOnce(project, work.resolve("cold-" + i), 5);
            cold.add((System.nanoTime() - start) / 1e6);
        }
        SiteBuilder builder = new SiteBuilder();
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            long start = System.nanoTime();
            builder.build(project, work.resolve("warm/site"));
            if (i >= 2) {
                warm.add((System.nanoTime() - start) / 1e6);
            }
        }
        line("| JVM | runs | median | p95 |\n|---|---|---|---|");
        line("| cold (a new JVM per build, start-up included) | 5 | " + ms(median(cold)) + " | " + ms(p95(cold)) + " |");
        line("| warm (the same JVM, after two builds) | 10 | " + ms(median(warm)) + " | " + ms(p95(warm)) + " |");
        line("\nEvery build runs every check: the Nu HTML Checker twice, links and anchors, and cross-linking."
                + " The EPUB and the offline zip are not part of these figures.\n");
    }

    private void preview() throws Exception {
        line("## Preview: save to rebuilt site\n");
        Path copy = work.resolve("preview-project");
        Series.copy(project, copy);
        Path file = copy.resolve("content/history.md");
        String original = Files.readString(file);
        List<Double> latency = new ArrayList<>();
        try (PreviewServer server = new PreviewServer(copy, work.resolve("preview-site"), 0, line -> { })) {
            server.start();
            for (int i = 0; i < 22; i++) {
                int version = version(server);
                long start = System.nanoTime();
                Files.writeString(file, original.replace("largely remained observers", "largely remained observers " + i));
                while (version(server) == version) {
                    Thread.sleep(2);
                }
                if (i >= 2) {
                    latency.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        line("| edits | median | p95 |\n|---|---|---|");
        line("| " + latency.size() + " one-paragraph edits of history.md | " + ms(median(latency)) + " | " + ms(p95(latency)) + " |");
        line("\nFrom the file's write to the new build's state, which the open page polls every 150 ms; the page's"
                + " reload adds its own load time. The target of 300 ms is not met: each save rebuilds and re-checks the"
                + " whole site.\n");
    }

    private static int version(PreviewServer server) {
        return server.version();
    }

    private void series() throws Exception {
        line("## Synthetic series, beside Hugo\n");
        line("The brief plus N generated pages, each a copy of its longest part (paragraphs, note references,"
                + " actor mentions). Ours: one build in a new JVM. Hugo: the same Markdown with a minimal layout,"
                + " median of 5 builds.\n");
        line("| pages | ours | per page | peak memory | Hugo | ours ÷ Hugo |\n|---|---|---|---|---|---|");
        for (int pages : List.of(10, 100, 1000)) {
            Path series = Series.project(project, work.resolve("series-" + pages), pages);
            long start = System.nanoTime();
            String[] result;
            try {
                result = buildOnce(series, work.resolve("series-" + pages + "-site"), 5).split(" ");
            } catch (IllegalStateException failed) {
                line("| " + (pages + 11) + " | not done: " + failed.getMessage() + " | | | | |");
                continue;
            }
            double ours = (System.nanoTime() - start) / 1e6;
            Path hugo = Series.hugoSite(series, work.resolve("hugo-" + pages), pages);
            List<Double> hugoRuns = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                long h = System.nanoTime();
                run("hugo", "--quiet", "-s", hugo.toString(), "-d", work.resolve("hugo-out-" + pages + "-" + i).toString());
                hugoRuns.add((System.nanoTime() - h) / 1e6);
            }
            double hugoMedian = median(hugoRuns);
            int total = pages + 11;
            line("| " + total + " | " + ms(ours) + " | " + String.format(Locale.ROOT, "%.1f ms", ours / total) + " | "
                    + (Long.parseLong(result[1]) >> 10) + " MB | " + ms(hugoMedian) + " | "
                    + String.format(Locale.ROOT, "%.1f×", ours / hugoMedian) + " |");
        }
        line("");
    }

    private void pageWeight() throws Exception {
        line("## Page weight (the brief, first load, uncompressed)\n");
        Path site = work.resolve("warm/site");
        line("| page | HTML | CSS | JS | other | total | requests |\n|---|---|---|---|---|---|---|");
        try (Stream<Path> files = Files.list(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().startsWith("actor-"))
                    .sorted().toList()) {
                Document document = Jsoup.parse(page.toFile());
                long html = Files.size(page);
                long css = 0;
                long js = 0;
                long other = 0;
                int requests = 1;
                for (Element asset : document.select("link[rel~=stylesheet], link[rel~=icon], script[src]")) {
                    Path file = site.resolve(asset.hasAttr("src") ? asset.attr("src") : asset.attr("href"));
                    long size = Files.size(file);
                    requests++;
                    if (file.toString().endsWith(".css")) {
                        css += size;
                    } else if (file.toString().endsWith(".js")) {
                        js += size;
                    } else {
                        other += size;
                    }
                }
                line("| " + page.getFileName() + " | " + kb(html) + " | " + kb(css) + " | " + kb(js) + " | " + kb(other)
                        + " | " + kb(html + css + js + other) + " | " + requests + " |");
            }
        }
        line("\nNo page makes a third-party request. The search page also loads the search index (" + kb(
                Files.size(site.resolve("js/search-index.js"))) + ") when it runs. Pages of 60 KB and more miss"
                + " the budget of issue 8: the notes, the previews of actors and the long note URLs weigh most.");
    }

    /** One build in a new JVM, stopped after {@code minutes}; returns its "millis peak-kB" line. */
    private String buildOnce(Path source, Path output, int minutes) throws Exception {
        Path out = Files.createTempFile(work, "build", ".out");
        Process process = new ProcessBuilder("java", "-cp", System.getProperty("java.class.path"),
                BuildOnce.class.getName(), source.toString(), output.toString()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("stopped after " + minutes + " minutes");
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("the build failed (exit " + process.exitValue() + ")");
        }
        return Files.readString(out).strip();
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

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double p95(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.95) - 1));
    }

    private static String ms(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }
}
