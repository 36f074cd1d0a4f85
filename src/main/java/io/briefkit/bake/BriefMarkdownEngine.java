package io.briefkit.bake;

import io.briefkit.markdown.BriefMarkdown;
import java.util.Map;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md} files, rendering with the project's Flexmark setup.
 * Registered in code by {@link Baker}: JBake's own Markdown engine cannot load custom extensions.
 */
public final class BriefMarkdownEngine extends MarkupEngine {
    private final BriefMarkdown markdown = new BriefMarkdown();

    /**
     * Header values reach templates as strings; the reading order is made a number so that
     * templates sort pages 1, 2, … 10 rather than 1, 10, 2.
     */
    @Override
    public void processHeader(ParserContext context) {
        Map<String, Object> model = context.getDocumentModel();
        if (model.get("order") instanceof String order) {
            model.put("order", Integer.parseInt(order.strip()));
        }
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(markdown.render(context.getBody()));
    }
}
