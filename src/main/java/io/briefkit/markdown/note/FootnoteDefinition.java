package io.briefkit.markdown.note;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/** A page footnote, written as a paragraph that opens with {@code [^a]:}; its children are the note's text. */
public class FootnoteDefinition extends Block {
    private final String label;

    public FootnoteDefinition(BasedSequence chars, String label) {
        super(chars);
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
