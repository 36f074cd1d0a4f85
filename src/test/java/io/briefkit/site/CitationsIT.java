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
    void theOverviewCitesTheBriefInFiveStylesFormattedByTheCslProcessor() throws IOException {
        Document index = BuiltSite.page("index.html");
        assertEquals(List.of("APA", "Chicago (author-date)", "Chicago (notes and bibliography)", "MLA", "Harvard"),
                index.select("section.cite dt").eachText());
        List<String> texts = index.select("section.cite dd").eachText();
        // As each style cites a report in a numbered series, written from the brief's title page.
        assertEquals("Ahmadzai, A. (2023). China and Russia navigate shared threat of terrorism from Afghanistan"
                + " (ORF Issue Brief 636). Observer Research Foundation.", texts.get(0));
        assertEquals("Ahmadzai, Atal. 2023. “China and Russia Navigate Shared Threat of Terrorism from Afghanistan.”"
                + " ORF Issue Brief 636. Observer Research Foundation.", texts.get(1));
        assertEquals("Ahmadzai, Atal. “China and Russia Navigate Shared Threat of Terrorism from Afghanistan.”"
                + " ORF Issue Brief 636. Observer Research Foundation, April 2023.", texts.get(2));
        assertEquals("Ahmadzai, Atal. China and Russia Navigate Shared Threat of Terrorism from Afghanistan."
                + " ORF Issue Brief, 636, Observer Research Foundation, Apr. 2023.", texts.get(3));
        assertEquals("Ahmadzai, A. (2023) China and Russia Navigate Shared Threat of Terrorism from Afghanistan."
                + " ORF Issue Brief 636. Observer Research Foundation.", texts.get(4));
        assertEquals("China and Russia navigate shared threat of terrorism from Afghanistan",
                index.selectFirst("section.cite dd i").text(), "APA italicises the report's title");
        assertEquals(List.of("cite/orf-brief-636.bib", "cite/orf-brief-636.ris", "cite/orf-brief-636.json", "sources.html",
                "cite/orf-brief-636-sources.bib", "cite/orf-brief-636-sources.ris", "cite/orf-brief-636-sources.json"),
                index.select("section.cite p a").eachAttr("href"));
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
    void cslJsonDescribesTheReportInItsSeries() throws IOException {
        JsonNode brief = new ObjectMapper().readTree(file("orf-brief-636.json")).get(0);
        assertEquals("report", brief.get("type").asText());
        assertEquals("Ahmadzai", brief.get("author").get(0).get("family").asText());
        assertEquals("Atal", brief.get("author").get(0).get("given").asText());
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", brief.get("title").asText());
        assertEquals("ORF Issue Brief", brief.get("collection-title").asText());
        assertEquals("636", brief.get("collection-number").asText());
        assertEquals("Observer Research Foundation", brief.get("publisher").asText());
        assertEquals("[[2023,4]]", brief.get("issued").get("date-parts").toString());
    }
}
