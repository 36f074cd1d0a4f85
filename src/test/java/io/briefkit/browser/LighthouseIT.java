package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Lighthouse on the overview and the longest page, at its mobile and desktop presets: the
 * accessibility, best-practices and SEO categories at 95 or more, and the performance
 * audits that do not depend on the machine's speed: the bytes the page weighs, no unused CSS
 * or JavaScript, no layout shift, and nothing render-blocking but the one stylesheet. The
 * performance score itself is timed, so it is reported by the benchmark (bench/run), not
 * asserted here. The scores are written to target/lighthouse/scores.md.
 */
class LighthouseIT {
    static final Path REPORTS = Path.of("target/lighthouse");
    static final List<String> CATEGORIES = List.of("accessibility", "best-practices", "seo");
    static Lighthouse lighthouse;

    @BeforeAll
    static void serve() throws IOException {
        lighthouse = new Lighthouse(PreviewIT.SITE, REPORTS);
    }

    @AfterAll
    static void stop() {
        if (lighthouse != null) {
            lighthouse.close();
        }
    }

    /** The longest page of the brief, by the size of its HTML. */
    static String longestPage() throws IOException {
        String longest = null;
        long size = 0;
        for (String page : BriefPages.PARTS) {
            long bytes = Files.size(PreviewIT.SITE.resolve(page));
            if (bytes > size) {
                size = bytes;
                longest = page;
            }
        }
        return longest;
    }

    @Test
    void theOverviewAndTheLongestPagePassEveryAuditThatDoesNotDependOnTheMachinesSpeed() throws Exception {
        StringBuilder table = new StringBuilder("# Lighthouse\n\nLighthouse 12 with Debian's Chromium, pages served on"
                + " 127.0.0.1. The performance score is timed, so bench/run reports it.\n\n"
                + "| page | preset | accessibility | best practices | SEO | bytes | layout shift |\n|---|---|---|---|---|---|---|\n");
        List<String> problems = new ArrayList<>();
        // The overview, the longest page, and a part whose notes stand in the margin on a desktop.
        for (String page : new java.util.LinkedHashSet<>(List.of("index.html", longestPage(), "threats.html"))) {
            renderBlocking(page).forEach(problems::add);
            for (String preset : List.of("mobile", "desktop")) {
                Map<String, Object> report = lighthouse.report(page, preset);
                String where = page + " " + preset + ": ";
                table.append("| ").append(page).append(" | ").append(preset);
                for (String category : CATEGORIES) {
                    int score = Lighthouse.score(report, category);
                    table.append(" | ").append(score);
                    if (score < 95) {
                        problems.add(where + category + " " + score + " < 95");
                    }
                }
                Map<String, Object> bytes = Lighthouse.audit(report, "total-byte-weight");
                Map<String, Object> shift = Lighthouse.audit(report, "cumulative-layout-shift");
                table.append(" | ").append(bytes.get("numericValue")).append(" | ").append(shift.get("numericValue")).append(" |\n");
                if (!(bytes.get("score") instanceof Number s) || s.doubleValue() < 1) {
                    problems.add(where + "total byte weight " + bytes.get("numericValue") + " scores " + bytes.get("score"));
                }
                if (!(shift.get("numericValue") instanceof Number cls) || cls.doubleValue() > 0.1) {
                    problems.add(where + "cumulative layout shift " + shift.get("numericValue") + " > 0.1");
                }
                for (String unused : List.of("unused-css-rules", "unused-javascript")) {
                    List<?> items = (List<?>) Lighthouse.map(Lighthouse.audit(report, unused).get("details")).get("items");
                    if (items == null || !items.isEmpty()) {
                        problems.add(where + unused + ": " + items);
                    }
                }
            }
        }
        Files.writeString(REPORTS.resolve("scores.md"), table.toString());
        assertEquals(List.of(), problems, table.toString());
    }

    /**
     * What blocks the first paint, read from the page itself: Lighthouse 12's own audit of
     * it fails on this Chromium's traces. Only the site's stylesheets may, and the small script
     * (under 2 KB) that sets the reader's colours and preloads the text face, first in the body
     * so that a chosen scheme shows from the first paint; every other script is deferred.
     */
    private static List<String> renderBlocking(String page) throws IOException {
        Document html = Jsoup.parse(PreviewIT.SITE.resolve(page).toFile());
        List<String> problems = new ArrayList<>();
        for (Element script : html.select("script[src]")) {
            boolean scheme = script.attr("src").endsWith("js/theme.js") && script == html.body().firstElementChild()
                    && java.nio.file.Files.size(PreviewIT.SITE.resolve("js/theme.js")) < 2000;
            if (!scheme && !script.hasAttr("defer") && !script.hasAttr("async") && !"module".equals(script.attr("type"))) {
                problems.add(page + ": render-blocking script " + script.attr("src"));
            }
        }
        // A stylesheet inside <noscript> is loaded only without JavaScript, and blocks nothing with it;
        // one for print blocks nothing on screen. The site's stylesheet may block, with, on the
        // pages other than the parts of the brief, their own, fetched beside it.
        List<String> sheets = html.select("link[rel=stylesheet]:not([media=print])").stream()
                .filter(link -> link.parents().stream().noneMatch(p -> p.tagName().equals("noscript")))
                .map(link -> link.attr("href")).toList();
        if (!List.of("css/site.css").equals(sheets) && !List.of("css/site.css", "css/pages.css").equals(sheets)) {
            problems.add(page + ": render-blocking stylesheets " + sheets + ", where css/site.css and css/pages.css may");
        }
        return problems;
    }
}
