package io.briefkit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefkit.content.Source;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.Test;

/** The exports of small records, read back as citation managers read them. */
class SourceExportsTest {
    private static final Source FRAGMENTED = new Source("webber2022", List.of(71), "news", "article-magazine",
            List.of(new Source.Name("Webber", "Lucas", ""), new Source.Name("Valle", "Riccardo", "")), "2022-04-29",
            Map.of("title", "Islamic State Looks to Recruit Tajiks & Uzbeks at 100% Effort", "container-title", "The Diplomat",
                    "URL", "https://example.org/a_b?x=1%20y#top"), Map.of(), 1);
    private static final Source ORGANISATION = new Source("sigar2022", List.of(75), "government", "report",
            List.of(new Source.Name("", "", "Special Inspector General for Afghanistan Reconstruction")), "2022-01-30",
            Map.of("title", "Quarterly Report", "collection-title", "Quarterly Report", "collection-number", "2022-1"),
            Map.of(), 1);
    private static final List<Source> SOURCES = List.of(FRAGMENTED, ORGANISATION, StylesTest.DOWNS);

    @Test
    void biblatexParsesBackWithEscapedTextVerbatimAddressesAndIsoDates() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(SourceExports.biblatex(SOURCES)));
        assertEquals(3, database.getEntries().size());
        BibTeXEntry webber = database.getEntries().get(new Key("webber2022"));
        assertEquals(new Key("article"), webber.getType());
        assertEquals("Islamic State Looks to Recruit Tajiks \\& Uzbeks at 100\\% Effort",
                webber.getField(BibTeXEntry.KEY_TITLE).toUserString());
        assertEquals("https://example.org/a_b?x=1%20y#top", webber.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals("Webber, Lucas and Valle, Riccardo", webber.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        assertEquals("2022-04-29", webber.getField(new Key("date")).toUserString());
        assertEquals("magazine", webber.getField(new Key("entrysubtype")).toUserString());
        BibTeXEntry sigar = database.getEntries().get(new Key("sigar2022"));
        assertEquals(new Key("report"), sigar.getType());
        assertEquals("{Special Inspector General for Afghanistan Reconstruction}",
                sigar.getField(BibTeXEntry.KEY_AUTHOR).toUserString(), "an organisation is one name, braced");
        assertEquals("Quarterly Report", sigar.getField(BibTeXEntry.KEY_TYPE).toUserString());
        assertEquals("65--84", database.getEntries().get(new Key("downs2012")).getField(BibTeXEntry.KEY_PAGES).toUserString());
    }

    @Test
    void cslJsonHoldsOneItemPerRecordWithNamesDatesAndFields() throws Exception {
        JsonNode items = new ObjectMapper().readTree(SourceExports.cslJson(SOURCES));
        assertEquals(3, items.size());
        assertEquals("Webber", items.get(0).get("author").get(0).get("family").asText());
        assertEquals("[[2022,4,29]]", items.get(0).get("issued").get("date-parts").toString());
        assertEquals("article-magazine", items.get(0).get("type").asText());
        assertEquals("Special Inspector General for Afghanistan Reconstruction",
                items.get(1).get("author").get(0).get("literal").asText());
        assertEquals("65-84", items.get(2).get("page").asText());
    }

    @Test
    void risGivesEachAuthorTheDateAndThePagesInTheirOwnTags() {
        String ris = SourceExports.ris(SOURCES);
        assertTrue(ris.startsWith("TY  - MGZN\r\nAU  - Webber, Lucas\r\nAU  - Valle, Riccardo\r\nTI  - "), ris);
        assertTrue(ris.contains("DA  - 2022/04/29/\r\n"), ris);
        assertTrue(ris.contains("TY  - RPRT\r\nAU  - Special Inspector General for Afghanistan Reconstruction\r\n"), ris);
        assertTrue(ris.contains("SN  - 2022-1\r\n"), "a report's number: " + ris);
        assertTrue(ris.contains("SP  - 65\r\nEP  - 84\r\n"), ris);
        assertEquals(3, ris.split("ER  - \r\n", -1).length - 1);
    }
}
