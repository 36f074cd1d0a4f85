package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The glossary side of the cross-linker, over small pages written here. */
class GlossaryLinkerTest {
    @TempDir
    Path site;

    static final LinkedPage HISTORY = new LinkedPage("history.html", "History");
    static final LinkedPage THREATS = new LinkedPage("threats.html", "Threats");
    static final LinkedPage GLOSSARY = new LinkedPage("glossary.html", "Glossary");
    static final List<ActorText> ACTORS = List.of(
            new ActorText("imu", "Islamic Movement of Uzbekistan", "armed group", "An armed group.", List.of("IMU"),
                    List.of("is-k"), 1),
            new ActorText("is-k", "Islamic State Khorasan Province", "armed group", "A branch of <em>IS</em>.",
                    List.of("IS-K"), List.of(), 8),
            new ActorText("united-states", "United States", "state", "A state.", List.of("US"), List.of(), 15));

    List<Finding> findings;

    private void page(LinkedPage page, String article) throws IOException {
        Files.writeString(site.resolve(page.uri()), "<!DOCTYPE html><html><head><title>" + page.label()
                + " · Brief</title></head><body><nav class=\"toc\"><a href=\"glossary.html\""
                + (page == GLOSSARY ? " aria-current=\"page\"" : "") + ">Glossary</a></nav><main><article><h1>"
                + page.label() + "</h1>" + article + "</article><nav class=\"pager\"></nav></main></body></html>");
    }

    private Document read(String uri) throws IOException {
        return Jsoup.parse(site.resolve(uri).toFile());
    }

    @BeforeEach
    void setUp() throws IOException {
        page(HISTORY, "<h2>IMU in a heading</h2><p>The IMU and the IMU again; US$ 5 and the US.</p>"
                + "<aside class=\"pull-quote\"><p>IS-K in a pull quote</p></aside>"
                + "<p>Here <a href=\"actor:is-k\">the Khorasan branch</a> and <a href=\"actor:none\">IS-K</a>.</p>");
        page(THREATS, "<p>Later the IMU<sup><a href=\"#n\">9</a></sup> met IS-K.</p>"
                + "<aside class=\"footnote\" id=\"fn-a\"><p>The US too.</p></aside>");
        page(GLOSSARY, "<section data-glossary></section>");
        findings = new CrossLinker(site, List.of(HISTORY, THREATS, GLOSSARY), Map.of(), ACTORS).link();
    }

    @Test
    void firstMentionOnEachPageLinksToTheActor() throws IOException {
        Document history = read("history.html");
        List<Element> links = history.select("a[role=doc-glossref]");
        assertEquals(List.of("IMU", "US", "the Khorasan branch"), links.stream().map(Element::text).toList());
        assertEquals("actor-imu.html", links.get(0).attr("href"));
        assertEquals(List.of("IMU", "IS-K"), read("threats.html").select("main article > p a[role=doc-glossref]").eachText(),
                "the first mention on the next page links again");
    }

    @Test
    void noLinksInHeadingsPullQuotesOrCurrency() throws IOException {
        Document history = read("history.html");
        assertTrue(history.select("h2 a:not(.permalink), .pull-quote a").isEmpty());
        assertTrue(history.selectFirst("p").html().contains("US$ 5"));
    }

    @Test
    void editorsCanForceOrSuppressALink() throws IOException {
        Element paragraph = read("history.html").select("article > p").get(1);
        assertEquals("actor-is-k.html", paragraph.selectFirst("a[role=doc-glossref]").attr("href"));
        assertEquals("Here the Khorasan branch and IS-K.¶", paragraph.text());
        assertTrue(paragraph.select("span, a[href^=actor:]").isEmpty(), paragraph.html());
    }

    @Test
    void previewsOfEveryActorAreOneScriptForTheSiteNotCopiesInEachPage() throws IOException {
        assertNull(read("history.html").getElementById("gloss-is-k"));
        String script = Files.readString(site.resolve("js/glossary.js"));
        assertTrue(script.startsWith("window.briefGlossary = {") && script.endsWith("};\n"), script);
        JsonNode previews = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf(';')));
        List<String> ids = new ArrayList<>();
        previews.fieldNames().forEachRemaining(ids::add);
        assertEquals(List.of("imu", "is-k", "united-states"), ids);
        Document preview = Jsoup.parseBodyFragment(previews.get("is-k").asText());
        assertEquals("Islamic State Khorasan Province (armed group) Editors’ description: A branch of IS. Where the brief names it",
                preview.body().text());
        assertEquals("IS", preview.selectFirst("em").text());
        assertEquals("actor-is-k.html", preview.selectFirst("a").attr("href"));
        assertFalse(script.contains("<"), "markup is escaped so the script cannot be closed early");
    }

    @Test
    void glossaryPageListsTermsByKindAndName() throws IOException {
        Element section = read("glossary.html").selectFirst("[data-glossary]");
        assertEquals(List.of("States", "Armed groups", "All terms from A to Z"),
                section.select("h2").stream().map(h -> h.ownText().strip()).toList());
        assertEquals(List.of("#kind-state", "#kind-armed-group", "#a-to-z"),
                section.select("h2 > a.permalink").eachAttr("href"), "each heading links to itself");
        assertEquals(List.of("United States", "Islamic Movement of Uzbekistan", "Islamic State Khorasan Province"),
                section.select("dt").eachText());
        assertEquals(List.of("term-united-states", "term-imu", "term-is-k"), section.select("dl > div").eachAttr("id"));
        assertEquals(List.of("I Islamic Movement of Uzbekistan · Islamic State Khorasan Province", "U United States"),
                section.select(".a-to-z p").eachText());
        assertEquals(List.of("#kind-state", "#kind-armed-group", "#letter-i", "#letter-u"),
                section.select("div.glossary-jump a").eachAttr("href"));
    }

    @Test
    void actorPageListsEveryParagraphThatNamesIt() throws IOException {
        Document imu = read("actor-imu.html");
        assertEquals("Islamic Movement of Uzbekistan · Brief", imu.title());
        assertEquals("Islamic Movement of Uzbekistan", imu.selectFirst("h1").text());
        assertEquals(List.of("history.html#p-history-1", "threats.html#p-threats-1"),
                imu.select("ol.mentions > li > a").eachAttr("href"));
        assertEquals(List.of("History, paragraph 1", "Threats, paragraph 1"), imu.select("ol.mentions > li > a").eachText());
        assertEquals("IMU", imu.selectFirst("ol.mentions mark").text());
        assertEquals("true", imu.selectFirst("nav.toc a").attr("aria-current"));
        assertEquals(List.of("actor-is-k.html"), imu.select("ul.related a").eachAttr("href"));
        assertEquals("actor-is-k.html", imu.selectFirst("nav.pager a.next").attr("href"));
    }

    @Test
    void mentionsInAFootnoteAndForcedLinksCount() throws IOException {
        assertEquals(List.of("History, paragraph 1", "Threats, footnote a"),
                read("actor-united-states.html").select("ol.mentions > li > a").eachText());
        assertEquals(List.of("History, paragraph 2", "Threats, paragraph 1"),
                read("actor-is-k.html").select("ol.mentions > li > a").eachText(), "suppressed words are not a mention");
    }

    @Test
    void noWarningsWhenEveryActorIsNamed() {
        assertEquals(List.of(), findings);
    }

    @Test
    void anActorNamedNowhereIsAWarning() throws IOException {
        List<ActorText> more = new java.util.ArrayList<>(ACTORS);
        more.add(new ActorText("sco", "Shanghai Cooperation Organisation", "organisation", "A body.", List.of("SCO"),
                List.of(), 22));
        page(HISTORY, "<p>The IMU, IS-K and the US.</p>");
        page(THREATS, "<p>Nothing.</p>");
        page(GLOSSARY, "<section data-glossary></section>");
        List<Finding> found = new CrossLinker(site, List.of(HISTORY, THREATS, GLOSSARY), Map.of(), more).link();
        assertEquals(List.of("glossary/actors.yaml:22: warning: sco is named nowhere in the brief, neither in its text"
                + " nor in its notes"), found.stream().map(Finding::toString).toList());
    }
}
