package io.briefkit.link;

import java.util.List;

/** An actor ready for the page: its description rendered as HTML. */
public record ActorText(String id, String name, String kind, String descriptionHtml, List<String> aliases,
        List<String> related, int line) {

    String uri() {
        return "actor-" + id + ".html";
    }
}
