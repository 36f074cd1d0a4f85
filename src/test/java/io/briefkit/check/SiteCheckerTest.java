package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check of a site whose long pages share pieces finds on each page what that page holds. */
class SiteCheckerTest {
    private final MarkupValidation validation = new MarkupValidation();

    @TempDir
    Path site;

    @AfterEach
    void close() {
        validation.close();
    }

    /** Parts 1 and 2 as long pages listing parts 1 to 200, and parts 3 to 199 as short ones: part 200 is missing. */
    private void writeSeries(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (int i = 1; i <= 199; i++) {
            String html = i <= 2 ? MarkupValidationTest.seriesPage(i)
                    : "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Part " + i
                            + "</title></head><body><main><h1>Part " + i + "</h1></main></body></html>\n";
            Files.writeString(folder.resolve("part-" + i + ".html"), html);
        }
    }

    /** Each broken link the check finds, as the page it is on and the page it names. */
    private List<String> brokenLinks() throws IOException {
        return new SiteChecker(site, List.of(), validation, new Budget(1000, 10)).check().stream()
                .filter(finding -> finding.message().startsWith("broken link: no page "))
                .map(finding -> finding.path() + " -> " + finding.message().replaceFirst("^broken link: no page (\\S+?): .*$", "$1"))
                .sorted().toList();
    }

    @Test
    void aBrokenLinkInAContentsRunThatPagesShareIsReportedOnEachOfThem() throws IOException {
        writeSeries(site);
        assertEquals(List.of("part-1.html -> part-200.html", "part-2.html -> part-200.html"), brokenLinks());
    }

    @Test
    void theSamePiecesInAnotherFolderAreLookedUpFromThatFolder() throws IOException {
        writeSeries(site);
        Path sub = site.resolve("sub");
        Files.createDirectories(sub);
        Files.writeString(sub.resolve("part-1.html"), MarkupValidationTest.seriesPage(1));
        List<String> found = brokenLinks();
        assertEquals(List.of("part-1.html -> part-200.html", "part-2.html -> part-200.html"),
                found.stream().filter(line -> !line.startsWith("sub/")).toList());
        assertEquals(199, found.stream().filter(line -> line.startsWith("sub/part-1.html -> sub/part-")).count(),
                "sub/part-1.html links to parts 2 to 200 of its own folder, none of which is there");
    }
}
