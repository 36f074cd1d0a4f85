package io.briefkit.link;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;

/**
 * What the last cross-linking of a site made, kept by a builder between the preview's builds
 * so that a save which changed the text of a few parts, and nothing they share with other
 * pages, links only those parts again (see {@link QuickRelink}). Everything is kept under what
 * it was made from: the inputs every page depends on, and each baked page's fingerprint.
 */
public final class LinkMemory {
    /**
     * What every page's links depend on besides its own baked page: the parts, the notes, the
     * actors, the special pages and what fills them. A save that changes any of it links every
     * page again.
     */
    record Inputs(List<LinkedPage> pages, Map<Integer, NoteText> notes, List<ActorText> actors,
            String singlePage, String aboutPage, List<io.briefkit.content.Correction> corrections,
            String sourcesPage, io.briefkit.cite.SourceBibliography sources, io.briefkit.cite.BriefMetadata brief) {
    }

    /**
     * What one part brought to the site when it was last linked: its citations (numbered across
     * the site), its supplied headings, the paragraphs naming actors, its findings, and its
     * shape, the ids and title that other pages take from it.
     */
    record Part(List<Citation> citations, List<SuppliedHeadings.Heading> supplied, List<Mention> mentions,
            List<Finding> findings, String shape) {
    }

    /** The state after one linking; replaced whole by the next, never changed in place by a failed one. */
    static final class State {
        Inputs inputs;
        /** Each page read, by file: its baked bytes' fingerprint. */
        final Map<String, String> baked = new HashMap<>();
        /** Each file written, in the order first written, with the fingerprint of its bytes as last written. */
        final Map<String, String> outputs = new LinkedHashMap<>();
        final Map<String, Part> parts = new HashMap<>();
        List<Citation> citations = List.of();
        /** Pages whose change reaches other pages: the notes and glossary pages, the overview, the special pages. */
        final java.util.Set<String> special = new java.util.HashSet<>();
        /** The single page's renamed ids, by part (see {@link SinglePageEdition}). */
        Map<String, Map<String, String>> renamed = Map.of();
        /**
         * The long pages the last relinking made by putting new parts into the page as written
         * before (the single page, actors' pages), as it wrote them, so that the next edit of them
         * need not read them again from their kept copies.
         */
        final Map<String, io.briefkit.ByteRuns> spliced = new HashMap<>();
        /** Where the items of each actor's page the last relinking spliced are in its bytes, by file. */
        final Map<String, MentionItems.Items> items = new HashMap<>();
        /** Where each part's section is in the single page as last written, in bytes, by part; null when it was not filled. */
        Map<String, int[]> spans;
        /** The glossary page as actor pages are made from it, or null when nothing linked to the glossary. */
        Document glossaryShell;
        String glossaryPage;
        Map<String, java.util.Set<Integer>> noteMentions = Map.of();
        String notesPage;
        /** Every finding of the linking, and among them the warnings of actors named nowhere. */
        List<Finding> findings = List.of();
        List<Finding> unnamed = List.of();

        /** The notes' lists of {@link #citations}, made once for as long as they and the notes' texts are the same. */
        private EndnoteLists endnoteLists;

        /** The notes' lists of the citations remembered, with the texts of {@code notes}. */
        EndnoteLists endnoteLists(Map<Integer, NoteText> notes) {
            if (endnoteLists == null || !endnoteLists.madeOf(notes, citations, notesPage)) {
                endnoteLists = new EndnoteLists(notes, citations, notesPage);
            }
            return endnoteLists;
        }

        /** Keeps what each part brought to the site, as linked before the single page is made of them. */
        void remember(Map<LinkedPage, String> shapes, List<Citation> citations, List<SuppliedHeadings.Heading> supplied,
                Map<LinkedPage, List<Mention>> mentions, Map<LinkedPage, List<Finding>> findings, String notesPage) {
            this.citations = List.copyOf(citations);
            this.notesPage = notesPage;
            Map<LinkedPage, List<Citation>> citationsByPage = new HashMap<>();
            citations.forEach(c -> citationsByPage.computeIfAbsent(c.page(), p -> new ArrayList<>()).add(c));
            Map<LinkedPage, List<SuppliedHeadings.Heading>> suppliedByPage = new HashMap<>();
            supplied.forEach(h -> suppliedByPage.computeIfAbsent(h.page(), p -> new ArrayList<>()).add(h));
            shapes.forEach((page, shape) -> parts.put(page.uri(), new Part(
                    List.copyOf(citationsByPage.getOrDefault(page, List.of())),
                    List.copyOf(suppliedByPage.getOrDefault(page, List.of())),
                    List.copyOf(mentions.getOrDefault(page, List.of())), List.copyOf(findings.get(page)),
                    shape)));
        }

        /** The citations of the parts before {@code page}, in reading order. */
        List<Citation> citationsBefore(List<LinkedPage> pages, LinkedPage page) {
            List<Citation> before = new ArrayList<>();
            for (LinkedPage earlier : pages) {
                if (earlier.equals(page)) {
                    break;
                }
                before.addAll(parts.get(earlier.uri()).citations());
            }
            return before;
        }

        /** The paragraphs that name each actor, in reading order; made from the parts when first asked for. */
        private Map<String, List<Mention>> byActor;

        /** The paragraphs that name each actor in the parts {@code pages}, in reading order. */
        Map<String, List<Mention>> byActor(List<LinkedPage> pages) {
            if (byActor == null) {
                byActor = LinkMemory.byActor(mentions(pages, Map.of()));
            }
            return byActor;
        }

        /** Keeps the paragraphs that name the actors of {@code named} now, after a part naming them was linked again. */
        void named(Map<String, List<Mention>> named) {
            if (byActor != null) {
                named.forEach((actor, mentions) -> {
                    if (mentions.isEmpty()) {
                        byActor.remove(actor);
                    } else {
                        byActor.put(actor, List.copyOf(mentions));
                    }
                });
            }
        }

        /** Every part's mentions, in reading order, with {@code replaced}'s parts' own instead. */
        List<Mention> mentions(List<LinkedPage> pages, Map<String, List<Mention>> replaced) {
            List<Mention> all = new ArrayList<>();
            for (LinkedPage page : pages) {
                all.addAll(replaced.getOrDefault(page.uri(), parts.get(page.uri()).mentions()));
            }
            return all;
        }
    }

    /** The paragraphs of {@code mentions} that name each actor, by actor, in their order. */
    static Map<String, List<Mention>> byActor(List<Mention> mentions) {
        Map<String, List<Mention>> byActor = new HashMap<>();
        for (Mention mention : mentions) {
            byActor.computeIfAbsent(mention.actor(), actor -> new ArrayList<>()).add(mention);
        }
        return byActor;
    }

    private State last;
    private final java.nio.file.Path folder;

    /** A memory that keeps the files it was told of in {@code folder}, which its owner makes and removes. */
    public LinkMemory(java.nio.file.Path folder) {
        this.folder = folder;
    }

    /** Keeps the file {@code uri} of the site as it is now at {@code file}, as a link to it. */
    void keep(String uri, java.nio.file.Path file) throws java.io.IOException {
        io.briefkit.SiteFiles.link(folder.resolve(uri), file);
    }

    /** The kept copy of the file {@code uri}, as last written. */
    java.nio.file.Path kept(String uri) {
        return folder.resolve(uri);
    }

    /**
     * What other pages take from a part besides its citations and mentions: its title, which
     * heads its notes' group, and the ids of its article, which the single page keeps unique.
     */
    static String shape(Document document) {
        StringBuilder shape = new StringBuilder();
        org.jsoup.nodes.Element title = document.selectFirst("main article h1");
        shape.append(title == null ? "" : title.outerHtml());
        for (org.jsoup.nodes.Element element : document.select("main article [id]")) {
            shape.append('\n').append(element.id());
        }
        return shape.toString();
    }
    private Set<String> relinked = Set.of();

    State last() {
        return last;
    }

    void remember(State state) {
        last = state;
    }

    /** The parts the last linking linked: every one, or only those a save changed. */
    public Set<String> relinked() {
        return relinked;
    }

    void relinked(Set<String> parts) {
        relinked = Set.copyOf(parts);
    }

    /** Forgets the last linking, as after a build that failed, so the next links every page. */
    public void forget() {
        last = null;
    }

    /** Whether {@code uris} are all pages the memory can relink alone. */
    boolean ordinary(Set<String> uris) {
        return last != null && uris.stream().noneMatch(last.special::contains) && last.parts.keySet().containsAll(uris);
    }
}
