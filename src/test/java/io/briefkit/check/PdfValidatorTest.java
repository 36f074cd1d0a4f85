package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfValidatorTest {
    @TempDir
    Path dir;

    /** A PDF as most tools write one: text on a page, in a font it does not embed, with no tags. */
    private Path untagged() throws IOException {
        Path pdf = dir.resolve("untagged.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN), 12);
                text.newLineAtOffset(72, 700);
                text.showText("A paragraph no screen reader can place.");
                text.endText();
            }
            document.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void anUntaggedPdfFailsPdfUaWithTheRulesItBreaks() throws IOException {
        List<Finding> findings = PdfValidator.check(untagged(), "untagged.pdf", PdfValidator.FLAVOURS);
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.path().equals("untagged.pdf") && !f.warning()));
        List<String> messages = findings.stream().map(Finding::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("veraPDF ua1 rule 7.1-3 fails")
                && m.contains("Artifact") && m.contains("first at")), messages::toString);
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("veraPDF 2a rule")), "PDF/A-2a too: " + messages);
    }

    @Test
    void aFileThatIsNoPdfIsReportedNotThrown() throws IOException {
        Path notPdf = Files.writeString(dir.resolve("brief.pdf"), "<html>not a PDF</html>");
        List<Finding> findings = PdfValidator.check(notPdf, "brief.pdf", PdfValidator.FLAVOURS);
        assertFalse(findings.isEmpty());
        assertTrue(findings.get(0).message().startsWith("veraPDF could not read the PDF"), findings.get(0).message());
    }
}
