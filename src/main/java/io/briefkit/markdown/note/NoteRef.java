package io.briefkit.markdown.note;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.jetbrains.annotations.NotNull;

/**
 * A reference written {@code [^label]}: a number cites one of the brief's endnotes,
 * a lower-case letter cites a footnote defined on the same page.
 */
public class NoteRef extends Node implements DoNotDecorate {
    private final String label;

    public NoteRef(BasedSequence chars, String label) {
        super(chars);
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public boolean isEndnote() {
        return Character.isDigit(label.charAt(0));
    }

    public int getNumber() {
        return Integer.parseInt(label);
    }

    @Override
    public @NotNull BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
