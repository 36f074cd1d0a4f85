package io.briefkit.link;

import java.util.List;

/**
 * A paragraph that names an actor: the page, the paragraph's id and how readers call it
 * ("Threats, paragraph 4"), a short excerpt around the name, and the notes cited there.
 */
record Mention(String actor, LinkedPage page, String anchor, String where, String excerpt, String name,
        List<Integer> notes) {
}
