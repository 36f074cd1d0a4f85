package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The editors' work is marked where a reader meets it and listed on the About page, from the
 * same records. The expected lists are the editors', written from the README's account of how
 * the text was made, not read from the build.
 */
class EditionIT {
    /** The 22 markers the extraction lost and the editors restored. */
    static final List<Integer> RESTORED = List.of(1, 2, 15, 16, 17, 36, 37, 38, 39, 40, 41, 47, 48, 49, 60, 61, 62,
            68, 69, 70, 71, 72);
    /** The headings the editors supplied, in reading order. */
    static final List<String> SUPPLIED = List.of("The War on Terror Years", "Afghanistan After the US Exit",
            "Afghanistan’s Significance for China", "Afghanistan in Russia’s Calculus", "The Shared Threat of Terrorism",
            "Conclusion", "About the Author");
    /** The author's own headings, which carry no mark. */
    static final List<String> AUTHORS = List.of("Abstract", "Introduction", "China’s Ambitions", "Russia’s Stakes");

    @Test
    void everyRestoredMarkerInTheTextCarriesADaggerAndNoOtherDoes() throws IOException {
        List<Integer> daggers = new ArrayList<>();
        for (String name : BuiltSite.readingOrder()) {
            for (Element ref : BuiltSite.page(name).select("main a.note-ref")) {
                boolean marked = ref.hasClass("restored");
                assertEquals(marked, ref.select(".restored-mark").text().equals("†"), ref.outerHtml());
                assertEquals(marked, ref.attr("aria-label").endsWith(", marker restored by the editors"), ref.outerHtml());
                if (marked) {
                    daggers.add(Integer.parseInt(ref.ownText()));
                }
            }
        }
        assertEquals(RESTORED, daggers);
    }

    @Test
    void theAboutPageListsExactlyTheRestoredMarkersEachLeadingToItsPlaceInTheText() throws IOException {
        Document about = BuiltSite.page("about.html");
        List<Integer> listed = new ArrayList<>();
        for (Element item : about.select("[data-edition=restored-markers] li")) {
            Element link = item.selectFirst("a");
            listed.add(Integer.parseInt(link.text().replaceAll("\\D", "")));
            String[] target = link.attr("href").split("#");
            Element ref = BuiltSite.page(target[0]).getElementById(target[1]);
            assertNotNull(ref, link.attr("href"));
            assertTrue(ref.hasClass("restored"), link.attr("href"));
            assertTrue(item.text().contains("Marker lost in the extraction."), item.text());
        }
        assertEquals(RESTORED, listed);
        Document notes = BuiltSite.page("notes.html");
        for (int number : RESTORED) {
            assertEquals("Marker restored by the editors",
                    notes.getElementById("note-" + number).selectFirst("details.editors summary").text());
        }
    }

    @Test
    void everySuppliedHeadingIsMarkedAndListedAndTheAuthorsAreNot() throws IOException {
        List<String> marked = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        for (String name : BuiltSite.readingOrder()) {
            for (Element heading : BuiltSite.page(name).select("main article h1, main article > h2, main article > h3")) {
                Element words = heading.selectFirst(".supplied-words");
                if (words != null) {
                    assertEquals("about.html#supplied-headings", heading.selectFirst("a.supplied-mark").attr("href"));
                    marked.add(words.text());
                } else {
                    Element copy = heading.clone();
                    copy.select(".permalink").remove();
                    unmarked.add(copy.text());
                }
            }
        }
        assertEquals(SUPPLIED, marked);
        assertTrue(unmarked.containsAll(AUTHORS), unmarked::toString);
        assertEquals(SUPPLIED, BuiltSite.page("about.html").select("[data-edition=supplied-headings] a").eachText());
        assertNotNull(BuiltSite.page("about.html").getElementById("supplied-headings"));
    }

    @Test
    void everyPageLeadsToTheAboutPageAndTheEditorsPagesSayTheyAreTheirs() throws IOException {
        List<String> pages;
        try (Stream<java.nio.file.Path> files = Files.list(BuiltSite.DIR)) {
            pages = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html")).sorted().toList();
        }
        TreeSet<String> editors = new TreeSet<>();
        for (String name : pages) {
            Element footer = BuiltSite.page(name).selectFirst("footer.site-footer");
            if (!name.equals("about.html")) {
                assertEquals(List.of("about.html"), footer.select("a:contains(About this edition)").eachAttr("href"), name);
            }
            assertTrue(footer.text().contains("© 2023 Observer Research Foundation. All rights reserved."), name);
            if (footer.selectFirst(".editors-work") != null) {
                editors.add(name.startsWith("actor-") ? "actor pages" : name);
            }
        }
        assertEquals(new TreeSet<>(List.of("404.html", "about.html", "actor pages", "glossary.html", "search.html", "sources.html")), editors);
        assertTrue(BuiltSite.page("index.html").select("main a[href=about.html]").size() > 0, "the overview leads there too");
    }

    @Test
    void noGlossaryDescriptionAppearsWithoutTheEditorsLabel() throws IOException {
        assertTrue(BuiltSite.page("glossary.html").selectFirst("main .editors-label").text()
                .startsWith("The descriptions are the editors’"));
        List<String> actors;
        try (Stream<java.nio.file.Path> files = Files.list(BuiltSite.DIR)) {
            actors = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("actor-")).sorted().toList();
        }
        assertTrue(actors.size() >= 50, actors::toString);
        for (String actor : actors) {
            Element label = BuiltSite.page(actor).selectFirst("main .editors-label");
            assertNotNull(label, actor);
            assertEquals("p", label.nextElementSibling() == null ? "" : label.nextElementSibling().tagName(), actor);
            assertTrue(label.nextElementSibling().hasClass("description"), actor + ": the label comes just before the description");
        }
        String previews = Files.readString(BuiltSite.DIR.resolve("js/glossary.js"));
        long entries = previews.lines().filter(line -> line.contains("u003cstrong>")).count();
        assertEquals(actors.size(), entries, "one preview per actor");
        assertEquals(entries, previews.lines().filter(line -> line.contains("Editors’ description:")).count(),
                "every preview labelled");
    }

    @Test
    void theEpubCarriesTheSameMarks() throws IOException {
        java.util.Map<String, String> book = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(EpubIT.EPUB.toFile())) {
            for (java.util.zip.ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().endsWith(".xhtml") || entry.getName().endsWith(".css")) {
                    book.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        List<String> supplied = new ArrayList<>();
        List<Integer> daggers = new ArrayList<>();
        for (String chapter : book.keySet().stream().filter(n -> n.endsWith(".xhtml")).toList()) {
            Document page = org.jsoup.Jsoup.parse(book.get(chapter), "", org.jsoup.parser.Parser.xmlParser());
            page.select(".supplied-words").forEach(words -> supplied.add(words.text()));
            page.select("a.note-ref.restored").forEach(ref -> daggers.add(Integer.parseInt(ref.ownText())));
        }
        assertEquals(new TreeSet<>(SUPPLIED), new TreeSet<>(supplied));
        assertEquals(new TreeSet<>(RESTORED), new TreeSet<>(daggers));
        assertTrue(book.get("OEBPS/css/epub.css").contains(".supplied-words::before { content: \"[\"; }"));
    }
}
