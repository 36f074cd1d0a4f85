package io.briefkit.markdown.note.internal;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import io.briefkit.markdown.note.FootnoteDefinition;
import io.briefkit.markdown.note.NoteRef;
import org.jetbrains.annotations.NotNull;

/**
 * A paragraph that opens with a footnote reference and a colon ({@code [^a]: text})
 * is that footnote's definition: it becomes a {@link FootnoteDefinition} holding the text.
 */
public class FootnoteDefinitionPostProcessor extends NodePostProcessor {
    @Override
    public void process(@NotNull NodeTracker state, @NotNull Node node) {
        Node first = node.getFirstChild();
        if (!(first instanceof NoteRef ref) || ref.isEndnote() || !(first.getNext() instanceof Text text)) {
            return;
        }
        BasedSequence chars = text.getChars();
        if (!chars.startsWith(":")) {
            return;
        }
        FootnoteDefinition definition = new FootnoteDefinition(node.getChars(), ref.getLabel());
        text.setChars(chars.subSequence(1).trimStart());
        first.unlink();
        definition.takeChildren(node);
        node.insertBefore(definition);
        node.unlink();
        state.nodeAdded(definition);
        state.nodeRemoved(node);
    }

    public static class Factory extends NodePostProcessorFactory {
        public Factory() {
            super(false);
            addNodes(Paragraph.class);
        }

        @Override
        public @NotNull NodePostProcessor apply(@NotNull Document document) {
            return new FootnoteDefinitionPostProcessor();
        }
    }
}
