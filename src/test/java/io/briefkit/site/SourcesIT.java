package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Sources page and the sources' exports, checked against entries a person wrote from the notes. */
class SourcesIT {
    /** The brief's notes cite 74 distinct sources: 84 notes, less 8 short forms and 2 repeats (59 of 42, 77 of 62). */
    private static final int SOURCES = 74;

    /**
     * Entries as APA 7 gives them, written from the notes (with the records' documented
     * corrections: Stepanova's year from the journal's volume, the joint statement's year from
     * its address and note 77, the Times's headline and date from the article's address), and the
     * notes that cite each. Titles keep the author's capitalisation; a processor cannot
     * sentence-case them faithfully.
     */
    private static final Map<String, String[]> EXPECTED = new LinkedHashMap<>();
    static {
        EXPECTED.put("thomas2022", new String[] {"government", "Thomas, C. (2022). Afghanistan: Background and U.S. Policy: In"
                + " Brief (CRS Report R45122). Congressional Research Service. https://crsreports.congress.gov/product/pdf/R/R45122",
                "73"});
        EXPECTED.put("mfaprc2023b", new String[] {"government", "Ministry of Foreign Affairs of the People’s Republic of"
                + " China. (2023, April 14). Joint Statement of the Second Informal Meeting on Afghanistan Between Foreign"
                + " Ministers of China, Russia, Pakistan and Iran."
                + " https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/202304/t20230414_11059063.html", "62, 77"});
        EXPECTED.put("sigar2022", new String[] {"government", "Special Inspector General for Afghanistan Reconstruction."
                + " (2022). Quarterly Report to the United States Congress."
                + " https://www.sigar.mil/pdf/quarterlyreports/2022-01-30qr.pdf", "75"});
        EXPECTED.put("sakhai2021", new String[] {"analysis", "Sakhai, N. (2021, June 18). How Russia, China, and Iran Will"
                + " Shape Afghanistan’s Future. Atlantic Council."
                + " https://www.atlanticcouncil.org/blogs/new-atlanticist/how-russia-china-and-iran-will-shape-afghanistans-future/",
                "1"});
        EXPECTED.put("fischer2021", new String[] {"analysis", "Fischer, S., & Stanzel, A. (2021). Afghanistan: The West Fails"
                + " a Win for China and Russia?: The Views from Beijing and Moscow. German Institute for International and"
                + " Security Affairs. https://doi.org/10.18449/2021C50", "38"});
        EXPECTED.put("pandey2019", new String[] {"analysis", "Pandey, S. (2019). Understanding China’s Afghanistan Policy:"
                + " From Calculated Indifference to Strategic Engagement (ORF Issue Brief 305). Observer Research Foundation.",
                "24"});
        EXPECTED.put("webber2023", new String[] {"analysis", "Webber, L. (2023). ISKP Attack on Chinese Nationals in Kabul"
                + " Unleashes Wave of Anti-Chinese Jihadist Propaganda. Terrorism Monitor, 21(1).", "69"});
        EXPECTED.put("downs2012", new String[] {"academic", "Downs, E. (2012). China Buys into Afghanistan. SAIS Review of"
                + " International Affairs, 32(2), 65–84.", "9"});
        EXPECTED.put("stepanova2021", new String[] {"academic", "Stepanova, E. (2021). Russia and the Search for a Negotiated"
                + " Solution in Afghanistan. Europe-Asia Studies, 73(5), 928–952.", "36"});
        EXPECTED.put("kaplan2012", new String[] {"academic", "Kaplan, R. (2012). The Revenge of Geography: What the Map"
                + " Tells Us About Coming Conflicts and the Battle Against Fate. Random House.", "18"});
        EXPECTED.put("zhao2013", new String[] {"academic", "Zhao, H. (2013). China’s Afghan Policy: The Forming of the"
                + " “March West” Strategy? The Journal of East Asian Affairs, 27(2), 1–29.", "14, 15"});
        EXPECTED.put("ahmadzai2022", new String[] {"academic", "Ahmadzai, A. (2022). IS-Khorasan: Organizational Structure,"
                + " Ideological Convergence with the Taliban, and Future Prospects. Perspectives on Terrorism, 16(5), 2–19.",
                "67, 72, 80"});
        EXPECTED.put("baker2009", new String[] {"news", "Baker, P. (2009, July 3). Russia to Open Airspace to U.S. for Afghan"
                + " War. The New York Times. https://www.nytimes.com/2009/07/04/world/europe/04russia.html", "30"});
        EXPECTED.put("reuters2022", new String[] {"news", "Russia Accredits Taliban Envoy, Voices Concern about Islamist"
                + " Groups. (2022, March 31). Reuters."
                + " https://www.reuters.com/world/russia-concerned-islamic-states-plans-destabilise-central-asia-report-2022-03-31/",
                "42, 59"});
        EXPECTED.put("kozlov2021", new String[] {"news", "Kozlov, P., & Rynda, A. (2021, August 21). Afghan Crisis: Russia"
                + " Plans for New Era with Taliban Rule. BBC News. https://www.bbc.com/news/world-europe-58265934", "34, 41"});
        EXPECTED.put("wong2015", new String[] {"news", "Wong, E., & Mashal, M. (2015, May 25). Taliban and Afghan Peace"
                + " Officials Have Secret Talks in China. The New York Times."
                + " https://www.nytimes.com/2015/05/26/world/asia/taliban-and-afghan-peace-officials-have-secret-talks-in-china.html",
                "26"});
        EXPECTED.put("iskp2023", new String[] {"primary", "Islamic State Wilayat Khurasan. (2023, January). Issue 17. Voice"
                + " of Khurasan. https://jihadology.net/wp-content/uploads/_pda/2023/01/"
                + "The-Islamic-States-Wila%CC%84yat-Khura%CC%84sa%CC%84n-Voice-of-Khura%CC%84sa%CC%84n-17.pdf", "68"});
    }

    private static String file(String name) throws IOException {
        return Files.readString(BuiltSite.DIR.resolve("cite").resolve(name));
    }

    @Test
    void theSourcesPageGivesEachReviewedEntryInApaUnderItsKindWithTheNotesThatCiteIt() throws IOException {
        Document page = BuiltSite.page("sources.html");
        assertEquals("American Psychological Association 7th edition", page.selectFirst("[data-sources-style]").text(),
                "the page names the style jbake.properties sets");
        for (Map.Entry<String, String[]> expected : EXPECTED.entrySet()) {
            Element item = page.getElementById("source-" + expected.getKey());
            assertNotNull(item, expected.getKey());
            Element list = item.parent();
            assertEquals("kind-" + expected.getValue()[0], list.previousElementSibling().id(), expected.getKey());
            assertEquals(expected.getValue()[1], item.selectFirst("p.csl-entry").text(), expected.getKey());
            List<String> notes = new ArrayList<>();
            for (Element link : item.select("p.cited a[href^=notes.html#note-]")) {
                notes.add(link.text());
            }
            assertEquals(expected.getValue()[2], String.join(", ", notes), expected.getKey());
        }
    }

    @Test
    void everySourceIsListedOnceWithNoEmptyEntryAndEveryNoteLeadsToItsPlaceInTheText() throws IOException {
        Document page = BuiltSite.page("sources.html");
        List<Element> items = page.select("ul.bibliography > li");
        assertEquals(SOURCES, items.size());
        Set<String> entries = new HashSet<>();
        Set<Integer> notes = new TreeSet<>();
        for (Element item : items) {
            String entry = item.selectFirst("p.csl-entry").text();
            assertTrue(entry.length() > 40 && !entry.contains("n.d."), entry);
            assertTrue(entries.add(entry), "listed twice: " + entry);
            for (Element link : item.select("p.cited a[href^=notes.html#note-]")) {
                notes.add(Integer.parseInt(link.text()));
                Element place = link.nextElementSibling();
                assertNotNull(place, "where note " + link.text() + " is cited");
                String[] target = place.attr("href").split("#");
                assertNotNull(BuiltSite.page(target[0]).getElementById(target[1]), place.attr("href"));
            }
        }
        assertEquals(84, notes.size(), "every note, short forms included, leads to a source");
        assertEquals(List.of("kind-government", "kind-analysis", "kind-academic", "kind-news", "kind-primary"),
                page.select("[data-sources] > h2").eachAttr("id"));
        assertTrue(page.select("[style]").isEmpty(), "no inline style for the CSP to block");
    }

    @Test
    void theCslJsonHasOneItemPerSourceWithTitlesAndPersonalAuthorsByFamilyName() throws IOException {
        JsonNode items = new ObjectMapper().readTree(file("orf-brief-636-sources.json"));
        assertEquals(SOURCES, items.size());
        Set<String> ids = new HashSet<>();
        for (JsonNode item : items) {
            assertTrue(ids.add(item.get("id").asText()));
            assertFalse(item.path("title").asText().isBlank(), item.toString());
            assertTrue(item.has("issued"), item.toString());
            for (JsonNode author : item.path("author")) {
                assertTrue(author.has("family") != author.has("literal"), author.toString());
                assertFalse(author.path("family").asText().contains(" and "), author.toString());
            }
        }
        JsonNode stepanova = findById(items, "stepanova2021");
        assertEquals("Europe-Asia Studies", stepanova.get("container-title").asText());
        assertEquals("73", stepanova.get("volume").asText());
        assertEquals("5", stepanova.get("issue").asText());
        assertEquals("928-952", stepanova.get("page").asText());
        assertEquals(2021, stepanova.get("issued").get("date-parts").get(0).get(0).asInt());
        JsonNode kofman = findById(items, "kofman2021");
        assertEquals(List.of("Kofman", "Stein", "Sun"), kofman.get("author").findValuesAsText("family"));
    }

    private static JsonNode findById(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void theBibtexParsesBackWithATitleAndADateInEveryEntryAndAddressesUnescaped() throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(file("orf-brief-636-sources.bib")));
        Map<Key, BibTeXEntry> entries = database.getEntries();
        assertEquals(SOURCES, entries.size());
        for (BibTeXEntry entry : entries.values()) {
            assertNotNull(entry.getField(BibTeXEntry.KEY_TITLE), entry.getKey().getValue());
            assertNotNull(entry.getField(new Key("date")), entry.getKey().getValue());
            assertTrue(entry.getField(new Key("date")).toUserString().matches("\\d{4}(-\\d{2}){0,2}"), entry.getKey().getValue());
            assertEquals(null, entry.getField(BibTeXEntry.KEY_MONTH), "biber wants the date, not a braced month");
            if (entry.getField(BibTeXEntry.KEY_URL) != null) {
                assertFalse(entry.getField(BibTeXEntry.KEY_URL).toUserString().contains("\\"), entry.getKey().getValue());
            }
        }
        BibTeXEntry grossman = entries.get(new Key("grossman2021"));
        assertEquals("https://www.rand.org/blog/2021/08/chinese-recognition-of-the-taliban-is-all-but-inevitable.html",
                grossman.getField(BibTeXEntry.KEY_URL).toUserString());
        assertEquals("Grossman, Derek", grossman.getField(BibTeXEntry.KEY_AUTHOR).toUserString());
        BibTeXEntry downs = entries.get(new Key("downs2012"));
        assertEquals(new Key("article"), downs.getType());
        assertEquals("SAIS Review of International Affairs", downs.getField(new Key("journaltitle")).toUserString());
        assertEquals("65--84", downs.getField(BibTeXEntry.KEY_PAGES).toUserString());
    }

    @Test
    void theRisHasOneRecordPerSourceEachWithTypeTitleAndYear() throws IOException {
        String[] records = file("orf-brief-636-sources.ris").split("ER  - \r\n");
        List<Map<String, List<String>>> parsed = new ArrayList<>();
        for (String record : records) {
            if (record.isBlank()) {
                continue;
            }
            Map<String, List<String>> tags = new LinkedHashMap<>();
            for (String line : record.strip().split("\r\n")) {
                assertTrue(line.matches("[A-Z][A-Z0-9]  - .+"), line);
                tags.computeIfAbsent(line.substring(0, 2), k -> new ArrayList<>()).add(line.substring(6));
            }
            parsed.add(tags);
        }
        assertEquals(SOURCES, parsed.size());
        for (Map<String, List<String>> tags : parsed) {
            assertTrue(tags.containsKey("TY") && tags.containsKey("TI") && tags.containsKey("PY"), tags.toString());
        }
        Map<String, List<String>> kofman = parsed.stream().filter(t -> t.get("ID").get(0).equals("kofman2021")).findFirst()
                .orElseThrow();
        assertEquals(List.of("Kofman, Michael", "Stein, Aaron", "Sun, Yun"), kofman.get("AU"));
        assertEquals(List.of("2021/08/31/"), kofman.get("DA"));
    }

    @Test
    void everyRecordThatDepartsFromItsNoteSaysSoUnderItsEntryAndNoOtherDoes() throws IOException {
        // The records where the editors give a value the note does not print, listed from notes/sources.yaml's review.
        Set<String> departing = Set.of("ghani2016", "mfaprc2021", "mfaprc2022a", "mfaprc2022b", "mfaprc2023a", "mfaprc2023b",
                "rfpresident2023", "sigar2022", "felbabbrown2020", "stent2021", "stepanova2021", "wong2015", "iskp2023");
        Document page = BuiltSite.page("sources.html");
        Set<String> shown = new TreeSet<>();
        for (Element details : page.select("ul.bibliography > li > details.editors")) {
            shown.add(details.parent().id().substring("source-".length()));
            assertEquals("The editors’ record departs from the note", details.selectFirst("summary").text());
            assertTrue(details.selectFirst("p").text().matches("(Title|Author|Date|Address): .*(prints|names|gives).*"),
                    details.text());
        }
        assertEquals(new TreeSet<>(departing), shown);
        assertTrue(page.getElementById("source-stent2021").selectFirst("p.csl-entry").text().startsWith("Stent, A."));
        assertTrue(page.getElementById("source-stent2021").selectFirst("details").text().contains("Angela Stint"));
    }
}
