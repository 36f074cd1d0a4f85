package io.briefkit.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.briefkit.markdown.note.NoteExtension;
import io.briefkit.markdown.pullquote.PullQuoteExtension;
import java.util.List;

/** The one place that assembles Flexmark for the brief; parser and renderer are built once and reused. */
public final class BriefMarkdown {
    private final Parser parser;
    private final HtmlRenderer renderer;

    public BriefMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                NoteExtension.create(), PullQuoteExtension.create(), TypographicExtension.create(),
                AttributesExtension.create()));
        // Curly quotes and apostrophes, as in the printed brief; written as characters,
        // not entities, so the HTML and the search index read as the text does.
        options.set(TypographicExtension.DOUBLE_QUOTE_OPEN, "\u201C");
        options.set(TypographicExtension.DOUBLE_QUOTE_CLOSE, "\u201D");
        options.set(TypographicExtension.SINGLE_QUOTE_OPEN, "\u2018");
        options.set(TypographicExtension.SINGLE_QUOTE_CLOSE, "\u2019");
        options.set(TypographicExtension.SINGLE_QUOTE_UNMATCHED, "\u2019");
        options.set(TypographicExtension.EN_DASH, "\u2013");
        options.set(TypographicExtension.EM_DASH, "\u2014");
        options.set(TypographicExtension.ELLIPSIS, "\u2026");
        options.set(TypographicExtension.ELLIPSIS_SPACED, "\u2026");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    /** Renders one paragraph's worth of Markdown without the enclosing {@code <p>}, e.g. a note. */
    public String renderInline(String markdown) {
        String html = render(markdown).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
            return html.substring(3, html.length() - 4);
        }
        throw new IllegalArgumentException("not a single paragraph: " + markdown);
    }
}
