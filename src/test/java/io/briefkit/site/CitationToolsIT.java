package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citation exports read by the tools their users have: pandoc's citeproc (as Zotero's and
 * Quarto's users render a bibliography) and biber's check of biblatex's data model. Debian's
 * pandoc and biber, which ./test installs.
 */
class CitationToolsIT {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String stdin, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try (var in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), Arrays.toString(command) + " did not finish");
        return new Run(process.exitValue(), Files.readString(dir.resolve("out.txt")), Files.readString(dir.resolve("err.txt")));
    }

    private Path copy(String name) throws IOException {
        return Files.copy(BuiltSite.DIR.resolve("cite").resolve(name), dir.resolve(name));
    }

    /** The bibliography pandoc makes of every entry in {@code file}: one paragraph per entry. */
    private List<String> pandocBibliography(String file) throws Exception {
        Run pandoc = run("---\nnocite: \"@*\"\n---\n", "pandoc", "--citeproc", "--bibliography=" + copy(file), "-f", "markdown",
                "-t", "plain", "--wrap=none");
        assertEquals(0, pandoc.exit(), pandoc.err());
        assertEquals("", pandoc.err().strip(), file + ": pandoc warned");
        List<String> entries = new ArrayList<>();
        for (String paragraph : pandoc.out().split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                entries.add(paragraph.strip());
            }
        }
        return entries;
    }

    @Test
    void pandocsCiteprocReadsTheSourcesInCslJsonAndBibtexWithoutAWarningAndListsEachOnce() throws Exception {
        List<String> fromJson = pandocBibliography("orf-brief-636-sources.json");
        List<String> fromBibtex = pandocBibliography("orf-brief-636-sources.bib");
        assertEquals(74, fromJson.size());
        assertEquals(74, fromBibtex.size());
        for (List<String> entries : List.of(fromJson, fromBibtex)) {
            assertTrue(entries.stream().noneMatch(e -> e.contains("n.d.") || e.contains("\\") || e.contains("{")),
                    String.join("\n", entries));
            assertTrue(entries.contains("Stepanova, Ekaterina. 2021. “Russia and the Search for a Negotiated Solution in"
                    + " Afghanistan.” Europe-Asia Studies 73 (5): 928–52."), String.join("\n", entries));
        }
        assertEquals(1, pandocBibliography("orf-brief-636.json").size());
        assertEquals(1, pandocBibliography("orf-brief-636.bib").size());
    }

    @Test
    void biberFindsNothingAgainstBiblatexsDataModel() throws Exception {
        for (String file : List.of("orf-brief-636-sources.bib", "orf-brief-636.bib")) {
            Path bib = copy(file);
            Run biber = run("", "biber", "--tool", "--validate-datamodel", bib.getFileName().toString());
            assertEquals(0, biber.exit(), biber.out() + biber.err());
            List<String> problems = biber.out().lines().filter(l -> l.startsWith("WARN") || l.startsWith("ERROR")).toList();
            assertEquals(List.of(), problems, file);
            Path read = dir.resolve(file.replace(".bib", "_bibertool.bib"));
            long entries = Files.readAllLines(read).stream().filter(line -> line.startsWith("@")).count();
            assertEquals(file.contains("sources") ? 74 : 1, entries, "the entries biber read back: " + read);
        }
    }
}
