package io.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.content.Citation;
import io.briefkit.content.CitationScanner;
import io.briefkit.content.ContentFile;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The build validates references by scanning the source; it must see exactly what the Markdown renders. */
class NoteSyntaxAgreementTest {
    @Test
    void scannerAndRendererAgreeOnWhatIsANoteReference() {
        String body = "A[^1] B[^01] C[^0] D[^ 2] E[^12][^13] F[^a] G[^x9] H[^99]";
        List<Integer> scanned = CitationScanner.scan(List.of(new ContentFile("c.md", List.of("~~~~~~", body), Map.of())))
                .stream().map(Citation::number).toList();
        List<Integer> rendered = Jsoup.parse(new BriefMarkdown().render(body)).select("[data-note]").stream()
                .map(e -> Integer.parseInt(e.attr("data-note"))).toList();
        assertEquals(List.of(1, 12, 13, 99), rendered);
        assertEquals(rendered, scanned);
    }
}
