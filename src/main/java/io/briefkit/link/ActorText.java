package io.briefkit.link;

import io.briefkit.content.DescriptionSource;
import java.util.List;

/**
 * An actor ready for the page: its description rendered as HTML, with the sources of its facts,
 * and the headword the glossary lists it under (the brief's own form, e.g. IS-K).
 */
public record ActorText(String id, String name, String kind, String descriptionHtml, List<String> aliases,
        List<String> related, List<DescriptionSource> sources, String headword, int line) {

    /** An actor whose description cites no source. */
    public ActorText(String id, String name, String kind, String descriptionHtml, List<String> aliases,
            List<String> related, int line) {
        this(id, name, kind, descriptionHtml, aliases, related, List.of(), name, line);
    }

    String uri() {
        return "actor-" + id + ".html";
    }
}
