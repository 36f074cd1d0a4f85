package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A page's bytes are the UTF-8 of the HTML jsoup writes, whatever characters it holds and however long it is. */
class HtmlBytesTest {
    private static Document page(String body) {
        Document document = Jsoup.parse("<!doctype html><html lang=\"en\"><head><title>T</title></head><body>"
                + body + "</body></html>");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    @Test
    void aShortPageIsItsHtmlInUtf8() {
        Document document = page("<p id=\"a\">“Quoted” &amp; non\u00a0breaking, Kabul’s <b>bold</b> \uD83D\uDE00</p>");
        assertArrayEquals(document.html().getBytes(StandardCharsets.UTF_8), HtmlBytes.of(document));
    }

    @Test
    void aLongPageKeepsEveryCharacterThatCrossesFromOneBlockToTheNext() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < 200_000; i++) {
            // Strings of odd lengths put the two halves of a surrogate pair at every offset in turn.
            body.append("<p>").append("x".repeat(i % 7)).append("\uD83D\uDE00 é ").append(i).append("</p>");
        }
        Document document = page(body.toString());
        byte[] bytes = HtmlBytes.of(document);
        assertTrue(bytes.length > 200_000);
        assertArrayEquals(document.html().getBytes(StandardCharsets.UTF_8), bytes);
    }

    @Test
    void aCharacterOfTwoHalvesWrittenOneHalfAtATimeAcrossTwoBlocksIsWhole() {
        String text = "a".repeat(HtmlBytes.BLOCK - 1) + "\uD83D\uDE00 and after";
        HtmlBytes out = new HtmlBytes();
        text.chars().forEach(out::write);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toBytes());
    }
}
