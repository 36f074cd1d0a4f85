package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import io.briefkit.content.Correction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marks of the editors' work in the text, and the About page's lists made from the same records. */
class EditionRecordsTest {
    @TempDir
    Path site;

    static final LinkedPage HISTORY = new LinkedPage("history.html", "History");
    static final LinkedPage NOTES = new LinkedPage("notes.html", "Notes");
    static final Map<Integer, NoteText> TEXTS = Map.of(
            1, new NoteText(1, "A. Author, <em>Source</em>.", 0),
            2, new NoteText(2, "B. Author, a report.", 0, "After the claim it supports.", ""),
            3, new NoteText(3, "C. Author, <https://example.org/c>.", 0, "", "A space in the URL removed."));

    private static String ref(int n) {
        return "<sup class=\"notes\"><span class=\"note-ref\" data-note=\"" + n + "\">" + n + "</span></sup>";
    }

    private void page(String uri, String article) throws IOException {
        Files.writeString(site.resolve(uri), "<!DOCTYPE html><html><head><title>t</title></head><body><main>"
                + "<article>" + article + "</article></main></body></html>");
    }

    private Document read(String uri) throws IOException {
        return Jsoup.parse(site.resolve(uri).toFile());
    }

    @BeforeEach
    void setUp() throws IOException {
        page("history.html", "<h1 class=\"supplied\">The War Years</h1><p>First." + ref(1) + "</p>"
                + "<h2>China’s Ambitions</h2><p>Second." + ref(2) + ref(3) + "</p>"
                + "<h2 class=\"supplied\">A Section We Named</h2><p>Third.</p>");
        page("notes.html", "<h1>Notes</h1><section data-endnotes=\"all\"></section>");
        page("about.html", "<h1>About</h1><div data-edition=\"supplied-headings\"></div>"
                + "<div data-edition=\"restored-markers\"></div><div data-edition=\"repaired-notes\"></div>"
                + "<div data-edition=\"corrections\"></div>");
        List<Finding> findings = new CrossLinker(site, List.of(HISTORY, NOTES), TEXTS, List.of())
                .aboutPage("about.html", List.of(new Correction(LocalDate.of(2026, 11, 29), 2, "", "Its *record* corrected.", 7)))
                .link();
        assertEquals(List.of(), findings);
    }

    @Test
    void aSuppliedHeadingIsBracketedAndMarkedWithALinkToTheAboutPage() throws IOException {
        Document history = read("history.html");
        Element title = history.selectFirst("h1");
        assertEquals("The War Years", title.selectFirst(".supplied-words").text());
        Element mark = title.selectFirst("a.supplied-mark");
        assertEquals("about.html#supplied-headings", mark.attr("href"));
        assertEquals("heading supplied by the editors", mark.attr("aria-label"));
        Element section = history.getElementById("a-section-we-named");
        assertEquals("A Section We Named", section.selectFirst(".supplied-words").text(), "id from its words alone");
        assertEquals(List.of("supplied-words", "supplied-mark", "permalink"),
                section.children().stream().map(Element::className).toList(), "the mark before the permalink");
        assertTrue(history.getElementById("chinas-ambitions").select(".supplied-mark").isEmpty(), "the author's heading");
    }

    @Test
    void theAboutPageListsEverySuppliedHeadingWhereItIs() throws IOException {
        Element list = read("about.html").selectFirst("[data-edition=supplied-headings] ul");
        assertEquals(List.of("The War Years", "A Section We Named"), list.select("a").eachText());
        assertEquals(List.of("history.html", "history.html#a-section-we-named"), list.select("a").eachAttr("href"));
    }

    @Test
    void theAboutPageListsEveryRestoredMarkerWithItsPlaceAndRecord() throws IOException {
        Element item = read("about.html").getElementById("restored-2");
        assertEquals("history.html#note-2-ref-1", item.selectFirst("a").attr("href"));
        assertEquals("Note 2†, in History, paragraph 2", item.child(0).text());
        assertEquals("After the claim it supports.", item.child(1).text());
        assertEquals(1, read("about.html").select("[data-edition=restored-markers] li").size(), "only restored ones");
    }

    @Test
    void theAboutPageListsTheRepairedNotesAndTheCorrectionsLog() throws IOException {
        Document about = read("about.html");
        assertEquals("Note 3: A space in the URL removed.", about.selectFirst("[data-edition=repaired-notes] li").text());
        Element entry = about.selectFirst("[data-edition=corrections] li");
        assertEquals("2026-11-29 · Note 2: Its record corrected.", entry.text());
        assertEquals("2026-11-29", entry.selectFirst("time").attr("datetime"));
        assertEquals("notes.html#note-2", entry.selectFirst("a").attr("href"));
        assertEquals("record", entry.selectFirst("em").text());
    }
}
