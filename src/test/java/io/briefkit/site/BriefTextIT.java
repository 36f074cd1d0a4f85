package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The published text against the PDF extraction it was made from: every paragraph of the
 * brief once, in order, with only the listed repairs. The repairs are an editor's, reviewed
 * against the brief; the test applies them to the raw extraction independently of the site.
 */
class BriefTextIT {
    /** Drop caps the extraction lost, restored at the start of their paragraphs. */
    static final Map<String, String> DROP_CAPS = Map.of(
            "he US exit", "T", "uring the two-decade", "D", "aliban reclaimed", "T",
            "s China and Russia envision", "A", "fghanistan has geoeconomic", "A");
    /** Words garbled beside lost note markers or a lost line-end hyphen. */
    static final Map<String, String> GARBLED = Map.of(
            "Beven the Taliban", "Even the Taliban", "SI-K also claimed", "IS-K also claimed",
            "rareearth", "rare-earth");

    /** Pull quotes the extraction put into the flow, by their first words. */
    static final List<String> PULL_QUOTES = List.of(
            "As the global landscape shifted with the war in Ukraine",
            "The start of the US-Taliban negotiations in 2018 prompted a new dynamism between Beijing and the Taliban.",
            "Their economic interest in Afghanistan is not the immediate priority",
            "The Taliban has categorically denied");

    @Test
    void everyParagraphOfTheBriefAppearsOnceInOrder() throws IOException {
        List<String> site = new ArrayList<>();
        for (String name : BuiltSite.readingOrder()) {
            for (Element p : BuiltSite.page(name).select("main article > p:not([class])")) {
                site.add(plain(p));
            }
        }
        List<String> source = sourceParagraphs();

        assertEquals(String.join("\n", source), String.join("\n", site));
        // abstract 1, introduction 5, history 13, China 7, Russia 3, threats 12, conclusion 6 and the author note
        assertEquals(48, source.size(), "paragraphs in the extraction");
    }

    /** The single-page edition holds the same text: every paragraph once, in order, and every note. */
    @Test
    void theSinglePageEditionHoldsEveryParagraphInOrderAndEveryNote() throws IOException {
        Document whole = BuiltSite.page("brief.html");
        List<String> paragraphs = whole.select("main article > section.part > p:not([class])").stream()
                .map(BriefTextIT::plain).toList();
        assertEquals(String.join("\n", sourceParagraphs()), String.join("\n", paragraphs));
        List<Integer> markers = whole.select("main a.note-ref").stream().map(a -> Integer.parseInt(a.ownText())).toList();
        assertEquals(IntStream.rangeClosed(1, 84).boxed().toList(), markers);
        assertEquals(IntStream.rangeClosed(1, 84).mapToObj(n -> "note-" + n).toList(),
                whole.select("main section.endnotes li").eachAttr("id"));
        assertEquals(1, whole.select("aside#fn-a").size(), "the lettered footnote");
        assertEquals(PULL_QUOTES.size(), whole.select("main .pull-quote").size());
        assertTrue(whole.select("main h3").eachText().stream().anyMatch(h -> h.startsWith("About the Author")));
    }

    @Test
    void pullQuotesArePublishedOnceEachAsPullQuotes() throws IOException {
        List<String> quotes = new ArrayList<>();
        for (String name : BuiltSite.readingOrder()) {
            BuiltSite.page(name).select("main .pull-quote").forEach(q -> quotes.add(plain(q)));
        }
        assertEquals(PULL_QUOTES.size(), quotes.size());
        for (int i = 0; i < quotes.size(); i++) {
            assertTrue(quotes.get(i).startsWith(PULL_QUOTES.get(i)), quotes.get(i));
        }
        assertTrue(quotes.get(3).endsWith("while keeping its relationship with al-Qaeda."), quotes.get(3));
    }

    @Test
    void theBalochFootnoteIsPublishedOnce() throws IOException {
        Document china = BuiltSite.page("china.html");
        Element note = china.getElementById("fn-a").clone();
        note.select(".fn-label, .fn-back").remove();
        assertEquals(normalize(sourceText().lines().filter(l -> l.startsWith("a It is an umbrella term")).findFirst()
                .orElseThrow().substring(2)), plain(note));
    }

    /**
     * Every note is cited once, and a reader meets the references in the order 1 to 84,
     * as in the printed brief: the surviving markers kept their numbers (the first of the
     * extraction's two "78" is note 73) and the restored ones fill the gaps in sequence.
     */
    @Test
    void noteReferencesRunFromOneToEightyFourInReadingOrder() throws IOException {
        List<Integer> markers = new ArrayList<>();
        for (String name : BuiltSite.readingOrder()) {
            BuiltSite.page(name).select("main a.note-ref").forEach(s -> markers.add(Integer.parseInt(s.ownText())));
        }
        assertEquals(IntStream.rangeClosed(1, 84).boxed().toList(), markers);
    }

    private static String plain(Element element) {
        Element copy = element.clone();
        copy.select("sup, .permalink").remove();
        return normalize(copy.text());
    }

    static String normalize(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replaceAll("\\s+", " ").replaceAll(" ([.,;:])", "$1").strip();
    }

    static String sourceText() throws IOException {
        try (InputStream in = BriefTextIT.class.getResourceAsStream("/source/brief-636.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The body of the extraction, from the abstract to the note about the author, as paragraphs. */
    static List<String> sourceParagraphs() throws IOException {
        String text = sourceText();
        String body = text.substring(text.indexOf("### Abstract"), text.indexOf("- Nelofar Sakhai"));
        List<String> paragraphs = new ArrayList<>();
        String pending = "";
        for (String block : body.split("\\n\\s*\\n")) {
            String b = block.strip().replace("\n", " ");
            if (b.isEmpty() || b.startsWith("#") || b.equals("D") || b.startsWith("Attribution:")
                    || b.startsWith("a It is an umbrella term") || isPullQuote(b)) {
                continue;
            }
            b = b.replaceAll("\\s*<sup>[\\d,\\s]+</sup>", "").replaceAll("(?<=[.,])\\s*\\d{1,2}(,\\d{1,2})*(?=\\s|$)", "")
                    .replace("\\$", "$").replace("**", "");
            for (Map.Entry<String, String> dropCap : DROP_CAPS.entrySet()) {
                if (b.startsWith(dropCap.getKey())) {
                    b = dropCap.getValue() + b;
                }
            }
            for (Map.Entry<String, String> repair : GARBLED.entrySet()) {
                b = b.replace(repair.getKey(), repair.getValue());
            }
            String joined = pending.isEmpty() ? b : pending + " " + b;
            // A paragraph cut by a page break ends mid-sentence; it continues in the next block.
            if (joined.matches(".*[A-Za-z]$")) {
                pending = joined;
            } else {
                paragraphs.add(normalize(joined));
                pending = "";
            }
        }
        return paragraphs;
    }

    private static boolean isPullQuote(String block) {
        return PULL_QUOTES.stream().anyMatch(block::startsWith);
    }
}
