package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The citations the overview offers, checked against the brief's metadata. */
class CitationsIT {

    private static String file(String name) throws IOException {
        return Files.readString(BuiltSite.DIR.resolve("cite").resolve(name));
    }

    @Test
    void theOverviewGivesApaChicagoAndMla() throws IOException {
        Document index = BuiltSite.page("index.html");
        List<String> styles = index.select("section.cite dt").eachText();
        List<String> texts = index.select("section.cite dd").eachText();
        assertEquals(List.of("APA", "Chicago", "MLA"), styles);
        assertEquals("Ahmadzai, A. (2023). China and Russia navigate shared threat of terrorism from Afghanistan"
                + " (ORF Issue Brief No. 636). Observer Research Foundation.", texts.get(0));
        assertEquals("Ahmadzai, Atal. “China and Russia Navigate Shared Threat of Terrorism from Afghanistan.”"
                + " ORF Issue Brief No. 636. Observer Research Foundation, April 2023.", texts.get(1));
        assertEquals("Ahmadzai, Atal. China and Russia Navigate Shared Threat of Terrorism from Afghanistan."
                + " Observer Research Foundation, Apr. 2023. ORF Issue Brief 636.", texts.get(2));
        assertEquals(List.of("cite/orf-brief-636.bib", "cite/orf-brief-636.ris", "cite/orf-brief-636-sources.json",
                "cite/orf-brief-636-sources.bib"), index.select("section.cite p a").eachAttr("href"));
    }

    @Test
    void bibtexDescribesTheReport() throws IOException {
        String bib = file("orf-brief-636.bib");
        assertTrue(bib.startsWith("@techreport{ahmadzai2023china,"), bib);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : bib.split("\n")) {
            if (line.contains(" = ")) {
                fields.put(line.strip().substring(0, line.strip().indexOf(' ')),
                        line.replaceFirst("^[^=]*= ", "").replaceFirst(",$", "").replaceFirst("^\\{(.*)}$", "$1"));
            }
        }
        assertEquals("Ahmadzai, Atal", fields.get("author"));
        assertEquals("{China and Russia Navigate Shared Threat of Terrorism from Afghanistan}", fields.get("title"));
        assertEquals("Observer Research Foundation", fields.get("institution"));
        assertEquals("636", fields.get("number"));
        assertEquals("2023", fields.get("year"));
        assertEquals("ORF Issue Brief", fields.get("type"));
        assertTrue(bib.contains("\n  month = apr,\n"), "the month is BibTeX's macro, unbraced, as biber wants it: " + bib);
    }

    @Test
    void risDescribesTheReport() throws IOException {
        Map<String, String> tags = new LinkedHashMap<>();
        for (String line : file("orf-brief-636.ris").split("\r\n")) {
            tags.putIfAbsent(line.substring(0, 2), line.substring(6));
        }
        assertEquals("RPRT", tags.get("TY"));
        assertEquals("Ahmadzai, Atal", tags.get("AU"));
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", tags.get("TI"));
        assertEquals("Observer Research Foundation", tags.get("PB"));
        assertEquals("ORF Issue Brief", tags.get("T2"), "the series, as Zotero reads T2 of a report");
        assertEquals("636", tags.get("SN"), "the report number, as Zotero reads SN of a report");
        assertTrue(!tags.containsKey("VL"), "no volume: a reader would show the number as \"Vol. 636\"");
        assertEquals("2023", tags.get("PY"));
        assertTrue(tags.containsKey("ER"));
    }

    @Test
    void theSourcesAreAllEightyFourNotesInCslJson() throws IOException {
        JsonNode sources = new ObjectMapper().readTree(file("orf-brief-636-sources.json"));
        assertEquals(84, sources.size());
        JsonNode kaplan = sources.get(7);
        assertEquals("note-8", kaplan.get("id").asText());
        assertEquals("Beijing's Afghan Gamble", kaplan.get("title").asText());
        assertEquals("Robert Kaplan", kaplan.get("author").get(0).get("literal").asText());
        assertEquals("The New York Times", kaplan.get("container-title").asText());
        assertEquals("[[2009,10,6]]", kaplan.get("issued").get("date-parts").toString());
        assertEquals("https://www.nytimes.com/2009/10/07/opinion/07kaplan.html", kaplan.get("URL").asText());
        for (JsonNode source : sources) {
            assertTrue(source.get("note").asText().startsWith("Note "), source.toString());
        }
    }

    @Test
    void theSourcesInBibtexHaveOneEntryPerNote() throws IOException {
        String bib = file("orf-brief-636-sources.bib");
        assertEquals(84, bib.split("@misc\\{note", -1).length - 1);
        assertTrue(bib.contains("@misc{note38,\n  author = {{Sabine Fischer and Angela Stanzel}},"), bib.substring(0, 300));
        assertTrue(bib.contains("url = {https://doi.org/10.18449/2021C50}"));
        // URLs are read verbatim: a TeX escape would be carried into the link by pandoc and citation-js.
        assertTrue(bib.contains("url = {https://thediplomat.com/2022/04/islamic-state-in-afghanistan-looks-to-recruit-regional"
                + "-tajiks-inflict-violence-against-tajikistan/#:~:text=emergence%20in%202015."), "note 71's URL as written");
        for (String line : bib.split("\n")) {
            assertTrue(!line.startsWith("  url = ") || !line.contains("\\"), line);
        }
    }
}
