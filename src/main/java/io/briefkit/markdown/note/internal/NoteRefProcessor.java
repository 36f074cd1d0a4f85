package io.briefkit.markdown.note.internal;

import com.vladsch.flexmark.parser.LinkRefProcessor;
import com.vladsch.flexmark.parser.LinkRefProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.briefkit.markdown.note.NoteRef;
import java.util.regex.Pattern;
import org.jetbrains.annotations.NotNull;

/** Turns {@code [^12]} and {@code [^a]} into {@link NoteRef} nodes; any other bracket text is left alone. */
public class NoteRefProcessor implements LinkRefProcessor {
    private static final Pattern REF = Pattern.compile("\\[\\^([1-9][0-9]*|[a-z])]");

    @Override
    public boolean getWantExclamationPrefix() {
        return false;
    }

    @Override
    public int getBracketNestingLevel() {
        return 0;
    }

    @Override
    public boolean isMatch(@NotNull BasedSequence nodeChars) {
        return REF.matcher(nodeChars).matches();
    }

    @Override
    public @NotNull Node createNode(@NotNull BasedSequence nodeChars) {
        return new NoteRef(nodeChars, nodeChars.midSequence(2, -1).toString());
    }

    @Override
    public @NotNull BasedSequence adjustInlineText(@NotNull Document document, @NotNull Node node) {
        return node.getChars();
    }

    @Override
    public boolean allowDelimiters(@NotNull BasedSequence chars, @NotNull Document document, @NotNull Node node) {
        return false;
    }

    @Override
    public void updateNodeElements(@NotNull Document document, @NotNull Node node) {
        node.removeChildren();
    }

    public static class Factory implements LinkRefProcessorFactory {
        @Override
        public @NotNull LinkRefProcessor apply(@NotNull Document document) {
            return new NoteRefProcessor();
        }

        @Override
        public boolean getWantExclamationPrefix(@NotNull DataHolder options) {
            return false;
        }

        @Override
        public int getBracketNestingLevel(@NotNull DataHolder options) {
            return 0;
        }
    }
}
