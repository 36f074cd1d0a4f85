package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** What search engines, link previews and citation managers read from the built pages. */
class MetadataIT {

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=" + name + "]");
        return meta == null ? null : meta.attr("content");
    }

    @Test
    void theOverviewDescribesTheReportInJsonLd() throws IOException {
        Element script = BuiltSite.page("index.html").selectFirst("script[type=application/ld+json]");
        JsonNode report = new ObjectMapper().readTree(script.data());
        assertEquals("https://schema.org", report.get("@context").asText());
        assertEquals("Report", report.get("@type").asText());
        assertEquals("636", report.get("reportNumber").asText());
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", report.get("name").asText());
        assertEquals("Atal Ahmadzai", report.get("author").get("name").asText());
        assertEquals("Person", report.get("author").get("@type").asText());
        assertEquals("Observer Research Foundation", report.get("publisher").get("name").asText());
        assertEquals("2023-04", report.get("datePublished").asText());
        assertEquals(report.get("name").asText(), report.get("headline").asText());
        assertEquals("card.png", report.get("image").asText());
        JsonNode citation = report.get("citation");
        assertEquals(74, citation.size(), "one work per distinct source");
        for (JsonNode work : citation) {
            assertTrue(!work.path("name").asText().isBlank() && work.has("@type"), work.toString());
        }
        JsonNode downs = citation.findParents("name").stream().filter(w -> w.path("name").asText().equals(
                "China Buys into Afghanistan")).findFirst().orElseThrow();
        assertEquals("ScholarlyArticle", downs.get("@type").asText());
        assertEquals("Erica Downs", downs.get("author").get(0).get("name").asText());
        assertEquals("2012", downs.get("datePublished").asText());
    }

    @Test
    void theLinkPreviewImageIsTheBriefsCardAt1200By630() throws IOException {
        java.awt.image.BufferedImage card = javax.imageio.ImageIO.read(BuiltSite.DIR.resolve("card.png").toFile());
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
        assertEquals(0xfdfcf9, card.getRGB(600, 600) & 0xffffff, "the site's paper colour");
        assertEquals(0x8a2c10, card.getRGB(600, 5) & 0xffffff, "the site's accent");
        int ink = 0;
        for (int x = 80; x < 1120; x++) {
            for (int y = 150; y < 380; y++) {
                if ((card.getRGB(x, y) & 0xff) < 0x60) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 20_000, "the title is drawn: " + ink + " dark pixels");
    }

    @Test
    void theOverviewCarriesGoogleScholarTags() throws IOException {
        Document index = BuiltSite.page("index.html");
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", meta(index, "name", "citation_title"));
        assertEquals("Atal Ahmadzai", meta(index, "name", "citation_author"));
        assertEquals("2023/04", meta(index, "name", "citation_publication_date"));
        assertEquals("Observer Research Foundation", meta(index, "name", "citation_technical_report_institution"));
        assertEquals("636", meta(index, "name", "citation_technical_report_number"));
    }

    @Test
    void everyPageHasADescriptionAndALinkPreview() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(BuiltSite.DIR)) {
            for (String page : files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).toList()) {
                Document document = BuiltSite.page(page);
                String description = meta(document, "name", "description");
                assertNotNull(description, page);
                assertTrue(description.length() > 40 && description.length() <= 200, page + ": " + description);
                assertEquals(description, meta(document, "property", "og:description"), page);
                assertNotNull(meta(document, "property", "og:title"), page);
                assertEquals("summary_large_image", meta(document, "name", "twitter:card"), page);
                assertEquals("card.png", meta(document, "property", "og:image"), page);
                assertTrue(meta(document, "property", "og:image:alt").startsWith("ORF Issue Brief No. 636 · April 2023: China"
                        + " and Russia Navigate Shared Threat of Terrorism from Afghanistan, by Atal Ahmadzai"), page);
            }
        }
    }

    @Test
    void actorPagesDescribeTheActorNotTheGlossary() throws IOException {
        Document imu = BuiltSite.page("actor-imu.html");
        assertEquals("Islamic Movement of Uzbekistan", meta(imu, "property", "og:title"));
        assertTrue(meta(imu, "name", "description").startsWith("The Islamic Movement of Uzbekistan is"));
    }

    @Test
    void withoutAPublicAddressThereIsNoCanonicalLinkAndNoSitemap() throws IOException {
        assertEquals(0, BuiltSite.page("index.html").select("link[rel=canonical]").size());
        assertTrue(!Files.exists(BuiltSite.DIR.resolve("sitemap.xml")));
    }
}
