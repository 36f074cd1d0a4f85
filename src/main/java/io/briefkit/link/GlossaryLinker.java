package io.briefkit.link;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;


/**
 * Links the brief's text to the glossary: on each page the first mention of an actor
 * becomes a glossary link with a preview, and every paragraph that names an actor is
 * recorded for the actor's page. Editors force a link with {@code [words](actor:id)} and
 * keep words unlinked with {@code [words](actor:none)}.
 */
final class GlossaryLinker {
    /** The brief's paragraphs and the page footnote: the text that links to the glossary. */
    private static final String SCOPE = ParagraphAnchors.SELECTOR + ", main article aside.footnote > p";
    private static final String SKIP = "a, sup, [data-no-gloss]";

    private final Map<String, ActorText> actors;
    private final MentionMatcher matcher;
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, Set<Integer>> noteMentions = new LinkedHashMap<>();

    GlossaryLinker(Map<String, ActorText> actors, MentionMatcher matcher) {
        this.actors = actors;
        this.matcher = matcher;
    }

    /**
     * Links one page: each actor's first mention on it, and the links editors wrote. Returns the
     * page's mentions, in order, for {@link #add}; pages may be linked at once, on several threads.
     */
    List<Mention> link(Document document, LinkedPage page, List<Finding> findings) {
        Set<String> linked = new HashSet<>();
        PageMentions recorded = new PageMentions(page);
        for (Element explicit : document.select("main a[href^=actor:]")) {
            String id = explicit.attr("href").substring("actor:".length());
            if (!actors.containsKey(id)) {
                if (!id.equals("none")) {
                    findings.add(Finding.of(page.uri(), "link to unknown actor \"" + id + "\""));
                }
                explicit.replaceWith(new Element("span").attr("data-no-gloss", "").text(explicit.text()));
                continue;
            }
            recorded.record(id, explicit, explicit.text());
            explicit.replaceWith(glossRef(actors.get(id), explicit.text()));
            linked.add(id);
        }
        for (Element block : document.select(SCOPE)) {
            for (TextNode text : textNodes(block)) {
                linkText(text, linked, recorded);
            }
        }
        for (Element span : document.select("span[data-no-gloss]")) {
            span.unwrap();
        }
        return recorded.mentions;
    }

    /** Adds a page's mentions, pages in reading order. */
    void add(List<Mention> page) {
        mentions.addAll(page);
    }

    /** Records which actors each note names, without linking inside citations. */
    void scanNotes(Document notesPage) {
        for (Element note : notesPage.select("[data-endnotes=all] li[id^=note-]")) {
            int number = Integer.parseInt(note.id().substring("note-".length()));
            for (MentionMatcher.Match match : matcher.find(note.selectFirst(".note-text").text())) {
                noteMentions.computeIfAbsent(match.actor(), a -> new java.util.TreeSet<>()).add(number);
                for (MentionMatcher.Match inner : matcher.nested(match)) {
                    noteMentions.computeIfAbsent(inner.actor(), a -> new java.util.TreeSet<>()).add(number);
                }
            }
        }
    }

    List<Mention> mentions() {
        return mentions;
    }

    Map<String, Set<Integer>> noteMentions() {
        return noteMentions;
    }

    private void linkText(TextNode text, Set<String> linked, PageMentions recorded) {
        List<MentionMatcher.Match> matches = matcher.find(text.getWholeText());
        List<MentionMatcher.Match> toLink = new ArrayList<>();
        for (MentionMatcher.Match match : matches) {
            recorded.record(match.actor(), text.parent(), match.text());
            for (MentionMatcher.Match inner : matcher.nested(match)) {
                recorded.record(inner.actor(), text.parent(), inner.text());
            }
            if (linked.add(match.actor())) {
                toLink.add(match);
            }
        }
        for (int i = toLink.size() - 1; i >= 0; i--) {
            MentionMatcher.Match match = toLink.get(i);
            // jsoup splits only strictly inside a text, so a name at either end is not split off.
            TextNode tail = match.start() == 0 ? text : text.splitText(match.start());
            if (tail.getWholeText().length() > match.text().length()) {
                tail.splitText(match.text().length());
            }
            tail.replaceWith(glossRef(actors.get(match.actor()), match.text()));
        }
    }

    /** The paragraphs of one page that name actors, each actor recorded once per paragraph. */
    private static final class PageMentions {
        private final LinkedPage page;
        private final Set<String> recorded = new HashSet<>();
        private final List<Mention> mentions = new ArrayList<>();
        /** The plain text of the paragraphs recorded, read once each. */
        private final Map<Element, String> plainTexts = new java.util.IdentityHashMap<>();

        PageMentions(LinkedPage page) {
            this.page = page;
        }

        void record(String actor, Node at, String name) {
            Element block = at instanceof Element e ? e : at.parent() instanceof Element p ? p : null;
            Element anchor = block == null ? null : block.closest("[id^=p-], aside.footnote");
            if (anchor == null || !recorded.add(actor + "@" + anchor.id())) {
                return;
            }
            String where = anchor.tagName().equals("aside")
                    ? page.label() + ", footnote " + anchor.id().substring("fn-".length())
                    : page.label() + ", paragraph " + anchor.id().substring(anchor.id().lastIndexOf('-') + 1);
            List<Integer> notes = anchor.select("a[role=doc-noteref][href^=#note-]").stream()
                    .map(a -> Integer.parseInt(a.ownText())).distinct().toList();
            String text = plainTexts.computeIfAbsent(anchor, GlossaryLinker::plainText);
            mentions.add(new Mention(actor, page, anchor.id(), where, Excerpts.around(text, name), name, notes));
        }
    }

    private static String plainText(Element block) {
        Element copy = block.clone();
        copy.select("sup, .permalink, .fn-label, .fn-back").remove();
        return copy.text();
    }

    private static Element glossRef(ActorText actor, String text) {
        return new Element("a").addClass("gloss-ref").attr("href", actor.uri()).attr("role", "doc-glossref")
                .text(text);
    }

    private static List<TextNode> textNodes(Element block) {
        List<TextNode> nodes = new ArrayList<>();
        for (Node node : block.childNodes()) {
            if (node instanceof TextNode text) {
                nodes.add(text);
            } else if (node instanceof Element element && !element.is(SKIP)) {
                nodes.addAll(textNodes(element));
            }
        }
        return nodes;
    }

}
