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

    @Test
    void thePackageSaysWhatEpubAccessibilityAsksOfIt() {
        Document opf = files.get("OEBPS/package.opf");
        Map<String, List<String>> said = new LinkedHashMap<>();
        for (Element meta : opf.select("metadata > meta[property]")) {
            said.computeIfAbsent(meta.attr("property"), k -> new ArrayList<>()).add(meta.text());
        }
        assertEquals(List.of("textual", "visual"), said.get("schema:accessMode"), "text, and the cover image");
        assertEquals(List.of("textual"), said.get("schema:accessModeSufficient"));
        assertTrue(said.get("schema:accessibilityFeature").containsAll(List.of("structuralNavigation", "tableOfContents",
                "readingOrder", "alternativeText")), said::toString);
        assertEquals(List.of("none"), said.get("schema:accessibilityHazard"));
        assertTrue(said.get("schema:accessibilitySummary").get(0).length() > 80, said::toString);
        assertEquals(List.of("EPUB Accessibility 1.1 - WCAG 2.2 Level AA"), said.get("dcterms:conformsTo"));
        assertEquals(1, said.get("a11y:certifiedBy").size(), said::toString);
    }

    @Test
    void everyEpubTypeThatHasAnAriaRoleCarriesIt() {
        Map<String, String> roles = Map.of("chapter", "doc-chapter", "footnote", "doc-footnote", "noteref", "doc-noteref",
                "glossary", "doc-glossary", "glossref", "doc-glossref", "abstract", "doc-abstract", "toc", "doc-toc",
                "endnotes", "doc-endnotes");
        List<String> missing = new ArrayList<>();
        int typed = 0;
        for (Map.Entry<String, Document> file : files.entrySet()) {
            for (Element element : file.getValue().getElementsByAttribute("epub:type")) {
                String role = roles.get(element.attr("epub:type"));
                if (role != null) {
                    typed++;
                    if (!role.equals(element.attr("role"))) {
                        missing.add(file.getKey() + ": " + element.tagName() + " epub:type=" + element.attr("epub:type")
                                + " role=" + element.attr("role"));
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
        assertTrue(typed > 84 * 2 + 7, "notes, their references and the chapters: " + typed);
    }

    @Test
    void theAbstractIsASectionOfItsOwnAfterTheTitlePage() {
        Document overview = files.get("OEBPS/overview.xhtml");
        Element title = typed(overview, "titlepage").get(0);
        Element abstractSection = typed(overview, "abstract").get(0);
        assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", title.selectFirst("h1").text());
        assertTrue(title.getElementsContainingOwnText("seek closer ties").isEmpty(), "the abstract is not in the title page");
        assertTrue(abstractSection.text().startsWith("Abstract China and Russia both seek closer ties with the Taliban in Kabul"),
                abstractSection.text());
        assertTrue(title.elementSiblingIndex() < abstractSection.elementSiblingIndex());
    }

    @Test
    void glossaryLinksLeadToAnchorsConvertersKeep() {
        Document glossary = files.get("OEBPS/glossary.xhtml");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Document> file : files.entrySet()) {
            for (Element link : file.getValue().select("a[href^=glossary.xhtml#]")) {
                Element target = glossary.getElementById(link.attr("href").substring("glossary.xhtml#".length()));
                if (target == null || !target.tagName().equals("span") || !target.parent().tagName().equals("dt")) {
                    wrong.add(file.getKey() + ": " + link.attr("href") + " -> " + (target == null ? "nothing" : target.tagName()));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(glossary.select("dt[id]").isEmpty(), "no id on a term, where converters drop it");
    }

    @Test
    void theEpubNotesAreTheBriefs84InTheirOrderAndTheLetteredFootnoteIsNotAmongThem() {
        List<String> numbers = new ArrayList<>();
        for (String chapter : List.of("overview", "introduction", "history", "china", "russia", "threats", "conclusions",
                "glossary")) {
            typed(files.get("OEBPS/" + chapter + ".xhtml"), "noteref").forEach(ref -> numbers.add(ref.ownText()));
        }
        // A converter numbers the EPUB's notes in one sequence, so the sequence must be the brief's.
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 84).mapToObj(String::valueOf).toList(), numbers);
        Document china = files.get("OEBPS/china.xhtml");
        Element ref = china.selectFirst("a[href=#fn-a]");
        assertEquals("doc-noteref", ref.attr("role"));
        assertEquals("", ref.attr("epub:type"));
        assertEquals("doc-footnote", china.getElementById("fn-a").attr("role"));
        assertEquals("", china.getElementById("fn-a").attr("epub:type"));
    }
}
