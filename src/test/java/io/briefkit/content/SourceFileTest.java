package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The records of the sources: read, checked on their own, and held to the notes they describe. */
class SourceFileTest {
    @TempDir
    Path dir;

    private static final List<Endnote> NOTES = List.of(
            new Endnote(1, "Nelofar Sakhai, \"How Russia Will Shape Afghanistan's Future,\" *Atlantic Council*, June 18, 2021,"
                    + " <https://example.org/sakhai>.", 0, "", "", 1),
            new Endnote(2, "Sakhai, \"How Russia.\"", 1, "", "", 5),
            new Endnote(3, "Zhao Hong, \"China's Afghan Policy: The Forming of the \"March West\" Strategy?\" The Journal of"
                    + " East Asian Affairs 27, no. 2 (2013): 1-29.", 0, "", "", 9));

    private static final String SAKHAI = "- id: sakhai2021\n  notes: [1]\n  kind: analysis\n  type: webpage\n  author:\n"
            + "    - {family: Sakhai, given: Nelofar}\n  title: How Russia Will Shape Afghanistan's Future\n"
            + "  container-title: Atlantic Council\n  issued: 2021-06-18\n  URL: https://example.org/sakhai\n";
    private static final String ZHAO = "- id: zhao2013\n  notes: [3]\n  kind: academic\n  type: article-journal\n  author:\n"
            + "    - {family: Zhao, given: Hong}\n  title: 'China''s Afghan Policy: The Forming of the \"March West\" Strategy?'\n"
            + "  container-title: The Journal of East Asian Affairs\n  volume: 27\n  issue: 2\n  page: 1-29\n  issued: 2013\n";

    private List<Source> read(String yaml, List<Finding> findings) throws IOException {
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve(SourceFile.PATH), yaml);
        List<Source> sources = SourceFile.read(dir, findings);
        if (!Finding.anyErrors(findings)) {
            SourceCheck.check(sources, NOTES, findings);
        }
        return sources;
    }

    private List<String> problems(String yaml) throws IOException {
        List<Finding> findings = new ArrayList<>();
        read(yaml, findings);
        return findings.stream().map(Finding::toString).toList();
    }

    @Test
    void recordsThatMatchTheirNotesAreRead() throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Source> sources = read(SAKHAI + ZHAO, findings);
        assertEquals(List.of(), findings);
        Source zhao = sources.get(1);
        assertEquals(List.of(new Source.Name("Zhao", "Hong", "")), zhao.authors());
        assertEquals("China's Afghan Policy: The Forming of the \"March West\" Strategy?", zhao.title());
        assertEquals(Map.of("title", zhao.title(), "container-title", "The Journal of East Asian Affairs", "volume", "27",
                "issue", "2", "page", "1-29"), zhao.fields());
        assertEquals("2013", zhao.issued());
    }

    @Test
    void aRecordListsEachNoteOnceAndNotesMayRunIntoTheTensOfThousands() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: sakhai2021: notes must list the numbers of the notes that cite the source,"
                + " each once, not \"1\""), problems(SAKHAI.replace("notes: [1]", "notes: [1, 1]")));
        List<Finding> findings = new ArrayList<>();
        Files.createDirectories(dir.resolve("notes"));
        Files.writeString(dir.resolve(SourceFile.PATH), SAKHAI.replace("notes: [1]", "notes: [1, 30414]"));
        assertEquals(List.of(1, 30414), SourceFile.read(dir, findings).get(0).notes(), "a series of many briefs numbers on");
        assertEquals(List.of(), findings);
    }

    @Test
    void aTitleTheNoteDoesNotPrintIsReported() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: sakhai2021: note 1 does not print its title \"How China Will Shape"
                + " Afghanistan's Future\": correct the record, or say why it differs under differs-from-note"),
                problems(SAKHAI.replace("title: How Russia", "title: How China") + ZHAO));
    }

    @Test
    void aCorrectedValueIsAcceptedWithItsReason() throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Source> sources = read(SAKHAI.replace("2021-06-18", "2022-06-18")
                + "  differs-from-note:\n    issued: The note prints 2021; the address dates it to 2022.\n" + ZHAO, findings);
        assertEquals(List.of(), findings);
        assertEquals(Map.of("issued", "The note prints 2021; the address dates it to 2022."), sources.get(0).differs());
    }

    @Test
    void anAuthorAYearAndAnAddressTheNoteDoesNotPrintAreReported() throws IOException {
        assertEquals(List.of(
                "notes/sources.yaml:1: sakhai2021: note 1 does not print the author's name \"Sakai\": correct the record, or say"
                        + " why it differs under differs-from-note",
                "notes/sources.yaml:1: sakhai2021: note 1 does not print its year 2020: correct the record, or say why it"
                        + " differs under differs-from-note",
                "notes/sources.yaml:1: sakhai2021: note 1 does not print its address https://example.org/sakai: correct the"
                        + " record, or say why it differs under differs-from-note"),
                problems(SAKHAI.replace("family: Sakhai", "family: Sakai").replace("2021-06-18", "2020-06-18")
                        .replace("example.org/sakhai", "example.org/sakai") + ZHAO));
    }

    @Test
    void anUnknownTypeABadDateAndAMissingTitleAreReportedAtTheRecord() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: sakhai2021: \"blog\" is not a CSL type this edition uses (article-journal,"
                + " article-magazine, article-newspaper, webpage, post-weblog, report, book, chapter, speech, interview, document,"
                + " legislation, legal_case, thesis, dataset)",
                "notes/sources.yaml:1: sakhai2021: issued must be a date written like 2021, 2021-06 or 2021-06-18, not"
                        + " \"June 18, 2021\"",
                "notes/sources.yaml:1: sakhai2021: has no title"),
                problems(SAKHAI.replace("type: webpage", "type: blog").replace("2021-06-18", "June 18, 2021")
                        .replace("  title: How Russia Will Shape Afghanistan's Future\n", "")));
    }

    @Test
    void aShortFormPointsAtTheRecordOfItsFullNote() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: sakhai2021: note 2 is a short form of note 1 and belongs to its record:"
                + " list note 1 instead"), problems(SAKHAI.replace("notes: [1]", "notes: [1, 2]") + ZHAO));
    }

    @Test
    void aShortFormWhoseFullNoteHasNoRecordIsReported() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: note 1 (notes/endnotes.yaml:1) cites a source that has no record",
                "notes/sources.yaml:1: note 2 (notes/endnotes.yaml:5) is a short form of note 1, which has no record"),
                problems(ZHAO));
    }

    @Test
    void aFullNoteWithoutARecordIsReported() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: note 3 (notes/endnotes.yaml:9) cites a source that has no record"),
                problems(SAKHAI));
    }

    @Test
    void oneSourceRecordedTwiceIsReported() throws IOException {
        assertEquals(List.of("notes/sources.yaml:11: sakhai2021b: the address https://example.org/sakhai is already recorded"
                + " on line 1: one record per source, listing all its notes"),
                problems(SAKHAI + SAKHAI.replace("sakhai2021", "sakhai2021b").replace("title: How", "title: Again, How")
                        .replace("2021-06-18", "2021") + ZHAO));
    }

    @Test
    void aNoteTheBriefDoesNotHaveIsReported() throws IOException {
        assertEquals(List.of("notes/sources.yaml:1: sakhai2021: note 9 is not one of the brief's notes"),
                problems(SAKHAI.replace("notes: [1]", "notes: [1, 9]") + ZHAO));
    }
}
