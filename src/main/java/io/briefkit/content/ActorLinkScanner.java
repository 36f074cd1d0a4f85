package io.briefkit.content;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the glossary links an editor writes by hand: {@code [Daesh](actor:is-k)} forces a
 * link to an actor, {@code [us](actor:none)} keeps a word from being linked.
 */
public final class ActorLinkScanner {
    public static final String NONE = "none";
    private static final Pattern LINK = Pattern.compile("\\]\\(actor:([^)\\s]*)\\)");

    private ActorLinkScanner() {
    }

    /** A link to an actor written by hand: the actor's id and where it is. */
    public record Link(String id, String path, int line) {
    }

    public static List<Finding> check(List<ContentFile> files, Set<String> actorIds) {
        List<Link> links = new ArrayList<>();
        files.forEach(file -> links.addAll(links(file)));
        return unknown(links, actorIds);
    }

    /** The links to actors written in {@code file}, in order. */
    public static List<Link> links(ContentFile file) {
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < file.lines().size(); i++) {
            Matcher m = LINK.matcher(file.lines().get(i));
            while (m.find()) {
                links.add(new Link(m.group(1), file.path(), i + 1));
            }
        }
        return List.copyOf(links);
    }

    /** What is wrong with {@code links}: a link to an actor whose id is not one of {@code actorIds}. */
    public static List<Finding> unknown(List<Link> links, Set<String> actorIds) {
        List<Finding> findings = new ArrayList<>();
        for (Link link : links) {
            if (!link.id().equals(NONE) && !actorIds.contains(link.id())) {
                findings.add(new Finding(link.path(), link.line(), "link to unknown actor \"" + link.id() + "\": use an id from "
                        + ActorFile.PATH + ", or actor:" + NONE + " to keep the words unlinked"));
            }
        }
        return findings;
    }
}
