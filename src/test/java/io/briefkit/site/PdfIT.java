package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.check.PdfValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
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
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The PDF edition of the brief, as {@code mvn package} made it, read back with PDFBox and checked by veraPDF. */
class PdfIT {
    static final Path PDF = Path.of(System.getProperty("pdf", "target/orf-brief-636-1.0.0.pdf"));
    static final String TITLE = "China and Russia Navigate Shared Threat of Terrorism from Afghanistan";

    /** The text of the pages without the running title and the page numbers in their margins. */
    private static String text(PDDocument document) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        StringBuilder text = new StringBuilder();
        for (String line : stripper.getText(document).split("\\R")) {
            if (!line.strip().equals(TITLE) && !line.strip().matches("\\d+ of \\d+")) {
                text.append(line).append('\n');
            }
        }
        return text.toString();
    }

    /** Text compared without spaces or digits: a line may break anywhere in an address, and note numbers sit in the text. */
    private static String squeezed(String text) {
        return BriefTextIT.normalize(text).replaceAll("[\\s\\d]", "");
    }

    @Test
    void veraPdfFindsNothingAgainstPdfUaOrPdfA() {
        assertEquals(List.of(), PdfValidator.check(PDF, PDF.getFileName().toString(), PdfValidator.FLAVOURS));
    }

    @Test
    void itHoldsEveryParagraphOfTheBriefInOrderThenEveryNote() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            // Note numbers (with a dagger where the editors restored them) sit against the word or the
            // punctuation they follow, several with commas between;
            // the lettered footnote's "a" against its comma.
            text = squeezed(text(document).replaceAll("(?<=[.,;:’”\"\\p{L})])\\d{1,2}†?(,\\d{1,2}†?)*", "")
                    .replaceAll("(?<=[.,;:])a(?=\\s)", ""));
        }
        int at = 0;
        for (String paragraph : BriefTextIT.sourceParagraphs()) {
            int found = text.indexOf(squeezed(paragraph), at);
            assertTrue(found >= at, "paragraph missing or out of order: " + paragraph);
            at = found;
        }
        // The notes as the single page, the PDF's source, prints them: addresses in full.
        List<Element> notes = BuiltSite.page("brief.html").select("section.endnotes li .note-text");
        assertEquals(84, notes.size());
        for (Element note : notes) {
            int found = text.indexOf(squeezed(note.text()), at);
            assertTrue(found >= at, "note missing or out of order: " + note.text());
            at = found;
        }
    }

    @Test
    void itsTextKeepsTheAuthorsCharacters() throws IOException {
        String text;
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            text = text(document);
        }
        assertTrue(text.contains("China’s and Russia’s"), "the typographic apostrophe, not a look-alike");
        assertTrue(text.contains(" after ") && text.contains("shifted"), "words with the font's ft ligature keep their letters");
        assertEquals(-1, text.indexOf('\u02BC'));
        assertEquals(-1, text.indexOf('\uFFFD'));
    }

    @Test
    void itsOutlineHasOneEntryPerHeadingOfTheSinglePage() throws IOException {
        List<String> headings = new ArrayList<>();
        for (Element heading : BuiltSite.page("brief.html").select("main h1, main h2, main h3, main h4")) {
            Element copy = heading.clone();
            copy.select(".permalink").remove();
            Element supplied = copy.selectFirst(".supplied-words");
            headings.add(supplied == null ? copy.text().strip() : "[" + supplied.text() + "]");
        }
        List<String> outline = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            walk(document.getDocumentCatalog().getDocumentOutline(), outline);
        }
        assertEquals(headings, outline);
        assertTrue(outline.containsAll(List.of("Abstract", "China’s Ambitions", "[About the Author]", "Notes")), outline::toString);
    }

    private static void walk(PDOutlineNode node, List<String> titles) throws IOException {
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            assertTrue(((PDPageDestination) item.getDestination()).retrievePageNumber() >= 0, item.getTitle());
            walk(item, titles);
        }
    }

    @Test
    void everyNoteReferenceLeadsToItsNoteAndBackAndEveryInternalLinkResolves() throws IOException {
        int references = 0;
        int backLinks = 0;
        int external = 0;
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) {
                        continue;
                    }
                    assertNotNull(link.getContents(), "every link described for screen readers");
                    if (link.getAction() instanceof PDActionURI) {
                        external++;
                        continue;
                    }
                    PDPageDestination target = (PDPageDestination) (link.getDestination() != null
                            ? link.getDestination() : ((PDActionGoTo) link.getAction()).getDestination());
                    assertTrue(target.retrievePageNumber() >= 0, link.getContents());
                    references += link.getContents().matches("Note \\d+(, marker restored by the editors)?|Footnote a") ? 1 : 0;
                    backLinks += link.getContents().startsWith("Back to") ? 1 : 0;
                }
            }
        }
        assertEquals(85, references, "84 notes and the lettered footnote, each cited once");
        assertEquals(85, backLinks);
        assertTrue(external >= 70, "the notes' sources stay linked: " + external);
    }

    @Test
    void itDescribesItself() throws IOException {
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            assertEquals(TITLE, document.getDocumentInformation().getTitle());
            assertEquals("Atal Ahmadzai", document.getDocumentInformation().getAuthor());
            assertTrue(document.getDocumentInformation().getSubject().startsWith("ORF Issue Brief No. 636"));
            assertEquals("en", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getViewerPreferences().displayDocTitle());
        }
    }

    @Test
    void itIsOfferedToScholarlySearchEnginesAndInTheOfflineEdition() throws IOException {
        Document overview = BuiltSite.page("index.html");
        assertEquals("downloads/orf-brief-636-1.0.0.pdf",
                overview.selectFirst("head meta[name=citation_pdf_url]").attr("content"));
        assertTrue(Files.isRegularFile(BuiltSite.DIR.resolve("downloads/orf-brief-636-1.0.0.pdf")));
        try (ZipFile zip = new ZipFile(BuiltSite.DIR.resolve("downloads/orf-brief-636-1.0.0-offline.zip").toFile())) {
            assertNotNull(zip.getEntry("orf-brief-636-1.0.0/downloads/orf-brief-636-1.0.0.pdf"),
                    "the offline edition holds the PDF");
        }
    }
}
