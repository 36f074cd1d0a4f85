package io.briefkit.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import io.briefkit.check.PdfValidator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfEditionTest {
    static final PdfEdition.Metadata META = new PdfEdition.Metadata("The Brief", "A. Author", "Series No. 1, April 2023",
            "2026-11-29T00:00:00Z");

    @TempDir
    Path dir;
    Path project;
    Path single;

    @BeforeEach
    void setUp() throws IOException {
        project = dir.resolve("project");
        Files.createDirectories(project.resolve("pdf/fonts"));
        copy("/pdf/pdf.css", project.resolve("pdf/pdf.css"));
        // The one binary the fixture needs: a TrueType font, the one the project ships.
        Files.copy(Path.of("pdf/fonts/SourceSerif4-Regular.ttf"), project.resolve("pdf/fonts/Regular.ttf"));
        single = dir.resolve("brief.html");
        copy("/pdf/single.html", single);
    }

    private static void copy(String resource, Path to) throws IOException {
        try (InputStream in = PdfEditionTest.class.getResourceAsStream(resource)) {
            Files.copy(in, to);
        }
    }

    private Path render(String name) throws IOException {
        Path pdf = dir.resolve(name);
        assertEquals(List.of(), new PdfEdition(project, META).write(single, pdf));
        return pdf;
    }

    @Test
    void theSinglePageBecomesATaggedPdfThatVeraPdfPassesAsPdfUaAndPdfA() throws IOException {
        Path pdf = render("brief.pdf");
        assertEquals(List.of(), PdfValidator.check(pdf, "brief.pdf", PdfValidator.FLAVOURS));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertEquals("The Brief", document.getDocumentInformation().getTitle());
            assertEquals("A. Author", document.getDocumentInformation().getAuthor());
            assertEquals("Series No. 1, April 2023", document.getDocumentInformation().getSubject());
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getMarkInfo().isMarked());
        }
    }

    @Test
    void holdsTheBriefWithoutTheSitesInterface() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(render("brief.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            text = stripper.getText(document).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains("The first paragraph names Kabul and cites a source.1"), text);
        assertTrue(text.contains("The second paragraph, after the section’s heading, soft and after."),
                "words with ligatures in the font keep their letters: " + text);
        assertTrue(text.contains("1. ↑ A. Author, “A Source,” https://example.org/a."),
                "the back-link opens the note, where it cannot be left alone on a line: " + text);
        assertTrue(text.contains("Attribution: the author."), text);
        for (String away : List.of("Skip to the text", "¶", "§", "whole brief", "Download", "one part to a page")) {
            assertFalse(text.contains(away), away + " in " + text);
        }
    }

    @Test
    void itsOutlineHasEveryHeadingWithSectionsUnderTheirPart() throws IOException {
        List<String> outline = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(render("brief.pdf").toFile())) {
            walk(document.getDocumentCatalog().getDocumentOutline(), "", outline);
        }
        assertEquals(List.of("The Brief", "Part One", "  A Section", "Notes"), outline);
    }

    private static void walk(PDOutlineNode node, String indent, List<String> titles) throws IOException {
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            assertTrue(((PDPageDestination) item.getDestination()).retrievePageNumber() >= 0, item.getTitle());
            walk(item, indent + "  ", titles);
        }
    }

    @Test
    void noteReferencesLeadToTheNotesAndBackAndLinksToTheSitesPagesAreGone() throws IOException {
        List<String> links = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(render("brief.pdf").toFile())) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link) {
                        if (link.getAction() instanceof PDActionURI uri) {
                            links.add(uri.getURI());
                        } else {
                            PDPageDestination target = (PDPageDestination) (link.getDestination() != null
                                    ? link.getDestination() : ((PDActionGoTo) link.getAction()).getDestination());
                            assertTrue(target.retrievePageNumber() >= 0, link.getContents());
                            links.add(link.getContents());
                        }
                    }
                }
            }
        }
        assertEquals(List.of("Note 1", "Back to the reference in One, paragraph 1", "https://example.org/a"), links);
    }

    @Test
    void twoRendersGiveTheSameBytes() throws IOException {
        assertArrayEquals(Files.readAllBytes(render("one.pdf")), Files.readAllBytes(render("two.pdf")));
    }

    @Test
    void aMissingFontFileIsReportedAtItsLineAndNothingIsWritten() throws IOException {
        Files.delete(project.resolve("pdf/fonts/Regular.ttf"));
        Path pdf = dir.resolve("brief.pdf");
        List<Finding> findings = new PdfEdition(project, META).write(single, pdf);
        assertEquals(List.of(new Finding("pdf/pdf.css", 2, "font file fonts/Regular.ttf is missing", false)), findings);
        assertFalse(Files.exists(pdf));
        try (var left = Files.list(dir)) {
            assertEquals(List.of("brief.html", "project"), left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFontThatIsNotTrueTypeIsReported() throws IOException {
        Files.writeString(project.resolve("pdf/fonts/Regular.ttf"), "wOF2 not a TrueType font");
        List<Finding> findings = new PdfEdition(project, META).write(single, dir.resolve("brief.pdf"));
        assertEquals(1, findings.size());
        assertEquals(2, findings.get(0).line());
        assertTrue(findings.get(0).message().contains("is not a TrueType font"), findings.get(0).message());
    }

    @Test
    void aStylesheetWithoutFontsIsReported() throws IOException {
        Files.writeString(project.resolve("pdf/pdf.css"), "html { font-size: 11pt; }\n");
        assertEquals(List.of(new Finding("pdf/pdf.css", 1, "no @font-face rule: the PDF must embed its fonts, declared here",
                false)), new PdfEdition(project, META).write(single, dir.resolve("brief.pdf")));
    }
}
