package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the actor glossary, {@code glossary/actors.yaml}, and checks it as a whole:
 * ids unique, every entry described, each name or alias claimed by one actor only,
 * and every related actor defined.
 */
public final class ActorFile {
    public static final String PATH = "glossary/actors.yaml";
    public static final List<String> KINDS = List.of(
            "state", "armed group", "person", "people", "organisation", "initiative", "place");
    private static final Set<String> KEYS = Set.of("id", "name", "kind", "description", "aliases", "related", "sources", "headword");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ActorFile() {
    }

    public static List<Actor> read(Path project, List<Finding> findings) throws IOException {
        List<Actor> actors = YamlEntries.readAll(project, PATH, "the actors of the glossary", findings,
                entry -> readEntry(entry, findings));
        checkWhole(actors, findings);
        return actors;
    }

    private static Actor readEntry(MappingNode entry, List<Finding> findings) {
        Map<String, Node> fields = YamlEntries.fields(entry, KEYS, PATH, findings);
        int line = YamlEntries.line(entry);
        String id = YamlEntries.text(fields.get("id"), "id", PATH, findings);
        if (id == null || !ID.matcher(id).matches()) {
            findings.add(new Finding(PATH, line, "id must be lowercase words joined by hyphens, e.g. is-k, not \""
                    + (id == null ? "" : id) + "\""));
            return null;
        }
        String name = YamlEntries.text(fields.get("name"), "name", PATH, findings);
        String kind = YamlEntries.text(fields.get("kind"), "kind", PATH, findings);
        String description = YamlEntries.text(fields.get("description"), "description", PATH, findings);
        boolean complete = true;
        if (name == null || name.isEmpty()) {
            findings.add(new Finding(PATH, line, id + " has no name"));
            complete = false;
        }
        if (kind == null || !KINDS.contains(kind)) {
            findings.add(new Finding(PATH, line, id + ": kind must be one of " + String.join(", ", KINDS)
                    + (kind == null ? "" : ", not \"" + kind + "\"")));
            complete = false;
        }
        if (description == null || description.isEmpty()) {
            findings.add(new Finding(PATH, line, id + " has no description"));
            complete = false;
        }
        List<String> aliases = YamlEntries.texts(fields.get("aliases"), "aliases", PATH, findings);
        List<String> related = YamlEntries.texts(fields.get("related"), "related", PATH, findings);
        List<DescriptionSource> sources = DescriptionSources.read(fields.get("sources"), id, PATH, findings);
        String headword = YamlEntries.text(fields.get("headword"), "headword", PATH, findings);
        if (headword != null && !headword.equals(name) && !aliases.contains(headword)) {
            findings.add(new Finding(PATH, line, id + ": headword \"" + headword + "\" must be its name or one of its aliases"));
            complete = false;
        }
        return complete ? new Actor(id, name, kind, description, aliases, related, sources,
                headword == null ? name : headword, line) : null;
    }

    private static void checkWhole(List<Actor> actors, List<Finding> findings) {
        Map<String, Actor> byId = new HashMap<>();
        Map<String, Actor> byName = new HashMap<>();
        for (Actor actor : actors) {
            Actor other = byId.putIfAbsent(actor.id(), actor);
            if (other != null) {
                findings.add(new Finding(PATH, actor.line(), "duplicate id " + actor.id() + " (first on line " + other.line() + ")"));
            }
            for (String name : actor.names()) {
                Actor owner = byName.putIfAbsent(name, actor);
                if (owner != null && owner != actor) {
                    findings.add(new Finding(PATH, actor.line(), "\"" + name + "\" is claimed by " + actor.id()
                            + " and by " + owner.id() + " (line " + owner.line() + "): a name belongs to one actor"));
                }
            }
        }
        for (Actor actor : actors) {
            for (String related : actor.related()) {
                if (!byId.containsKey(related)) {
                    findings.add(new Finding(PATH, actor.line(), actor.id() + " is related to \"" + related
                            + "\", which is not an actor of the glossary"));
                }
            }
        }
    }
}
