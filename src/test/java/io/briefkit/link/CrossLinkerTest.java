package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrossLinkerTest {
    @TempDir
    Path site;

    static final LinkedPage HISTORY = new LinkedPage("history.html", "History");
    static final LinkedPage THREATS = new LinkedPage("threats.html", "Threats");
    static final LinkedPage NOTES = new LinkedPage("notes.html", "Notes");
    static final Map<Integer, NoteText> TEXTS = Map.of(
            1, new NoteText(1, "A. Author, <em>Source</em>.", 0),
            2, new NoteText(2, "Author, short form.", 1, "After \"Again\", where the claim is made.",
                    "A space in the URL removed."));

    private static String ref(int n) {
        return "<sup class=\"notes\"><span class=\"note-ref\" data-note=\"" + n + "\">" + n + "</span></sup>";
    }

    private void page(LinkedPage page, String article) throws IOException {
        Files.writeString(site.resolve(page.uri()), "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<nav class=\"toc\"><ol><li><a href=\"" + page.uri() + "\" aria-current=\"page\">T</a></li></ol></nav><main>"
                + "<article><h1>T</h1>" + article + "</article></main></body></html>");
    }

    private Document read(LinkedPage page) throws IOException {
        return Jsoup.parse(site.resolve(page.uri()).toFile());
    }

    @BeforeEach
    void setUp() throws IOException {
        page(HISTORY, "<p>First.</p><h2>China’s Ambitions</h2><p>Cited here." + ref(1) + "</p><h2>Stakes</h2><h2>Stakes</h2>"
                + "<section class=\"endnotes\"><h2>Notes</h2></section>");
        page(THREATS, "<p>Again." + ref(1) + ref(2) + "</p><p class=\"lede\">Not a paragraph of the brief.</p>");
        page(NOTES, "<section data-endnotes=\"all\"></section>");
        List<Finding> findings = new CrossLinker(site, List.of(HISTORY, THREATS, NOTES), TEXTS, List.of()).link();
        assertEquals(List.of(), findings);
    }

    @Test
    void everyHeadingGetsAnIdFromItsWordsAndAPermalinkButOnlyTheTextsAreListedInTheContents() throws IOException {
        Document history = read(HISTORY);
        assertEquals(List.of("chinas-ambitions", "stakes", "stakes-2"), history.select("article > h2").eachAttr("id"));
        assertEquals("#chinas-ambitions", history.selectFirst("#chinas-ambitions a.permalink").attr("href"));
        assertEquals("Link to this section: China’s Ambitions",
                history.selectFirst("#chinas-ambitions a.permalink").attr("aria-label"));
        assertEquals("notes", history.selectFirst("section.endnotes h2").id());
        assertEquals("#notes", history.selectFirst("section.endnotes h2 a.permalink").attr("href"));
        assertEquals(List.of("#chinas-ambitions", "#stakes", "#stakes-2"), history.select("nav.toc ol.sections a").eachAttr("href"));
        assertEquals("afghanistans-significance-for-china", SectionAnchors.slug("Afghanistan’s Significance for China"));
        assertEquals("cote-divoire", SectionAnchors.slug("Côte d'Ivoire"));
        assertEquals("section", SectionAnchors.slug("¶"));
    }

    @Test
    void paragraphsGetStableIdsAndPermalinks() throws IOException {
        Document history = read(HISTORY);
        assertEquals(List.of("p-history-1", "p-history-2"), history.select("article > p").eachAttr("id"));
        Element permalink = history.selectFirst("#p-history-2 a.permalink");
        assertEquals("#p-history-2", permalink.attr("href"));
        assertEquals("Link to paragraph 2", permalink.attr("aria-label"));
        assertEquals("", read(THREATS).selectFirst("p.lede").id(), "a paragraph of the page's furniture");
    }

    @Test
    void referencesBecomeNumberedLinksToTheNoteOnThePage() throws IOException {
        Element ref = read(THREATS).selectFirst("a[role=doc-noteref]");
        assertEquals("#note-1", ref.attr("href"));
        assertEquals("note-1-ref-2", ref.id(), "second citation of note 1 in reading order");
        assertEquals("Note 1", ref.attr("aria-label"));
        assertEquals("1", ref.text());
        assertEquals("note-1-ref-1", read(HISTORY).selectFirst("a[role=doc-noteref]").id());
    }

    @Test
    void eachPageEndsWithTheNotesItCites() throws IOException {
        Element section = read(THREATS).selectFirst("article > section.endnotes");
        assertEquals("doc-endnotes", section.attr("role"));
        assertEquals(List.of("note-1", "note-2"), section.select("ol > li").eachAttr("id"));
        assertEquals(List.of("1", "2"), section.select("ol > li").eachAttr("value"));
        assertEquals(List.of("note-1"), read(HISTORY).select("section.endnotes li").eachAttr("id"));
    }

    @Test
    void aNoteCitedTwiceHasLabelledBackLinksToBothPlacesAcrossPages() throws IOException {
        Element note = read(THREATS).getElementById("note-1");
        List<Element> back = note.select("a[role=doc-backlink]");
        assertEquals(List.of("history.html#note-1-ref-1", "#note-1-ref-2"), back.stream().map(a -> a.attr("href")).toList());
        assertEquals(List.of("a", "b"), back.stream().map(Element::text).toList());
        assertEquals(List.of("Back to reference 1 in History, paragraph 2", "Back to reference 2 in paragraph 1"),
                back.stream().map(a -> a.attr("aria-label")).toList());
        assertTrue(note.selectFirst(".backlinks").text().startsWith("↑ a b"));
    }

    @Test
    void aNoteCitedOnceHasOneArrowNamedForWhereItLeads() throws IOException {
        Element back = read(THREATS).getElementById("note-2").selectFirst("a[role=doc-backlink]");
        assertEquals("↑", back.text());
        assertEquals("#note-2-ref-1", back.attr("href"));
        assertEquals("Back to paragraph 1", back.attr("aria-label"), "on its own page, the paragraph");
        assertEquals("Back to the reference in Threats, paragraph 1",
                read(NOTES).getElementById("note-2").selectFirst("a[role=doc-backlink]").attr("aria-label"), "elsewhere, the page too");
    }

    @Test
    void notesPageListsEveryNoteWithBackLinksToThePages() throws IOException {
        Document notes = read(NOTES);
        assertEquals(List.of("note-1", "note-2"), notes.select("[data-endnotes=all] li[value]").eachAttr("id"));
        assertEquals(List.of("history.html#note-1-ref-1", "threats.html#note-1-ref-2"),
                notes.getElementById("note-1").select("a[role=doc-backlink]").eachAttr("href"));
        assertTrue(notes.select("[role=doc-endnote]").isEmpty(), "deprecated role");
    }

    @Test
    void shortFormNoteLinksToTheFullNote() throws IOException {
        assertEquals("#note-1", read(THREATS).selectFirst("#note-2 a.note-full").attr("href"));
        assertEquals("#note-1", read(NOTES).selectFirst("#note-2 a.note-full").attr("href"));
    }

    @Test
    void noteTextKeepsItsMarkup() throws IOException {
        assertEquals("A. Author, <em>Source</em>.", read(HISTORY).selectFirst("#note-1 .note-text").html());
    }

    @Test
    void shortFormLinksToTheNotesPageWhenTheFullNoteIsNotOnThePage() throws IOException {
        page(HISTORY, "<p>Only the short form." + ref(2) + "</p>");
        page(THREATS, "<p>Full." + ref(1) + "</p>");
        page(NOTES, "<section data-endnotes=\"all\"></section>");
        new CrossLinker(site, List.of(HISTORY, THREATS, NOTES), TEXTS, List.of()).link();
        assertEquals("notes.html#note-1", read(HISTORY).selectFirst("#note-2 a.note-full").attr("href"));
    }

    @Test
    void aMarkerTheEditorsRestoredCarriesADaggerAndSaysSo() throws IOException {
        Element restored = read(THREATS).selectFirst("a.note-ref[href=#note-2]");
        assertTrue(restored.hasClass("restored"));
        assertEquals("2", restored.ownText());
        assertEquals("†", restored.selectFirst(".restored-mark").text());
        assertEquals("true", restored.selectFirst(".restored-mark").attr("aria-hidden"));
        assertEquals("Note 2, marker restored by the editors", restored.attr("aria-label"));
        Element authors = read(THREATS).selectFirst("a.note-ref[href=#note-1]");
        assertEquals("Note 1", authors.attr("aria-label"));
        assertTrue(authors.select(".restored-mark").isEmpty());
    }

    @Test
    void theNotesPageTellsWhatTheEditorsDidInDisclosures() throws IOException {
        Element note = read(NOTES).getElementById("note-2");
        assertEquals(List.of("Marker restored by the editors", "Repaired by the editors"),
                note.select("details.editors > summary").eachText());
        assertEquals(List.of("After \"Again\", where the claim is made.", "A space in the URL removed."),
                note.select("details.editors > p").eachText());
        assertTrue(read(NOTES).getElementById("note-1").select("details").isEmpty(), "the author's note as it was");
        assertTrue(read(THREATS).select("#note-2 details, #note-2 .editors").isEmpty(), "the parts stay light");
    }
}
