package io.briefkit.markdown.pullquote;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import org.jetbrains.annotations.NotNull;

/**
 * In the brief a Markdown block quote ({@code > text}) is a pull quote: a sentence of the
 * page repeated in display type. It renders as an {@code aside} with the DPUB-ARIA
 * pull-quote role, hidden from assistive technology because its words are read in the text.
 */
public final class PullQuoteExtension implements HtmlRenderer.HtmlRendererExtension {
    private PullQuoteExtension() {
    }

    public static PullQuoteExtension create() {
        return new PullQuoteExtension();
    }

    @Override
    public void rendererOptions(@NotNull MutableDataHolder options) {
    }

    @Override
    public void extend(@NotNull HtmlRenderer.Builder builder, @NotNull String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(BlockQuote.class, this::render));
        }

        private void render(BlockQuote quote, NodeRendererContext context, HtmlWriter html) {
            html.attr("class", "pull-quote").attr("role", "doc-pullquote").attr("aria-hidden", "true")
                    .withAttr().tagLineIndent("aside", () -> context.renderChildren(quote));
        }
    }
}
