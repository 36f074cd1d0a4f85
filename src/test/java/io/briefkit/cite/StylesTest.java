package io.briefkit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.content.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Records rendered by citeproc-java, in the styles the edition offers, as HTML the site's policy allows. */
class StylesTest {
    static final Source SAKHAI = new Source("sakhai2021", List.of(1), "analysis", "webpage",
            List.of(new Source.Name("Sakhai", "Nelofar", "")), "2021-06-18",
            Map.of("title", "How Russia, China, and Iran Will Shape Afghanistan's Future", "container-title", "Atlantic Council",
                    "URL", "https://example.org/sakhai"), Map.of(), 1);
    static final Source DOWNS = new Source("downs2012", List.of(9), "academic", "article-journal",
            List.of(new Source.Name("Downs", "Erica", "")), "2012",
            Map.of("title", "China Buys into Afghanistan", "container-title", "SAIS Review of International Affairs",
                    "volume", "32", "issue", "2", "page", "65-84"), Map.of(), 1);
    static final Source DAWI_A = news("dawi2022a", "Russia Offers Excuses", "2022-09-13");
    static final Source DAWI_B = news("dawi2022b", "IS Recruits Multiethnic Fighters", "2022-12-15");

    private static Source news(String id, String title, String date) {
        return new Source(id, List.of(1), "news", "article-newspaper", List.of(new Source.Name("Dawi", "Akmal", "")), date,
                Map.of("title", title, "container-title", "Voice of America"), Map.of(), 1);
    }

    private static List<de.undercouch.citeproc.csl.CSLItemData> items(Source... sources) {
        return java.util.Arrays.stream(sources).map(CslItems::of).toList();
    }

    @Test
    void apaInvertsAuthorsGivesTheWholeDateAndTheJournalsVolumeIssueAndPages() {
        Map<String, String> apa = Styles.bibliography("apa", items(SAKHAI, DOWNS));
        assertEquals(List.of("downs2012", "sakhai2021"), List.copyOf(apa.keySet()), "sorted by author");
        assertEquals("Downs, E. (2012). China Buys into Afghanistan. <i>SAIS Review of International Affairs</i>, <i>32</i>(2),"
                + " 65–84.", apa.get("downs2012"));
        assertEquals("Sakhai, N. (2021, June 18). <i>How Russia, China, and Iran Will Shape Afghanistan’s Future</i>. Atlantic"
                + " Council. <a href=\"https://example.org/sakhai\">https://example.org/sakhai</a>", apa.get("sakhai2021"));
    }

    @Test
    void chicagoGivesTheFullNameAndTheIssueAfterTheVolume() {
        Map<String, String> chicago = Styles.bibliography("chicago-note-bibliography", items(DOWNS));
        assertEquals("Downs, Erica. “China Buys into Afghanistan.” <i>SAIS Review of International Affairs</i> 32, no. 2"
                + " (2012): 65–84.", chicago.get("downs2012"));
    }

    @Test
    void twoWorksOfOneAuthorInOneYearAreEachMatchedToTheirRecord() {
        Map<String, String> apa = Styles.bibliography("apa", items(DAWI_B, DAWI_A));
        assertEquals(List.of("dawi2022a", "dawi2022b"), List.copyOf(apa.keySet()), "by date");
        assertTrue(apa.get("dawi2022a").contains("Russia Offers Excuses"), apa.get("dawi2022a"));
        assertTrue(apa.get("dawi2022b").contains("IS Recruits"), apa.get("dawi2022b"));
    }

    @Test
    void theProcessorsInlineStylesBecomeElements() {
        for (String style : Styles.BRIEF_STYLES.values()) {
            for (String entry : Styles.bibliography(style, items(SAKHAI, DOWNS)).values()) {
                assertFalse(entry.contains("style="), style + ": " + entry);
                assertFalse(entry.contains("<div"), style + ": " + entry);
            }
        }
        assertEquals("A <i>B</i> <b>C</b> <span class=\"small-caps\">D</span>", Styles.clean("<div class=\"csl-entry\">A"
                + " <span style=\"font-style: italic\">B</span> <span style=\"font-weight:bold\">C</span>"
                + " <span style=\"font-variant: small-caps\">D</span></div>"));
    }

    @Test
    void theBriefIsAReportInItsSeries() {
        Brief brief = new Brief("China and Russia Navigate Shared Threat", "China and Russia navigate shared threat", "Atal",
                "Ahmadzai", "Observer Research Foundation", "ORF Issue Brief No. 636", "636", 2023, 4, null, "");
        Map<String, String> cited = SourceBibliography.citeBrief(brief);
        assertEquals("Ahmadzai, A. (2023). <i>China and Russia navigate shared threat</i> (ORF Issue Brief 636). Observer"
                + " Research Foundation.", cited.get("APA"));
        assertEquals("Ahmadzai, Atal. <i>China and Russia Navigate Shared Threat</i>. ORF Issue Brief, 636, Observer Research"
                + " Foundation, Apr. 2023.", cited.get("MLA"));
        assertTrue(Styles.known("apa") && !Styles.known("apa-7"));
    }
}
