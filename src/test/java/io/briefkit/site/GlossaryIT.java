package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The glossary of the built brief: its pages, the links from the text, and where each actor is named. */
class GlossaryIT {

    private static List<String> actorPages() throws IOException {
        try (Stream<java.nio.file.Path> files = Files.list(BuiltSite.DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("actor-")).sorted().toList();
        }
    }

    @Test
    void theGlossaryPageListsAtLeastThirtyActorsGroupedByKind() throws IOException {
        Document glossary = BuiltSite.page("glossary.html");
        Element section = glossary.selectFirst("section[role=doc-glossary]");
        assertNotNull(section);
        assertEquals(List.of("States", "Armed groups", "Persons", "Peoples", "Organisations", "Initiatives and projects", "Places",
                "All terms from A to Z"), section.select("h2").stream().map(h -> h.ownText().strip()).toList());
        List<Element> terms = section.select("dl dt");
        assertTrue(terms.size() >= 30, "actors: " + terms.size());
        assertEquals(terms.size(), actorPages().size());
        for (Element list : section.select("dl")) {
            List<String> names = list.select("dt dfn").eachText();
            assertEquals(names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), names, "alphabetical");
        }
        for (Element term : terms) {
            assertTrue(!term.parent().selectFirst("dd").text().isBlank(), term.text());
        }
    }

    /** The previews the site's glossary script holds: actor id to preview HTML. */
    private static Map<String, String> previews() throws IOException {
        String script = Files.readString(BuiltSite.DIR.resolve("js/glossary.js"));
        JsonNode object = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf(';')));
        Map<String, String> previews = new java.util.LinkedHashMap<>();
        object.fields().forEachRemaining(field -> previews.put(field.getKey(), field.getValue().asText()));
        return previews;
    }

    @Test
    void everyGlossaryLinkLeadsToAnActorPageWithAPreviewInTheSitesGlossaryScript() throws IOException {
        Map<String, String> previews = previews();
        Set<String> linkedActors = new HashSet<>();
        for (String name : BuiltSite.readingOrder()) {
            Document page = BuiltSite.page(name);
            Set<String> seen = new HashSet<>();
            for (Element link : page.select("a[role=doc-glossref]")) {
                String href = link.attr("href");
                assertTrue(Files.isRegularFile(BuiltSite.DIR.resolve(href)), name + ": " + href);
                assertTrue(seen.add(href), name + ": " + href + " linked twice on one page");
                // The preview is found by the actor page's name, as js/preview.js finds it.
                String id = href.replaceFirst("^actor-", "").replaceFirst("\\.html$", "");
                assertNotNull(previews.get(id), name + ": " + href);
                assertTrue(previews.get(id).contains("href=\"" + href + "\""), name + ": " + previews.get(id));
                assertTrue(page.select("[id^=gloss-]").isEmpty(), name + " carries no copies of the previews");
                linkedActors.add(href);
            }
        }
        Set<String> namedInText = new HashSet<>();
        for (String page : actorPages()) {
            if (!BuiltSite.page(page).select("ol.mentions").isEmpty()) {
                namedInText.add(page);
            }
        }
        // Kyrgyzstan, say, is named only inside "Kyrgyzstan-Tajikistan-Afghanistan-Iran (KTAI)",
        // which links to the corridor; such an actor is reached from the linked actor's page.
        for (String unlinked : namedInText) {
            if (!linkedActors.contains(unlinked)) {
                boolean related = false;
                for (String linked : linkedActors) {
                    related |= BuiltSite.page(linked).select("ul.related a").eachAttr("href").contains(unlinked);
                }
                assertTrue(related, unlinked + " is named in the text but neither linked nor related to a linked actor");
            }
        }
        assertTrue(linkedActors.size() >= namedInText.size() - 3, "linked: " + linkedActors.size());
    }

    @Test
    void anImuReaderLearnsWhatItIsInOneHover() throws IOException {
        Document threats = BuiltSite.page("threats.html");
        Element imu = threats.selectFirst("a[role=doc-glossref][href=actor-imu.html]");
        assertEquals("Islamic Movement of Uzbekistan", imu.text());
        String preview = previews().get("imu");
        assertTrue(preview.startsWith("<strong>Islamic Movement of Uzbekistan</strong> (armed group) "), preview);
    }

    /**
     * Every actor page lists exactly the paragraphs of the brief that name the actor. The
     * expected paragraphs are found here independently, by searching each paragraph's text
     * for the actor's names as whole words; actors whose names occur inside another actor's
     * name (Taliban in "Tehreek Taliban of Pakistan") are left to the matcher's unit tests.
     */
    @Test
    void everyActorPageListsExactlyTheParagraphsThatNameIt() throws IOException {
        Map<String, List<String>> names = new java.util.TreeMap<>();
        for (String page : actorPages()) {
            Document actor = BuiltSite.page(page);
            List<String> all = new ArrayList<>(List.of(actor.selectFirst("h1").text()));
            Element aliases = actor.selectFirst("p.aliases");
            if (aliases != null) {
                all.addAll(List.of(aliases.text().replaceFirst("^Other names in the brief: ", "").replaceFirst("\\.$", "").split(", ")));
            }
            names.put(page, all);
        }
        Set<String> nested = new HashSet<>();
        names.forEach((page, own) -> names.forEach((other, theirs) -> {
            if (!page.equals(other) && own.stream().anyMatch(n -> theirs.stream().anyMatch(t -> !t.equals(n) && t.contains(n)))) {
                nested.add(page);
            }
        }));
        int checked = 0;
        for (Map.Entry<String, List<String>> actor : names.entrySet()) {
            if (nested.contains(actor.getKey())) {
                continue;
            }
            Set<String> expected = new LinkedHashSet<>();
            for (String page : BuiltSite.readingOrder()) {
                for (Element p : BuiltSite.page(page).select("main article > p[id], main article aside.footnote")) {
                    Element copy = p.clone();
                    copy.select("sup, .permalink").remove();
                    String text = copy.text().replace('’', '\'');
                    if (actor.getValue().stream().anyMatch(n -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n.replace('’', '\''))
                            + "(?![\\p{L}\\p{N}$])").matcher(text).find())) {
                        expected.add(page + "#" + p.id());
                    }
                }
            }
            List<String> listed = BuiltSite.page(actor.getKey()).select("ol.mentions > li > a").eachAttr("href");
            assertEquals(new ArrayList<>(expected), listed, actor.getKey());
            checked++;
        }
        assertTrue(checked >= 30, "actors checked: " + checked + ", left to unit tests: " + nested);
    }

    @Test
    void anActorPageShowsDescriptionAliasesRelatedAndTheNotesCitedWhereItIsNamed() throws IOException {
        Document isk = BuiltSite.page("actor-is-k.html");
        assertEquals("Islamic State Khorasan Province", isk.selectFirst("h1").text());
        assertTrue(isk.selectFirst("p.aliases").text().contains("IS-K, ISKP"));
        assertTrue(isk.select("ul.related a").eachAttr("href").contains("actor-taliban.html"));
        Element first = isk.selectFirst("ol.mentions > li");
        assertEquals("history.html#p-history-12", first.selectFirst("a").attr("href"));
        assertEquals(List.of("notes.html#note-33", "notes.html#note-34", "notes.html#note-35"),
                first.select("p.cited a").eachAttr("href"));
    }

    @Test
    void actorsNamedOnlyInTheNotesSayWhere() throws IOException {
        Document sco = BuiltSite.page("actor-sco.html");
        assertTrue(sco.select("ol.mentions").isEmpty());
        assertEquals(List.of("notes.html#note-21"), sco.select("p.in-notes a").eachAttr("href"));
    }

    /**
     * The facts of the editors' descriptions that are neither in the brief nor common reference
     * knowledge, with the source each actor page must show for them: the brief's note, or the
     * host of the outside source. Written from the glossary's audit, not from the build.
     */
    private static final Map<String, List<String>> SOURCED = Map.ofEntries(
            Map.entry("actor-etim.html", List.of("www.voanews.com", "thehongkongpost.com")),
            Map.entry("actor-jamaat-ansarullah.html", List.of("central.asia-news.com", "asiaplustj.info", "note-59")),
            Map.entry("actor-jask.html", List.of("mees.com", "ifpnews.com")),
            Map.entry("actor-uzbekistan.html", List.of("thediplomat.com")),
            Map.entry("actor-ayman-al-zawahiri.html", List.of("news.cgtn.com")),
            Map.entry("actor-al-qaeda.html", List.of("news.cgtn.com")),
            Map.entry("actor-anti-taliban-resistance.html", List.of("southasianmonitor.net")),
            Map.entry("actor-hindu-kush.html", List.of("southasianmonitor.net")),
            Map.entry("actor-tajikistan.html", List.of("note-63", "note-59")),
            Map.entry("actor-imu.html", List.of("note-81")),
            Map.entry("actor-united-states.html", List.of("note-73")),
            Map.entry("actor-wang-yi.html", List.of("note-57", "note-45")));

    @Test
    void factsBeyondTheBriefAndCommonKnowledgeCiteTheirSourceOnTheActorPage() throws IOException {
        for (Map.Entry<String, List<String>> entry : SOURCED.entrySet()) {
            Document page = BuiltSite.page(entry.getKey());
            Element section = page.selectFirst("main section.description-sources");
            assertNotNull(section, entry.getKey() + " lists no sources");
            assertEquals("Sources of the description", section.selectFirst("h2").ownText().strip());
            List<String> links = section.select("li > a").eachAttr("href");
            assertEquals(entry.getValue().size(), links.size(), entry.getKey() + ": " + links);
            for (int i = 0; i < links.size(); i++) {
                String link = links.get(i);
                String expected = entry.getValue().get(i);
                assertTrue(expected.startsWith("note-") ? link.equals("notes.html#" + expected)
                        : link.startsWith("https://" + expected + "/"), entry.getKey() + ": " + link);
            }
            for (Element item : section.select("li")) {
                assertTrue(item.selectFirst(".supports").text().matches("For .+:"), item.text());
                assertNotNull(item.selectFirst("cite"), "each source is named: " + item.text());
            }
        }
        Element noted = BuiltSite.page("actor-tajikistan.html").selectFirst("section.description-sources li");
        assertTrue(noted.text().contains("Eye on Afghanistan, China to Build Military Base in Tajikistan"),
                "a note cited as a source shows its text: " + noted.text());
    }

    @Test
    void anActorWithoutOutsideFactsListsNoSources() throws IOException {
        assertTrue(BuiltSite.page("actor-kabul.html").select("section.description-sources").isEmpty());
    }

    @Test
    void theGlossaryListsTheBriefsShortFormsWithTheLongFormBesideAndJumpsByKindAndLetter() throws IOException {
        Document glossary = BuiltSite.page("glossary.html");
        for (String[] expected : new String[][] {{"is-k", "IS-K", "Islamic State Khorasan Province"}, {"etim", "ETIM",
                "East Turkistan Islamic Movement"}, {"imu", "IMU", "Islamic Movement of Uzbekistan"}, {"ttp", "TTP",
                "Tehreek Taliban of Pakistan"}, {"sco", "SCO", "Shanghai Cooperation Organisation"}, {"cpec", "CPEC",
                "China-Pakistan Economic Corridor"}, {"bri", "BRI", "Belt and Road Initiative"}}) {
            Element term = glossary.getElementById("term-" + expected[0]);
            assertEquals(expected[1], term.selectFirst("dt dfn").text());
            assertEquals(expected[2], term.selectFirst("dt .long-form").text());
            assertTrue(term.select("dd .aliases").text().indexOf(expected[1] + ",") < 0, "the headword is not repeated");
        }
        assertTrue(glossary.getElementById("term-taliban").select(".long-form").isEmpty(), "a name the brief uses stands alone");
        Element jump = glossary.selectFirst("div.glossary-jump");
        List<String> targets = jump.select("a").eachAttr("href");
        assertTrue(targets.contains("#kind-armed-group") && targets.contains("#letter-i"), targets.toString());
        for (String target : targets) {
            assertNotNull(glossary.getElementById(target.substring(1)), target);
        }
        List<String> underI = glossary.getElementById("letter-i").select("a").eachText();
        assertTrue(underI.containsAll(List.of("IMU", "India", "Iran", "IS-K")), underI.toString());
        assertEquals(glossary.select("dl.terms dt").size(), glossary.select(".a-to-z a").size(), "every term under its letter");
    }
}
