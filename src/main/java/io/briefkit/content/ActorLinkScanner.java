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

    public static List<Finding> check(List<ContentFile> files, Set<String> actorIds) {
        List<Finding> findings = new ArrayList<>();
        for (ContentFile file : files) {
            for (int i = 0; i < file.lines().size(); i++) {
                Matcher m = LINK.matcher(file.lines().get(i));
                while (m.find()) {
                    String id = m.group(1);
                    if (!id.equals(NONE) && !actorIds.contains(id)) {
                        findings.add(new Finding(file.path(), i + 1, "link to unknown actor \"" + id + "\": use an id from "
                                + ActorFile.PATH + ", or actor:" + NONE + " to keep the words unlinked"));
                    }
                }
            }
        }
        return findings;
    }
}
