package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinglePageEditionTest {
    @TempDir
    Path site;

    static final LinkedPage OVERVIEW = new LinkedPage("index.html", "Overview");
    static final LinkedPage HISTORY = new LinkedPage("history.html", "History");
    static final LinkedPage THREATS = new LinkedPage("threats.html", "Threats");
    static final LinkedPage NOTES = new LinkedPage("notes.html", "Notes");
    static final LinkedPage GLOSSARY = new LinkedPage("glossary.html", "Glossary");
    static final Map<Integer, NoteText> TEXTS = Map.of(
            1, new NoteText(1, "A. Author, <em>Source</em>.", 0),
            2, new NoteText(2, "Author, short form.", 1));

    private static final String TOC = "<nav class=\"toc\"><ol><li><a href=\"index.html\">Overview</a></li>"
            + "<li><a href=\"history.html\">History</a></li><li><a href=\"threats.html\">Threats</a></li>"
            + "<li><a href=\"notes.html\">Notes</a></li><li><a href=\"glossary.html\">Glossary</a></li></ol></nav>";

    private static String ref(int n) {
        return "<sup class=\"notes\"><span class=\"note-ref\" data-note=\"" + n + "\">" + n + "</span></sup>";
    }

    private void page(LinkedPage page, String article) throws IOException {
        Files.writeString(site.resolve(page.uri()), "<!DOCTYPE html><html><head><title>t</title></head><body>" + TOC
                + "<main><article>" + article + "</article></main></body></html>");
    }

    private Document build(String singlePage) throws IOException {
        page(OVERVIEW, "<h1 data-page-only>The Brief</h1><h2>Abstract</h2><p>What the brief argues.</p>"
                + "<section class=\"guide\" data-page-only><h2 id=\"guide-title\">Reading guide</h2></section>"
                + "<p class=\"attribution\">Attribution: the author.</p>");
        page(HISTORY, "<h1>The War Years</h1><p>First, see <a href=\"threats.html#p-threats-1\">the threat</a>."
                + ref(1) + "</p><h2>Stakes</h2><p>Then <a href=\"#stakes\">this section</a> and"
                + " <a href=\"threats.html#stakes\">that one</a>.</p>");
        page(THREATS, "<h1>Threats</h1><p>Again." + ref(1) + ref(2) + "</p><h2>Stakes</h2>"
                + "<p>Back to <a href=\"history.html\">history</a> and the <a href=\"glossary.html\">glossary</a>.</p>");
        page(NOTES, "<h1 id=\"page-title\">Notes</h1><p class=\"lede\" data-page-only>Our words.</p>"
                + "<section class=\"endnotes\" aria-labelledby=\"page-title\" data-endnotes=\"all\"></section>");
        page(GLOSSARY, "<h1>Glossary</h1><dl data-glossary></dl>");
        Files.writeString(site.resolve("brief.html"), "<!DOCTYPE html><html><head><title>t</title></head><body>" + TOC
                + "<main><article><h1>The Brief</h1>" + singlePage + "</article></main></body></html>");
        List<Finding> findings = new CrossLinker(site, List.of(OVERVIEW, HISTORY, THREATS, NOTES, GLOSSARY), TEXTS,
                List.of()).singlePage("brief.html").link();
        assertEquals(List.of(), findings);
        return Jsoup.parse(site.resolve("brief.html").toFile());
    }

    private Document build() throws IOException {
        return build("<p class=\"lede\">The whole brief.</p><div data-single-page></div>");
    }

    @Test
    void holdsEveryPartButTheGlossaryInReadingOrderEachAsASectionWithItsTitleOneLevelDown() throws IOException {
        Document page = build();
        assertEquals(List.of("part-index", "part-history", "part-threats", "part-notes"),
                page.select("article > section.part").eachAttr("id"));
        assertEquals(List.of("Abstract", "The War Years", "Threats", "Notes"),
                page.select("section.part > h2:first-child").stream().map(h -> h.ownText().strip()).toList());
        assertEquals("Stakes", page.selectFirst("#part-history h3").ownText().strip());
        assertEquals(1, page.select("h1").size(), "the page's own title only");
        assertNull(page.selectFirst("[data-single-page]"), "the place to fill is gone");
        assertEquals("The whole brief.", page.selectFirst("article > p.lede").text(), "the template's own text stays");
    }

    @Test
    void eachSectionIsNamedByItsTitleWhichLinksToItself() throws IOException {
        Document page = build();
        Element history = page.getElementById("part-history");
        Element title = page.getElementById(history.attr("aria-labelledby"));
        assertEquals("h2", title.tagName());
        assertEquals("#" + title.id(), title.selectFirst("a.permalink").attr("href"));
        assertEquals("page-title", page.getElementById("part-notes").attr("aria-labelledby"),
                "a title with an id keeps it");
    }

    @Test
    void leavesOutWhatIsThePagesOwnAndEachPartsNotesButKeepsAllTheNotes() throws IOException {
        Document page = build();
        assertNull(page.getElementById("guide-title"));
        assertTrue(page.select("p.lede").stream().noneMatch(p -> p.text().equals("Our words.")));
        assertEquals("Attribution: the author.", page.selectFirst("#part-index p.attribution").text());
        assertEquals(1, page.select("section.endnotes").size(), "only the notes page's list");
        assertEquals(List.of("note-1", "note-2"), page.select("section.endnotes li").eachAttr("id"));
        assertNull(page.selectFirst("[data-endnotes]"), "nothing left for the cross-linker to fill again");
    }

    @Test
    void linksBetweenPartsBecomeLinksWithinThePage() throws IOException {
        Document page = build();
        assertEquals("#p-threats-1", page.selectFirst("#part-history a:contains(the threat)").attr("href"));
        assertEquals("#part-history", page.selectFirst("#part-threats a:contains(history)").attr("href"));
        assertEquals("glossary.html", page.selectFirst("#part-threats a:contains(glossary)").attr("href"),
                "a page the edition does not hold is still linked");
        assertEquals("#note-1", page.selectFirst("#part-history a.note-ref").attr("href"));
        assertEquals(List.of("#note-1-ref-1", "#note-1-ref-2"),
                page.select("#note-1 a[role=doc-backlink]").eachAttr("href"), "back-links across parts");
        assertEquals(List.of("#part-index", "#part-history", "#part-threats", "#part-notes", "glossary.html"),
                page.select("nav.toc a").eachAttr("href"), "the contents lead to the sections");
    }

    @Test
    void anIdTwoPartsShareIsRenamedInTheSecondWithEveryLinkToIt() throws IOException {
        Document page = build();
        Set<String> ids = new HashSet<>();
        page.select("[id]").forEach(e -> assertTrue(ids.add(e.id()), "id used twice: " + e.id()));
        assertNotNull(page.getElementById("stakes"));
        assertNotNull(page.getElementById("threats-stakes"));
        assertEquals("#stakes", page.selectFirst("#part-history a:contains(this section)").attr("href"));
        assertEquals("#threats-stakes", page.selectFirst("#part-history a:contains(that one)").attr("href"),
                "a link from an earlier part to a renamed id in a later one");
        assertEquals("#threats-stakes", page.selectFirst("#threats-stakes a.permalink").attr("href"));
    }

    @Test
    void aTemplateWithoutThePlaceToFillIsReported() throws IOException {
        page(HISTORY, "<h1>H</h1><p>Text.</p>");
        Files.writeString(site.resolve("brief.html"), "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + "<main><article><h1>The Brief</h1></article></main></body></html>");
        List<Finding> findings = new CrossLinker(site, List.of(HISTORY), TEXTS, List.of()).singlePage("brief.html").link();
        assertEquals(1, findings.size());
        assertEquals("brief.html", findings.get(0).path());
        assertTrue(findings.get(0).message().contains("data-single-page"), findings.get(0).message());
    }

    @Test
    void aHeadingWithoutAnIdIsGivenOneUniqueInTheWholePageAndALinkToItself() throws IOException {
        String box = "<aside class=\"box\"><h4>A closer look</h4><p>More.</p></aside>";
        page(HISTORY, "<h1>History</h1><p>Text.</p>" + box);
        page(THREATS, "<h1>Threats</h1><p>Text.</p>" + box);
        Files.writeString(site.resolve("brief.html"), "<!DOCTYPE html><html><head><title>t</title></head><body>" + TOC
                + "<main><article><h1>The Brief</h1><div data-single-page></div><h2>A closer look</h2></article></main>"
                + "</body></html>");
        assertEquals(List.of(), new CrossLinker(site, List.of(HISTORY, THREATS), TEXTS, List.of())
                .singlePage("brief.html").link());
        Document page = Jsoup.parse(site.resolve("brief.html").toFile());
        assertEquals(List.of("a-closer-look", "a-closer-look-2"), page.select("section.part h5").eachAttr("id"),
                "in the page's order");
        assertEquals("a-closer-look-3", page.selectFirst("article > h2").id(), "the page's own heading, after the parts");
        for (String id : List.of("a-closer-look", "a-closer-look-2", "a-closer-look-3")) {
            assertEquals("#" + id, page.getElementById(id).selectFirst("> a.permalink").attr("href"), id);
        }
    }

    @Test
    void aPartsSectionIsPutInPlaceOfItsOldOneAndTheSectionsAfterItMoveAlong() {
        String page = "<main><section id=\"a\">Á</section><section id=\"b\">b</section><section id=\"c\">c</section></main>";
        Map<String, int[]> spans = new java.util.HashMap<>();
        for (String part : List.of("a", "b", "c")) {
            String section = page.substring(page.indexOf("<section id=\"" + part), page.indexOf("</section>",
                    page.indexOf("<section id=\"" + part)) + "</section>".length());
            int start = page.substring(0, page.indexOf(section)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            spans.put(part, new int[] {start, start + section.getBytes(java.nio.charset.StandardCharsets.UTF_8).length});
        }
        byte[] bytes = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        // The page as a splice before this one left it: in runs, one of them ending within the Á.
        int cut = page.substring(0, page.indexOf("Á")).getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
        io.briefkit.ByteRuns last = new io.briefkit.ByteRuns.Builder().add(java.util.Arrays.copyOf(bytes, cut))
                .add(java.util.Arrays.copyOfRange(bytes, cut, bytes.length)).build();
        io.briefkit.PageEdit.Recorder edit = new io.briefkit.PageEdit.Recorder("last", last);
        byte[] spliced = SinglePageEdition.splice(last, spans,
                Map.of("a", "<section id=\"a\">Ä longer</section>", "c", "<section id=\"c\"></section>"), edit).toArray();
        String now = new String(spliced, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("<main><section id=\"a\">Ä longer</section><section id=\"b\">b</section><section id=\"c\"></section></main>",
                now);
        StringBuilder edited = new StringBuilder(page);
        List<io.briefkit.PageEdit.Change> changes = edit.edit().changes();
        assertEquals(2, changes.size(), "the two sections put in, said as changes of the page as it was");
        for (int i = changes.size() - 1; i >= 0; i--) {
            edited.replace(changes.get(i).start(), changes.get(i).end(), changes.get(i).text());
        }
        assertEquals(now, edited.toString());
        for (String part : List.of("a", "b", "c")) {
            String at = new String(spliced, spans.get(part)[0], spans.get(part)[1] - spans.get(part)[0],
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(at.startsWith("<section id=\"" + part + "\">") && at.endsWith("</section>")
                    && at.indexOf("<section", 1) < 0, part + " is where its span says: " + at);
        }
    }
}
