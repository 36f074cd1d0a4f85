package io.briefkit.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.FixtureProject;
import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLinterTest {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = FixtureProject.create(dir);
    }

    private List<String> lint() throws IOException {
        List<Finding> findings = new ArrayList<>();
        SiteConfig config = SiteConfig.read(dir, findings);
        findings.addAll(new ContentLinter(dir, config).lint().findings());
        return findings.stream().sorted().map(Finding::toString).toList();
    }

    @Test
    void validFixtureHasNoFindings() throws IOException {
        assertEquals(List.of(), lint());
    }

    @Test
    void headerLineWithoutEqualsSignIsReportedAtItsLine() throws IOException {
        project.replace("content/one.md", "status=published\n", "status published\n");
        assertEquals(List.of("content/one.md:3: malformed header line \"status published\": expected key=value,"
                + " and the header must end with a line \"~~~~~~\""), lint());
    }

    @Test
    void fileWithoutHeaderSeparator() throws IOException {
        project.write("content/two.md", "title=Two\ntype=page\nstatus=published\norder=2\n\nText.\n");
        assertEquals(List.of("content/two.md:5: malformed header line \"\": expected key=value,"
                + " and the header must end with a line \"~~~~~~\""), lint());
    }

    @Test
    void markdownWithoutAnyHeader() throws IOException {
        project.write("content/two.md", "Just text, no header.\n");
        assertEquals(List.of("content/two.md:1: malformed header line \"Just text, no header.\": expected key=value,"
                + " and the header must end with a line \"~~~~~~\""), lint());
    }

    @Test
    void separatorWithTrailingSpaces() throws IOException {
        project.replace("content/one.md", "~~~~~~\n", "~~~~~~  \n");
        assertEquals(List.of("content/one.md:6: header separator must be exactly \"~~~~~~\""
                + " with nothing before or after it"), lint());
    }

    @Test
    void missingTitle() throws IOException {
        project.replace("content/one.md", "title=Part One\n", "");
        assertEquals(List.of("content/one.md:1: missing title= in the header"), lint());
    }

    @Test
    void emptyTitleIsReportedAtItsLine() throws IOException {
        project.replace("content/one.md", "title=Part One\n", "title=  \n");
        assertEquals(List.of("content/one.md:1: empty title= in the header"), lint());
    }

    @Test
    void unknownTemplateType() throws IOException {
        project.replace("content/one.md", "type=page\n", "type=chapter\n");
        List<String> findings = lint();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("content/one.md:2: unknown template type \"chapter\" (known: ")
                && findings.get(0).contains(" overview, page"), findings.get(0));
    }

    @Test
    void typeWhoseTemplateFileIsMissing() throws IOException {
        project.replace("jbake.properties", "template.overview.file=overview.ftl", "template.overview.file=gone.ftl");
        List<String> findings = lint();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("content/index.md:2: unknown template type \"overview\" (known: ")
                && !findings.get(0).contains("overview,") && findings.get(0).contains("page"), findings.get(0));
    }

    @Test
    void statusOtherThanPublishedOrDraft() throws IOException {
        project.replace("content/one.md", "status=published\n", "status=live\n");
        assertEquals(List.of("content/one.md:3: status must be published or draft, not \"live\""), lint());
    }

    @Test
    void orderThatIsNotANumber() throws IOException {
        project.replace("content/one.md", "order=1\n", "order=first\n");
        assertEquals(List.of("content/one.md:4: order must be a whole number, not \"first\""), lint());
    }

    @Test
    void twoPagesInTheSamePlaceOfTheReadingOrder() throws IOException {
        project.write("content/two.md", FixtureProject.page("Two", "page", 1, "Two", "Text."));
        assertEquals(List.of("content/two.md:4: order 1 is also used by content/one.md:"
                + " each page needs its own place in the reading order"), lint());
    }

    @Test
    void misspelledHeaderKey() throws IOException {
        project.replace("content/one.md", "nav=One\n", "nva=One\n");
        assertEquals(List.of("content/one.md:5: unknown header key \"nva\""
                + " (known: budget, description, nav, order, status, title, title-by, type)"), lint());
    }

    @Test
    void aBudgetThatIsNoWholeNumberOfKilobytes() throws IOException {
        project.replace("content/one.md", "nav=One\n", "nav=One\nbudget=80 KB\n");
        assertEquals(List.of("content/one.md:6: budget must be a whole number of KB, not \"80 KB\""), lint());
    }

    @Test
    void aTitleByNeitherTheAuthorNorTheEditors() throws IOException {
        project.replace("content/one.md", "nav=One\n", "nav=One\ntitle-by=us\n");
        assertEquals(List.of("content/one.md:6: title-by must be author or editors, not \"us\""), lint());
    }

    @Test
    void duplicateHeaderKey() throws IOException {
        project.replace("content/one.md", "nav=One\n", "nav=One\ntitle=Again\n");
        assertEquals(List.of("content/one.md:6: duplicate header key \"title\" (first on line 1)"), lint());
    }

    @Test
    void bareCommaInSiteSetting() throws IOException {
        project.replace("jbake.properties", "brief.author=Ada Fixture", "brief.author=Fixture, Ada");
        List<String> findings = lint();
        assertEquals(1, findings.size(), findings::toString);
        assertEquals(true, findings.get(0).matches("jbake\\.properties:\\d+: write each comma in brief\\.author as \\\\, .*"),
                findings.get(0));
    }

    @Test
    void missingSiteSetting() throws IOException {
        project.replace("jbake.properties", "brief.author=Ada Fixture\n", "");
        assertEquals(List.of("jbake.properties: missing brief.author=…; every page prints it"), lint());
    }

    private ContentLinter.Result lint(ContentLinter.Memory memory) throws IOException {
        return new ContentLinter(dir, SiteConfig.read(dir, new ArrayList<>())).lint(memory);
    }

    private static ContentFile file(ContentLinter.Result result, String path) {
        return result.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aFileReadAgainWithTheSameBytesIsTheFileReadBeforeAndAnEditedOneIsReadAfresh() throws IOException {
        project.write("content/two.md", "title=Two\ntype=page\nstatus=published\norder=2\n~~~~~~\n\nText.\n");
        ContentLinter.Memory memory = new ContentLinter.Memory();
        ContentLinter.Result first = lint(memory);
        project.replace("content/two.md", "Text.", "Text, edited.");
        ContentLinter.Result second = lint(memory);
        assertSame(file(first, "content/one.md"), file(second, "content/one.md"));
        assertEquals("Text, edited.", file(second, "content/two.md").lines().get(6));
        assertEquals(file(second, "content/two.md"), file(lint(new ContentLinter.Memory()), "content/two.md"), "as a linter without memory reads it");
    }

    @Test
    void aFileWithAProblemHasItReportedAtEveryReadingNotOnlyTheFirst() throws IOException {
        project.replace("content/one.md", "status=published\n", "status published\n");
        ContentLinter.Memory memory = new ContentLinter.Memory();
        List<Finding> first = lint(memory).findings();
        assertEquals(1, first.size());
        assertEquals(first, lint(memory).findings());
    }

    @Test
    void linesEndAtAnyLineBreakAndTextThatIsNotUtf8IsReported() throws IOException {
        Path two = dir.resolve("content/two.md");
        java.nio.file.Files.writeString(two, "title=Two\r\ntype=page\rstatus=published\norder=2\r\n~~~~~~\r\n\r\nText.\r\n");
        ContentLinter.Memory memory = new ContentLinter.Memory();
        assertEquals(java.nio.file.Files.readAllLines(two), file(lint(memory), "content/two.md").lines());
        java.nio.file.Files.write(two, new byte[] {'t', 'i', (byte) 0xC3, '=', '\n'});
        assertEquals(List.of("content/two.md: not valid UTF-8 text"),
                lint(memory).findings().stream().map(Finding::toString).toList());
    }

    @Test
    void theMarkdownFilesInTheContentFolderAndItsFoldersAreReadInOrderAndNamedByTheirPlaceInTheProject() throws IOException {
        project.write("content/b/three.md", "title=Three\ntype=page\nstatus=published\norder=3\n~~~~~~\n\nText.\n");
        project.write("content/two.md", "title=Two\ntype=page\nstatus=published\norder=2\n~~~~~~\n\nText.\n");
        project.write("content/notes.txt", "Not Markdown.\n");
        java.nio.file.Files.createDirectories(dir.resolve("content/folder.md"));
        java.nio.file.Files.createSymbolicLink(dir.resolve("content/linked.md"), dir.resolve("content/two.md"));
        List<String> paths = lint(new ContentLinter.Memory()).files().stream().map(ContentFile::path).toList();
        assertEquals(List.of("content/b/three.md", "content/glossary.md", "content/index.md", "content/linked.md", "content/one.md",
                "content/two.md"), paths);
    }
}
