package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The endnotes of the built brief: every reference resolves, every note leads back. */
class EndnotesIT {

    @Test
    void everyReferenceLinksToItsNoteAtTheFootOfThePage() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String name : BuiltSite.readingOrder()) {
            Document page = BuiltSite.page(name);
            for (Element ref : page.select("a[role=doc-noteref]")) {
                String href = ref.attr("href");
                if (href.startsWith("#fn-")) {
                    continue;
                }
                assertTrue(href.matches("#note-\\d+"), name + ": " + href);
                Element note = page.getElementById(href.substring(1));
                assertNotNull(note, name + ": no " + href);
                assertEquals("li", note.tagName());
                assertEquals("doc-endnotes", note.closest("section").attr("role"));
                assertTrue(ids.add(name + "#" + ref.id()), "duplicate reference id " + ref.id());
                assertTrue(ref.id().startsWith("note-" + ref.ownText() + "-ref-"), ref.id());
            }
        }
        assertEquals(84, ids.size(), "references in the brief");
    }

    @Test
    void everyBackLinkLeadsToAReferenceToTheSameNote() throws IOException {
        int backLinks = 0;
        for (String name : BuiltSite.readingOrder()) {
            for (Element note : BuiltSite.page(name).select("section[role=doc-endnotes] li")) {
                List<Element> links = note.select("a[role=doc-backlink]");
                assertFalse(links.isEmpty(), name + ": " + note.id() + " has no back-link");
                for (Element link : links) {
                    String href = link.attr("href");
                    String target = href.startsWith("#") ? name : href.substring(0, href.indexOf('#'));
                    Element ref = BuiltSite.page(target).getElementById(href.substring(href.indexOf('#') + 1));
                    assertNotNull(ref, name + ": " + href);
                    assertEquals("doc-noteref", ref.attr("role"));
                    assertEquals(note.id(), ref.attr("href").substring(1), name + ": " + href);
                    assertTrue(link.attr("aria-label").startsWith("Back to "), link.attr("aria-label"));
                    backLinks++;
                }
            }
        }
        assertEquals(2 * 84, backLinks, "each note's back-link, at the foot of its page and on the notes page");
    }

    @Test
    void theNotesPageListsAllEightyFourInOrder() throws IOException {
        Document notes = BuiltSite.page("notes.html");
        Element section = notes.selectFirst("section[role=doc-endnotes]");
        List<Element> items = section.select("li[value]");
        assertEquals(IntStream.rangeClosed(1, 84).mapToObj(n -> "note-" + n).toList(), items.stream().map(Element::id).toList());
        assertEquals(IntStream.rangeClosed(1, 84).mapToObj(String::valueOf).toList(), items.stream().map(li -> li.attr("value")).toList());
        for (String name : BuiltSite.readingOrder()) {
            assertTrue(BuiltSite.page(name).select("[role=doc-endnote]").isEmpty(), name + ": deprecated role");
        }
    }

    @Test
    void everyUrlInANoteIsALinkShownInFullInPrintAndAsHostAndPathOnScreen() throws IOException {
        // The single page is the PDF's source, and prints every address as the note gives it.
        Map<String, List<String>> inPrint = new java.util.HashMap<>();
        for (Element note : BuiltSite.page("brief.html").select("section[role=doc-endnotes] li")) {
            Element text = note.selectFirst(".note-text");
            long urls = text.text().split("https?://", -1).length - 1;
            List<Element> links = text.select("a[href^=http]");
            assertEquals(urls, links.size(), note.id() + ": " + text.text());
            links.forEach(a -> assertEquals(a.attr("href"), a.text(), note.id()));
            inPrint.put(note.id(), links.stream().map(a -> a.attr("href")).toList());
        }
        assertEquals(84, inPrint.size());
        for (Element note : BuiltSite.page("notes.html").select("section[role=doc-endnotes] li[value]")) {
            List<Element> links = note.select(".note-text a[href^=http]");
            assertEquals(inPrint.get(note.id()), links.stream().map(a -> a.attr("href")).toList(), note.id() + ": the same addresses");
            for (Element a : links) {
                String shown = a.attr("href").replaceFirst("^https?://(www\\.)?", "").replaceFirst("[?#].*$", "")
                        .replaceFirst("/$", "");
                assertEquals(java.net.URLDecoder.decode(shown.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8), a.text(),
                        note.id());
            }
        }
    }

    @Test
    void shortFormNotesLinkToTheFullNote() throws IOException {
        Map<Integer, Integer> shortForms = Map.of(15, 14, 28, 13, 39, 3, 40, 5, 41, 34, 56, 45, 72, 67, 80, 67);
        Document notes = BuiltSite.page("notes.html");
        shortForms.forEach((note, full) -> assertEquals("#note-" + full,
                notes.selectFirst("#note-" + note + " a.note-full").attr("href"), "note " + note));
    }

    @Test
    void theRepairedNotesReadAsTheAuthorWroteThem() throws IOException {
        Document notes = BuiltSite.page("notes.html");
        assertTrue(notes.selectFirst("#note-13").text().startsWith(
                "Henry Plater-Zyberk, “Russia’s Contribution as a Partner in the War on Terrorism,” U.S. Army War College Press 489 (2014)"));
        assertEquals("https://doi.org/10.18449/2021C50", notes.selectFirst("#note-38 .note-text a").attr("href"));
        assertEquals("https://www.fmprc.gov.cn/mfa_eng/zxxx_662805/202304/t20230412_11057785.html",
                notes.selectFirst("#note-55 .note-text a").attr("href"));
    }

    @Test
    void everyParagraphOfTheBriefHasAnIdAndAPermalink() throws IOException {
        Set<String> ids = new HashSet<>();
        for (String name : BuiltSite.readingOrder()) {
            String slug = name.replace(".html", "");
            int n = 0;
            for (Element p : BuiltSite.page(name).select("main article > p:not([class])")) {
                n++;
                assertEquals("p-" + slug + "-" + n, p.id());
                assertEquals("#" + p.id(), p.selectFirst("a.permalink").attr("href"));
                assertTrue(ids.add(p.id()));
            }
        }
        assertEquals(48, ids.size());
    }
}
