package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The baked brief as a reader meets it: parts in order, navigation, and the furniture of every page. */
class BriefSiteIT {
    static final List<String> PARTS = List.of("index.html", "introduction.html", "history.html", "china.html",
            "russia.html", "threats.html", "conclusions.html", "notes.html", "glossary.html");

    @Test
    void nextLinksWalkThePartsInTheAuthorsOrder() throws IOException {
        assertEquals(PARTS, BuiltSite.readingOrder());
    }

    @Test
    void previousLinksWalkBack() throws IOException {
        for (int i = 1; i < PARTS.size(); i++) {
            assertEquals(PARTS.get(i - 1), BuiltSite.page(PARTS.get(i)).selectFirst("a[rel=prev]").attr("href"));
        }
    }

    @Test
    void everyPageHasTitleSiteTitleContentsAndFooter() throws IOException {
        for (String name : PARTS) {
            Document page = BuiltSite.page(name);
            assertTrue(!page.title().isBlank(), name + " title");
            assertEquals(1, page.select("h1").size(), name + " h1");
            assertEquals("en", page.selectFirst("html").attr("lang"));
            // The overview opens with the series and the title: its masthead does not repeat them.
            assertEquals(!name.equals("index.html"), page.selectFirst("header.masthead").text()
                    .contains("China and Russia Navigate Shared Threat of Terrorism from Afghanistan"), name);
            assertEquals(PARTS, page.select("nav.toc details > ol > li > a").eachAttr("href"), name + " contents");
            List<Element> current = page.select("nav.toc a[aria-current=page]");
            assertEquals(1, current.size(), name + " current");
            assertEquals(name, current.get(0).attr("href"));
            String footer = page.selectFirst("footer").text();
            assertTrue(footer.contains("Attribution: Atal Ahmadzai, \"China and Russia Navigate Shared Threat of"
                    + " Terrorism from Afghanistan,\" ORF Issue Brief No. 636, April 2023, Observer Research Foundation."),
                    name + " attribution");
            assertTrue(footer.contains("© 2023 Observer Research Foundation. All rights reserved."), name + " copyright");
        }
    }

    @Test
    void everyPageLinksToTheDownloadsWithTheirSizesAndToTheSinglePage() throws IOException {
        for (String name : PARTS) {
            Element downloads = BuiltSite.page(name).selectFirst("footer p.downloads");
            assertNotNull(downloads, name);
            List<String> links = downloads.select("a").eachAttr("href");
            assertEquals(List.of("downloads/orf-brief-636-1.0.0.pdf", "downloads/orf-brief-636-1.0.0.epub",
                    "downloads/orf-brief-636-1.0.0-offline.zip"), links);
            assertEquals(List.of("PDF", "EPUB", "offline edition"), downloads.select("a").eachText());
            assertEquals(List.of("brief.html", "about.html", "sources.html"), BuiltSite.page(name).select("footer p.editions a").eachAttr("href"),
                    name);
            assertTrue(downloads.html().contains("&nbsp;KB)"), "a size and its unit stay on one line: " + downloads.html());
            java.util.regex.Matcher sizes = java.util.regex.Pattern.compile("\\((?:zip, )?(\\d+)[\\s\u00a0]KB\\)").matcher(downloads.text());
            for (String link : links) {
                assertTrue(sizes.find(), downloads.text());
                long kb = java.nio.file.Files.size(BuiltSite.DIR.resolve(link)) / 1000;
                assertTrue(Math.abs(Long.parseLong(sizes.group(1)) - kb) <= 1, link + ": " + downloads.text());
            }
        }
    }

    @Test
    void overviewHasTheBriefsFrontMatter() throws IOException {
        Document index = BuiltSite.page("index.html");
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", index.selectFirst("h1").text());
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", index.title());
        String byline = index.selectFirst(".byline").text();
        assertTrue(byline.contains("Atal Ahmadzai") && byline.contains("April 2023"), byline);
        assertEquals("Abstract", index.selectFirst("main h2").ownText().strip(), "the heading, without its permalink");
        assertNotNull(index.selectFirst("main .attribution"));
        assertNotNull(index.selectFirst("main section.guide"));
        assertEquals(PARTS.subList(1, PARTS.size()), index.select("main section.contents li a").eachAttr("href"));
    }

    @Test
    void historyKeepsTheBriefsOwnSubheadings() throws IOException {
        assertEquals(List.of("China’s Ambitions", "Russia’s Stakes"), BuiltSite.page("history.html").select("main article > h2")
                .stream().map(h -> h.ownText().strip()).toList());
    }

    @Test
    void pullQuotesAreAsidesHiddenFromScreenReaders() throws IOException {
        int count = 0;
        for (String name : PARTS) {
            for (Element quote : BuiltSite.page(name).select("main .pull-quote")) {
                assertEquals("aside", quote.tagName());
                assertEquals("doc-pullquote", quote.attr("role"));
                assertEquals("true", quote.attr("aria-hidden"));
                count++;
            }
        }
        assertEquals(4, count);
    }

    @Test
    void theLetteredFootnoteLinksBothWays() throws IOException {
        Document china = BuiltSite.page("china.html");
        Element ref = china.selectFirst("sup.fn-ref a");
        assertEquals("#fn-a", ref.attr("href"));
        Element note = china.getElementById("fn-a");
        assertEquals("doc-footnote", note.attr("role"));
        assertEquals("#fnref-a", note.selectFirst("a[role=doc-backlink]").attr("href"));
        assertEquals("fnref-a", ref.id());
    }

    @Test
    void everyHeadingOfEveryPageHasAnIdAndEveryHeadingUnderTheTitleALinkToItself() throws IOException {
        try (var files = java.nio.file.Files.list(BuiltSite.DIR)) {
            for (String name : files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).sorted().toList()) {
                Document page = BuiltSite.page(name);
                for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
                    assertTrue(!heading.id().isEmpty(), name + ": " + heading.text());
                    if (!heading.tagName().equals("h1") && heading.closest("main") != null) {
                        assertEquals("#" + heading.id(), heading.selectFirst("> a.permalink").attr("href"), name + ": " + heading.text());
                    }
                }
            }
        }
        assertEquals("#related", BuiltSite.page("actor-imu.html").selectFirst("h2:contains(Related) a.permalink").attr("href"));
    }

    @Test
    void theNotesPageGroupsTheNotesByThePartThatFirstCitesThem() throws IOException {
        Document notes = BuiltSite.page("notes.html");
        List<String> groups = notes.select(".note-group > h2").stream()
                .map(h -> h.id() + " " + h.selectFirst(".note-range").text()).toList();
        assertEquals(List.of("notes-introduction (notes 1–7)", "notes-history (notes 8–37)", "notes-china (notes 38–49)",
                "notes-russia (notes 50–54)", "notes-threats (notes 55–84)"), groups);
        assertEquals(84, notes.select(".note-group li[value]").size());
        assertEquals(List.of("#notes-introduction", "#notes-history", "#notes-china", "#notes-russia", "#notes-threats"),
                notes.select("nav.toc a[aria-current=page] + ol.sections a").eachAttr("href"), "listed in the contents");
    }

    @Test
    void onScreenTheNotesShowAddressesAsHostAndPathAndLinkToThemInFull() throws IOException {
        Document notes = BuiltSite.page("notes.html");
        // Note 1's address, and note 3's, which carries a text fragment.
        Element first = notes.selectFirst("#note-1 .note-text a");
        assertEquals("https://www.atlanticcouncil.org/blogs/new-atlanticist/how-russia-china-and-iran-will-shape-afghanistans-future/",
                first.attr("href"));
        assertEquals("atlanticcouncil.org/blogs/new-atlanticist/how-russia-china-and-iran-will-shape-afghanistans-future",
                first.text());
        Element fragment = notes.selectFirst("#note-3 .note-text a");
        assertTrue(fragment.attr("href").endsWith(".html#:~:text=Now%20that%20the%20Taliban%20have,the%20coming%20weeks%20or%20months"));
        assertEquals("rand.org/blog/2021/08/chinese-recognition-of-the-taliban-is-all-but-inevitable.html", fragment.text());
        for (Element link : notes.select(".note-text a[href^=http]")) {
            assertTrue(!link.text().contains("#") && !link.text().contains("://"), link.text());
        }
        assertTrue(BuiltSite.page("brief.html").selectFirst("#note-1 .note-text a").text().startsWith("https://www."),
                "the single page, which is printed, writes them out");
    }

    @Test
    void theSectionsOfAPartCanBeLinkedAndAreListedUnderItInTheContents() throws IOException {
        Map<String, List<String>> sections = Map.of(
                "history.html", List.of("#chinas-ambitions China’s Ambitions", "#russias-stakes Russia’s Stakes"),
                "china.html", List.of("#afghanistans-significance-for-china Afghanistan’s Significance for China"),
                "conclusions.html", List.of("#about-the-author About the Author"),
                "threats.html", List.of());
        for (Map.Entry<String, List<String>> part : sections.entrySet()) {
            Document page = BuiltSite.page(part.getKey());
            List<String> listed = page.select("nav.toc a[aria-current=page] + ol.sections a").stream()
                    .map(a -> a.attr("href") + " " + a.text()).toList();
            assertEquals(part.getValue(), listed, part.getKey());
            for (String entry : listed) {
                String id = entry.substring(1, entry.indexOf(' '));
                Element heading = page.getElementById(id);
                assertEquals("h2", heading.tagName(), part.getKey() + " " + id);
                assertEquals("#" + id, heading.selectFirst("a.permalink").attr("href"));
            }
        }
        assertTrue(BuiltSite.page("threats.html").select("nav.toc ol.sections").isEmpty(), "a part without sections lists none");
    }
}
