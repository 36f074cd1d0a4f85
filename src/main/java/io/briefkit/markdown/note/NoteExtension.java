package io.briefkit.markdown.note;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import io.briefkit.markdown.note.internal.FootnoteDefinitionPostProcessor;
import io.briefkit.markdown.note.internal.NoteNodeRenderer;
import io.briefkit.markdown.note.internal.NoteRefProcessor;
import org.jetbrains.annotations.NotNull;

/**
 * Note references in the brief's one syntax: {@code [^12]} cites endnote 12 and
 * {@code [^a]} cites page footnote a, defined by a paragraph that opens with {@code [^a]:}.
 */
public final class NoteExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    private NoteExtension() {
    }

    public static NoteExtension create() {
        return new NoteExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.linkRefProcessorFactory(new NoteRefProcessor.Factory());
        builder.postProcessorFactory(new FootnoteDefinitionPostProcessor.Factory());
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(new NoteNodeRenderer.Factory());
    }
}
