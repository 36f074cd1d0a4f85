package io.briefkit.publish;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;
import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where the PDF's lines may break: OpenHTMLtoPDF's own rules (Java's, with breaks inside web
 * addresses after their slashes and dots), except after an apostrophe inside a word, which
 * Java takes for a closing quotation mark: "Taliban’s" must not end a line as "Taliban’".
 */
final class PdfLineBreaker implements FSTextBreaker {
    private final FSTextBreaker rules = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(Locale.ENGLISH));
    private String text = "";

    @Override
    public void setText(String text) {
        this.text = text;
        rules.setText(text);
    }

    @Override
    public int next() {
        int next = rules.next();
        while (next > 0 && next < text.length() && insideWord(next)) {
            next = rules.next();
        }
        return next;
    }

    /** An apostrophe between two letters, such as the one in "Taliban’s", ends just before {@code at}. */
    private boolean insideWord(int at) {
        char before = text.charAt(at - 1);
        return (before == '\u2019' || before == '\'') && at >= 2 && Character.isLetter(text.charAt(at - 2))
                && Character.isLetter(text.charAt(at));
    }
}
