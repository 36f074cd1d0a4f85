package io.briefkit.link;

import io.briefkit.content.DescriptionSource;
import java.util.List;

/** An actor ready for the page: its description rendered as HTML, with the sources of its facts. */
public record ActorText(String id, String name, String kind, String descriptionHtml, List<String> aliases,
        List<String> related, List<DescriptionSource> sources, int line) {

    /** An actor whose description cites no source. */
    public ActorText(String id, String name, String kind, String descriptionHtml, List<String> aliases,
            List<String> related, int line) {
        this(id, name, kind, descriptionHtml, aliases, related, List.of(), line);
    }

    String uri() {
        return "actor-" + id + ".html";
    }
}
