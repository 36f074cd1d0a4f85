package io.briefkit.content;

import java.util.List;

/**
 * An actor of the glossary as written in {@code glossary/actors.yaml}.
 *
 * @param id          stable, lowercase and hyphenated; names the actor's page ({@code actor-is-k.html})
 * @param name        the name the glossary lists it under
 * @param kind        one of {@link ActorFile#KINDS}
 * @param description a short neutral description, as inline Markdown
 * @param aliases     other names the text may use; each belongs to one actor only
 * @param related     ids of related actors
 * @param sources     where the facts of the description that are neither in the brief nor common
 *                    reference knowledge come from
 * @param headword    the form the brief uses and the glossary lists it under (IS-K), the name if none
 * @param line        the line of the entry, for messages
 */
public record Actor(String id, String name, String kind, String description, List<String> aliases,
        List<String> related, List<DescriptionSource> sources, String headword, int line) {

    /** An actor whose description needs no source beyond the brief and common knowledge. */
    public Actor(String id, String name, String kind, String description, List<String> aliases, List<String> related,
            int line) {
        this(id, name, kind, description, aliases, related, List.of(), name, line);
    }

    /** The name and every alias: what the text is searched for. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
