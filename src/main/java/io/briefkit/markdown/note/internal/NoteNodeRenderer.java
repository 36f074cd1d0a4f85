package io.briefkit.markdown.note.internal;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import io.briefkit.markdown.note.FootnoteDefinition;
import io.briefkit.markdown.note.NoteRef;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * Endnote references render as visible superscript numbers carrying their note numbers,
 * for the cross-linking stage to turn into links; footnotes link to their text on the page and back.
 */
public class NoteNodeRenderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(NoteRef.class, this::renderRef),
                new NodeRenderingHandler<>(FootnoteDefinition.class, this::renderDefinition));
    }

    private void renderRef(NoteRef ref, NodeRendererContext context, HtmlWriter html) {
        if (ref.isEndnote()) {
            renderEndnoteGroup(ref, html);
            return;
        }
        String label = ref.getLabel();
        html.attr("class", "fn-ref").withAttr().tag("sup");
        html.attr("href", "#fn-" + label).attr("id", "fnref-" + label).attr("role", "doc-noteref")
                .attr("aria-label", "Footnote " + label).withAttr().tag("a");
        html.text(label).tag("/a").tag("/sup");
    }

    /**
     * References written side by side ({@code [^3][^4]}) form one superscript group, "3,4",
     * as in the printed brief; the first of them renders the group and the others nothing.
     */
    private static void renderEndnoteGroup(NoteRef first, HtmlWriter html) {
        if (isEndnote(first.getPrevious())) {
            return;
        }
        html.attr("class", "notes").withAttr().tag("sup");
        for (Node node = first; isEndnote(node); node = node.getNext()) {
            if (node != first) {
                html.raw(",");
            }
            String label = ((NoteRef) node).getLabel();
            html.attr("class", "note-ref").attr("data-note", label).withAttr().tag("span");
            html.text(label).tag("/span");
        }
        html.tag("/sup");
    }

    private static boolean isEndnote(Node node) {
        return node instanceof NoteRef ref && ref.isEndnote();
    }

    private void renderDefinition(FootnoteDefinition definition, NodeRendererContext context, HtmlWriter html) {
        String label = definition.getLabel();
        html.attr("class", "footnote").attr("id", "fn-" + label).attr("role", "doc-footnote")
                .withAttr().tagLine("aside");
        html.tag("p");
        // The label is set apart from the text ("a. It is …"), and the text is marked as a
        // note's, so that its reference previews it like an endnote's.
        html.attr("class", "fn-label").withAttr().tag("span").text(label + ".").tag("/span").raw(" ");
        html.attr("class", "note-text").withAttr().tag("span");
        context.renderChildren(definition);
        html.tag("/span").raw(" ");
        html.attr("href", "#fnref-" + label).attr("class", "fn-back").attr("role", "doc-backlink")
                .attr("aria-label", "Back to the text of footnote " + label).withAttr().tag("a");
        html.raw("↑").tag("/a").tag("/p").line();
        html.tagLine("/aside");
    }

    public static class Factory implements NodeRendererFactory {
        @Override
        public @NotNull NodeRenderer apply(@NotNull DataHolder options) {
            return new NoteNodeRenderer();
        }
    }
}
