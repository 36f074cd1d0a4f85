package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.check.EpubValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The EPUB the build writes: valid, complete, with pop-up notes and the glossary. */
class EpubIT {
    static final Path EPUB = Path.of(System.getProperty("epub", "target/orf-brief-636-1.0.0.epub"));
    static final Map<String, Document> files = new LinkedHashMap<>();
    static List<String> names = new ArrayList<>();

    @BeforeAll
    static void read() throws IOException {
        try (ZipFile zip = new ZipFile(EPUB.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                names.add(entry.getName());
                if (entry.getName().endsWith(".xhtml") || entry.getName().endsWith(".opf")) {
                    String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                    files.put(entry.getName(), Jsoup.parse(text, "", Parser.xmlParser()));
                }
            }
            ZipEntry first = zip.entries().nextElement();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
        }
    }

    /** Elements with an epub:type, which CSS selectors cannot name. */
    private static List<Element> typed(Document document, String type) {
        return document.getElementsByAttributeValue("epub:type", type);
    }

    @Test
    void epubcheckReportsNoErrorAndNoWarning() {
        assertEquals(List.of(), new EpubValidator().check(EPUB, EPUB.getFileName().toString()));
    }

    @Test
    void metadataNamesTheBrief() {
        Document opf = files.get("OEBPS/package.opf");
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", opf.selectFirst("dc|title").text());
        assertEquals("Atal Ahmadzai", opf.selectFirst("dc|creator").text());
        assertEquals("Observer Research Foundation", opf.selectFirst("dc|publisher").text());
        assertEquals("cover.svg", opf.selectFirst("item[properties=cover-image]").attr("href"));
    }

    @Test
    void contentsListTheBriefsPartsInOrder() {
        List<String> chapters = typed(files.get("OEBPS/nav.xhtml"), "toc").get(0).select("a").eachAttr("href");
        assertEquals(List.of("overview.xhtml", "introduction.xhtml", "history.xhtml", "china.xhtml", "russia.xhtml",
                "threats.xhtml", "conclusions.xhtml", "glossary.xhtml"), chapters);
    }

    @Test
    void everyNoteIsAPopUpFootnoteInTheChapterThatCitesIt() {
        int notes = 0;
        for (Map.Entry<String, Document> file : files.entrySet()) {
            for (Element ref : typed(file.getValue(), "noteref")) {
                String id = ref.attr("href").substring(1);
                Element note = file.getValue().getElementById(id);
                assertNotNull(note, file.getKey() + ": " + ref.attr("href"));
                assertEquals("aside", note.tagName());
                assertEquals("footnote", note.attr("epub:type"));
                if (id.startsWith("note-")) {
                    notes++;
                    assertEquals("#" + ref.id(), note.selectFirst("a[role=doc-backlink]").attr("href"));
                }
            }
        }
        assertEquals(84, notes);
    }

    @Test
    void theGlossaryIsAnEpubGlossaryAndTheTextLinksToIt() {
        Document glossary = files.get("OEBPS/glossary.xhtml");
        assertTrue(typed(glossary, "glossterm").size() >= 30);
        Element link = typed(files.get("OEBPS/threats.xhtml"), "glossref").get(0);
        String target = link.attr("href");
        assertTrue(target.startsWith("glossary.xhtml#term-"), target);
        assertNotNull(glossary.getElementById(target.substring(target.indexOf('#') + 1)), target);
    }

    @Test
    void theWebPagesFurnitureStaysOnTheWeb() {
        for (Map.Entry<String, Document> file : files.entrySet()) {
            assertTrue(file.getValue().select(".permalink, template, nav.toc, [data-preview], script").isEmpty(), file.getKey());
        }
    }
}
