package io.briefkit.link;

import io.briefkit.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the glossary: the glossary page's list of terms, grouped by kind and sorted by
 * name; one page per actor, made from the glossary page as a shell, with its description and
 * the sources of its facts, other names, related actors and every paragraph that names it; and the short descriptions
 * that glossary links preview, in one script for the whole site.
 */
final class GlossaryPages {
    private static final Map<String, String> GROUPS = Map.of("state", "States", "armed group", "Armed groups",
            "person", "Persons", "people", "Peoples", "organisation", "Organisations",
            "initiative", "Initiatives and projects", "place", "Places");

    private final List<ActorText> actors;
    private final Map<String, ActorText> byId;
    private final List<Mention> mentions;
    private final Map<String, Set<Integer>> noteMentions;
    private final String notesPage;
    private final SourceList sources;

    GlossaryPages(Map<String, ActorText> byId, List<Mention> mentions, Map<String, Set<Integer>> noteMentions,
            String notesPage, SourceList sources) {
        this.sources = sources;
        this.byId = byId;
        this.actors = byId.values().stream().sorted(ORDER).toList();
        this.mentions = mentions;
        this.noteMentions = noteMentions;
        this.notesPage = notesPage == null ? "" : notesPage;
    }

    /** Kinds in the order of {@code io.briefkit.content.ActorFile#KINDS}, then headwords alphabetically. */
    static final Comparator<ActorText> ORDER = Comparator
            .comparingInt((ActorText a) -> io.briefkit.content.ActorFile.KINDS.indexOf(a.kind()))
            .thenComparing(a -> a.headword().toLowerCase(java.util.Locale.ROOT));

    /** Where the previews of every actor are written, for the pages' script to load when first needed. */
    static final String PREVIEWS = "js/glossary.js";

    /**
     * The previews of all the actors, as one script that sets {@code window.briefGlossary} to
     * an object from actor id to preview HTML: name, kind, description and a link to the
     * actor's page. One file for the site rather than a copy in each page keeps every page
     * light and is fetched once; a script rather than JSON also loads from disk.
     */
    String previewScript() {
        StringBuilder script = new StringBuilder("window.briefGlossary = {");
        String separator = "\n";
        for (ActorText actor : byId.values()) {
            Element preview = new Element("span");
            preview.appendElement("strong").text(actor.name());
            preview.appendText(" (" + actor.kind() + ") ");
            preview.appendElement("span").addClass("editors-label").text("Editors’ description:");
            preview.appendText(" ");
            preview.appendElement("span").append(actor.descriptionHtml());
            preview.appendText(" ");
            preview.appendElement("a").attr("href", actor.uri()).text("Where the brief names it");
            script.append(separator).append(Json.string(actor.id())).append(": ")
                    .append(Json.string(preview.html()));
            separator = ",\n";
        }
        return script.append("\n};\n").toString();
    }

    void fillGlossary(Document glossary) {
        Element section = glossary.selectFirst("[data-glossary]");
        // Links within the page, not a landmark: the page has its contents and pager as navigation already.
        Element jump = section.appendElement("div").addClass("glossary-jump");
        Element byKind = jump.appendElement("p").text("By kind: ");
        Element byLetter = jump.appendElement("p").text("By letter: ");
        String kind = null;
        Element list = null;
        for (ActorText actor : actors) {
            if (!actor.kind().equals(kind)) {
                kind = actor.kind();
                String id = "kind-" + kind.replace(' ', '-');
                String of = kind;
                long count = actors.stream().filter(a -> a.kind().equals(of)).count();
                byKind.appendText(list == null ? "" : " · ");
                byKind.appendElement("a").attr("href", "#" + id).text(GROUPS.get(kind) + " (" + count + ")");
                section.appendElement("h2").id(id).text(GROUPS.get(kind));
                list = section.appendElement("dl").addClass("terms");
            }
            Element term = list.appendElement("div").id("term-" + actor.id());
            Element headword = term.appendElement("dt");
            headword.appendElement("dfn").appendElement("a").attr("href", actor.uri()).text(actor.headword());
            if (!actor.headword().equals(actor.name())) {
                headword.appendText(" ");
                headword.appendElement("span").addClass("long-form").text(actor.name());
            }
            Element description = term.appendElement("dd");
            description.append(actor.descriptionHtml());
            List<String> others = actor.aliases().stream().filter(a -> !a.equals(actor.headword())).toList();
            if (!others.isEmpty()) {
                description.appendElement("span").addClass("aliases").text(" Also: " + String.join(", ", others) + ".");
            }
        }
        alphabetical(section, byLetter);
    }

    /** Every headword from A to Z, each letter a jump target, for a reader who knows the word but not its kind. */
    private void alphabetical(Element section, Element byLetter) {
        section.appendElement("h2").id("a-to-z").text("All terms from A to Z");
        Element index = section.appendElement("div").addClass("a-to-z");
        java.util.Map<Character, List<ActorText>> byInitial = new java.util.TreeMap<>();
        actors.stream().sorted(Comparator.comparing((ActorText a) -> a.headword().toLowerCase(java.util.Locale.ROOT)))
                .forEach(a -> byInitial.computeIfAbsent(Character.toUpperCase(a.headword().charAt(0)), c -> new ArrayList<>()).add(a));
        for (java.util.Map.Entry<Character, List<ActorText>> letter : byInitial.entrySet()) {
            String id = "letter-" + Character.toLowerCase(letter.getKey());
            byLetter.appendElement("a").attr("href", "#" + id).text(String.valueOf(letter.getKey()));
            byLetter.appendText(" ");
            Element line = index.appendElement("p").id(id);
            line.appendElement("b").text(String.valueOf(letter.getKey()));
            for (int i = 0; i < letter.getValue().size(); i++) {
                ActorText actor = letter.getValue().get(i);
                line.appendText(i == 0 ? " " : " · ");
                line.appendElement("a").attr("href", "#term-" + actor.id()).text(actor.headword());
            }
        }
    }

    /**
     * The pages of {@code actors}, as bytes in the actors' order, made on every core from the
     * glossary page, each with its headings' ids; each page's document is handed to {@code made}
     * too, one at a time.
     */
    Map<String, byte[]> actorPages(Document glossary, String glossaryUri, List<ActorText> actors,
            java.util.function.BiConsumer<String, Document> made) {
        byte[][] bytes = new byte[actors.size()][];
        java.util.stream.IntStream.range(0, actors.size()).parallel().forEach(i -> {
            Document page = actorPage(glossary, glossaryUri, actors.get(i));
            SectionAnchors.everyHeading(page);
            bytes[i] = HtmlBytes.of(page);
            synchronized (made) {
                made.accept(actors.get(i).uri(), page);
            }
        });
        Map<String, byte[]> byUri = new java.util.LinkedHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            byUri.put(actors.get(i).uri(), bytes[i]);
        }
        return byUri;
    }

    /**
     * The page of one actor, built in a copy of the glossary page. The glossary page is only
     * copied, one copy at a time, so that actors' pages can be made at once on several threads.
     */
    Document actorPage(Document glossary, String glossaryUri, ActorText actor) {
        Document page;
        synchronized (glossary) {
            page = glossary.clone();
        }
        page.title(page.title().replaceFirst("^[^·]*·", actor.name() + " ·"));
        String summary = Excerpts.shorten(org.jsoup.Jsoup.parse(actor.descriptionHtml()).text(), 0, 160);
        page.select("meta[name=description], meta[property=og:description]").attr("content", summary);
        page.select("meta[property=og:title]").attr("content", actor.name());
        for (Element address : page.select("link[rel=canonical], meta[property=og:url]")) {
            String attribute = address.hasAttr("href") ? "href" : "content";
            address.attr(attribute, address.attr(attribute).replace(glossaryUri, actor.uri()));
        }
        Element current = page.selectFirst("nav.toc a[aria-current=page]");
        if (current != null) {
            current.attr("aria-current", "true");
        }
        Element article = page.selectFirst("main article");
        article.empty();
        article.appendElement("p").addClass("kicker").appendElement("a").attr("href", glossaryUri + "#term-" + actor.id())
                .text("Glossary");
        article.selectFirst(".kicker").appendText(" · " + Character.toUpperCase(actor.kind().charAt(0))
                + actor.kind().substring(1));
        article.appendElement("h1").text(actor.name());
        article.appendElement("p").addClass("editors-label").text("The editors’ description, not part of the brief;"
                + " facts as of April 2023 unless it says otherwise:");
        article.appendElement("p").addClass("description").append(actor.descriptionHtml());
        if (!actor.aliases().isEmpty()) {
            article.appendElement("p").addClass("aliases").text("Other names in the brief: " + String.join(", ", actor.aliases())
                    + ".");
        }
        sources.append(article, actor.sources());
        related(article, actor);
        mentionList(article, actor);
        pager(page, glossaryUri, actor);
        return page;
    }

    private void related(Element article, ActorText actor) {
        if (actor.related().isEmpty()) {
            return;
        }
        article.appendElement("h2").text("Related");
        Element list = article.appendElement("ul").addClass("related");
        for (String id : actor.related()) {
            ActorText other = byId.get(id);
            list.appendElement("li").appendElement("a").attr("href", other.uri()).text(other.name());
        }
    }

    private void mentionList(Element article, ActorText actor) {
        List<Mention> found = new ArrayList<>();
        mentions.stream().filter(m -> m.actor().equals(actor.id())).forEach(found::add);
        article.appendElement("h2").text("Where the brief names it");
        if (found.isEmpty()) {
            article.appendElement("p").addClass("lede").text("Not in the text of the brief.");
        } else {
            new MentionItems(notesPage).append(article, found);
        }
        Set<Integer> inNotes = noteMentions.get(actor.id());
        if (inNotes != null) {
            Element notes = article.appendElement("p").addClass("in-notes").text("Named in the notes: ");
            int i = 0;
            for (int note : inNotes) {
                notes.appendText(i++ == 0 ? "" : ", ");
                notes.appendElement("a").attr("href", notesPage + "#note-" + note).text(String.valueOf(note));
            }
        }
    }

    private void pager(Document page, String glossaryUri, ActorText actor) {
        Element pager = page.selectFirst("nav.pager");
        if (pager == null) {
            return;
        }
        pager.empty();
        pager.attr("aria-label", "Previous and next actor");
        int index = actors.indexOf(actor);
        if (index > 0) {
            ActorText prev = actors.get(index - 1);
            Element link = pager.appendElement("a").addClass("prev").attr("href", prev.uri());
            link.appendElement("span").text("Previous actor");
            link.appendText(prev.name());
        }
        if (index < actors.size() - 1) {
            ActorText next = actors.get(index + 1);
            Element link = pager.appendElement("a").addClass("next").attr("href", next.uri());
            link.appendElement("span").text("Next actor");
            link.appendText(next.name());
        }
    }
}
