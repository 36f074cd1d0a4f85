package io.briefkit.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One-paragraph edits of a synthetic series: a kept builder's rebuild in a new JVM, as the
 * preview runs it, beside {@code hugo server}'s rebuild of the same edit as its own log reports it.
 */
final class SeriesEdits {
    /** The counted edits' rebuild times in ms, ours and Hugo's, and the stages of our last rebuild; then ours of the uncounted edits. */
    record Result(List<Double> ours, List<Double> hugo, String stages, List<Double> warmUp) {
    }

    private SeriesEdits() {
    }

    /**
     * The series of {@code pages} generated pages beside the brief in {@code project}, made in
     * {@code work}: one full build, {@code warmUp} edits uncounted, then {@code edits} counted.
     */
    static Result measure(Path project, Path work, int pages, int warmUp, int edits, String heap) throws Exception {
        Path series = Series.project(project, work.resolve("edits-" + pages), pages);
        BuildRun run = BuildRun.of(work, series, work.resolve("edits-" + pages + "-site"), 30, 1 + warmUp + edits,
                "paragraph", heap);
        List<Double> hugo = HugoServer.rebuilds(Series.hugoSite(series, work.resolve("hugo-edits-" + pages), pages),
                warmUp, edits);
        return new Result(run.times().subList(1 + warmUp, run.times().size()), hugo, run.stages(),
                run.times().subList(1, 1 + warmUp));
    }
}
