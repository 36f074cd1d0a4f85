package io.briefkit.link;

import io.briefkit.Finding;
import io.briefkit.Fingerprint;
import io.briefkit.PageEdit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The cross-linker's quick path, for the preview: when a save changed the baked text of a few
 * ordinary parts and nothing every page depends on (the parts' list, the notes, the actors,
 * the special pages), only those parts are linked again, and every other file is written as
 * the last linking wrote it. A changed part must bring the site what it brought before: the
 * same citations in the same paragraphs, the same supplied headings, the same title and ids;
 * then the notes, sources and About pages are as they were, the single page changes only in
 * that part's section, and an actor's page only if the paragraphs naming the actor changed.
 * If anything else changed, it answers null, and every page is linked: the result is always
 * what linking every page makes.
 */
final class QuickRelink {
    /** Beyond this many changed parts, the quick path is given up: linking every page is about as quick. */
    private static final int MOST = 8;

    private final CrossLinker linker;
    private final LinkMemory memory;

    QuickRelink(CrossLinker linker, LinkMemory memory) {
        this.linker = linker;
        this.memory = memory;
    }

    /** The findings of linking the site, every file written; or null, with nothing written, when the quick path does not apply. */
    List<Finding> run() throws IOException {
        LinkMemory.State last = memory.last();
        if (last == null || !last.inputs.equals(linker.inputs())) {
            return null;
        }
        Map<String, byte[]> changed = new HashMap<>();
        for (Map.Entry<String, String> page : last.baked.entrySet()) {
            // A page whose fingerprint the baker gives is read only if it changed.
            String known = linker.baked.get(page.getKey());
            if (page.getValue().equals(known)) {
                continue;
            }
            Path file = linker.unplaced.getOrDefault(page.getKey(), linker.site.resolve(page.getKey()));
            if (!Files.isRegularFile(file)) {
                return null;
            }
            byte[] bytes = io.briefkit.SiteFiles.read(file);
            if (known != null || !Fingerprint.of(bytes).equals(page.getValue())) {
                changed.put(page.getKey(), bytes);
            }
        }
        if (changed.size() > MOST || !memory.ordinary(changed.keySet())) {
            return null;
        }
        Map<String, io.briefkit.ByteRuns> outputs = new HashMap<>();
        // How the long pages made from their last version differ from it, for the checks.
        Map<String, PageEdit> edits = new HashMap<>();
        // Where the items are in the actors' pages spliced.
        Map<String, MentionItems.Items> itemsNow = new HashMap<>();
        Map<String, Document> written = new HashMap<>();
        Map<String, LinkMemory.Part> parts = new HashMap<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        Map<LinkedPage, Element> sections = new LinkedHashMap<>();
        List<LinkedPage> singleParts = linker.pages.stream().filter(p -> !p.uri().equals(last.glossaryPage)).toList();
        for (LinkedPage page : linker.pages) {
            if (!changed.containsKey(page.uri())) {
                continue;
            }
            LinkMemory.Part was = last.parts.get(page.uri());
            Document document = linker.parse(page.uri(), changed.get(page.uri()));
            if (document.selectFirst(CrossLinker.GATHERING) != null) {
                return null;
            }
            ParagraphAnchors.apply(document, page);
            SectionAnchors.apply(document);
            SuppliedHeadings supplied = new SuppliedHeadings(linker.aboutPage);
            supplied.apply(document, page);
            NoteReferences references = new NoteReferences(linker.notes);
            List<Citation> before = last.citationsBefore(linker.pages, page);
            references.seed(before);
            List<Finding> findings = new ArrayList<>(references.link(document, page));
            List<Citation> citations = List.copyOf(references.citations().subList(before.size(),
                    references.citations().size()));
            if (!citations.equals(was.citations()) || !supplied.headings().equals(was.supplied())) {
                return null;
            }
            last.endnoteLists(linker.notes).apply(document, page);
            List<Mention> found = last.glossaryShell == null ? List.of()
                    : List.copyOf(linker.glossaryLinker().link(document, page, findings));
            String shape = LinkMemory.shape(document);
            if (!shape.equals(was.shape())) {
                return null;
            }
            Element article = document.selectFirst("main article");
            if (linker.singlePage != null && !page.uri().equals(last.glossaryPage) && article != null) {
                Element section = SinglePageEdition.section(page, article, singleParts, last.renamed);
                if (!headingsLinked(section)) {
                    return null;
                }
                sections.put(page, section);
            }
            ShortAddresses.apply(document);
            SectionAnchors.everyHeading(document);
            outputs.put(page.uri(), io.briefkit.ByteRuns.of(HtmlBytes.of(document)));
            written.put(page.uri(), document);
            parts.put(page.uri(), new LinkMemory.Part(citations, List.copyOf(supplied.headings()), found,
                    List.copyOf(findings), shape));
            mentions.put(page.uri(), found);
        }
        Map<String, int[]> spans = last.spans == null ? null : new HashMap<>(last.spans);
        if (!sections.isEmpty()) {
            if (spans == null || !spans.keySet().containsAll(sections.keySet().stream().map(LinkedPage::uri).toList())) {
                return null;
            }
            Map<String, String> html = new HashMap<>();
            sections.forEach((part, section) -> html.put(part.uri(), SinglePageEdition.html(section)));
            io.briefkit.ByteRuns page = keptCopy(linker.singlePage);
            if (page == null) {
                return null;
            }
            PageEdit.Recorder edit = new PageEdit.Recorder(last.outputs.get(linker.singlePage), page);
            outputs.put(linker.singlePage, SinglePageEdition.splice(page, spans, html, edit));
            edits.put(linker.singlePage, edit.edit());
        }
        List<Finding> unnamed = last.unnamed;
        // The paragraphs naming each actor whose paragraphs changed, as they are now.
        Map<String, List<Mention>> named = new HashMap<>();
        if (last.glossaryShell != null) {
            if (!actorPages(last, mentions, named, outputs, edits, itemsNow, written)) {
                return null;
            }
            Map<String, List<Mention>> were = last.byActor(linker.pages);
            unnamed = linker.unnamed(actor -> named.containsKey(actor) ? !named.get(actor).isEmpty()
                    : were.containsKey(actor), last.noteMentions);
        }
        List<Finding> findings = new ArrayList<>(last.findings);
        changed.keySet().forEach(uri -> last.parts.get(uri).findings().forEach(findings::remove));
        last.unnamed.forEach(findings::remove);
        parts.values().forEach(part -> findings.addAll(part.findings()));
        findings.addAll(unnamed);
        // The changed files' fingerprints, the long pages' megabytes among them, are made while the files are written.
        java.util.concurrent.CompletableFuture<Map<String, String>> fingerprinting = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> {
                    Map<String, String> made = new HashMap<>();
                    outputs.keySet().stream().filter(last.outputs::containsKey)
                            .forEach(uri -> made.put(uri, Fingerprint.of(outputs.get(uri))));
                    return made;
                });
        java.util.Set<Path> folders = new java.util.HashSet<>();
        try {
            // A file as it was is a link to its kept copy; a changed one is written, and kept.
            for (String uri : last.outputs.keySet()) {
                Path path = linker.site.resolve(uri);
                if (folders.add(path.getParent())) {
                    Files.createDirectories(path.getParent());
                }
                if (outputs.containsKey(uri)) {
                    io.briefkit.SiteFiles.write(path, outputs.get(uri));
                    memory.keep(uri, path);
                } else {
                    io.briefkit.SiteFiles.link(path, memory.kept(uri));
                }
                if (written.containsKey(uri)) {
                    linker.listener.accept(uri, written.get(uri));
                } else {
                    linker.keeper.accept(uri);
                }
            }
            // A baked page the linker does not link is in the site as baked.
            linker.placeBaked(linker.unplaced.keySet().stream().filter(uri -> !last.outputs.containsKey(uri)).toList());
            fingerprinting.join().forEach(last.outputs::put);
        } catch (IOException | RuntimeException | Error e) {
            // Kept copies may already be the new ones: the memory no longer describes them.
            memory.forget();
            throw e;
        }
        linker.edits.putAll(edits);
        // Only the long pages this edit spliced are held: the next edit of the same paragraph reaches the same ones.
        last.spliced.clear();
        edits.keySet().forEach(uri -> last.spliced.put(uri, outputs.get(uri)));
        last.items.clear();
        last.items.putAll(itemsNow);
        last.spans = spans;
        parts.forEach(last.parts::put);
        last.named(named);
        changed.forEach((uri, bytes) -> last.baked.put(uri, Fingerprint.of(bytes)));
        last.findings = List.copyOf(findings);
        last.unnamed = List.copyOf(unnamed);
        memory.relinked(changed.keySet());
        return findings;
    }

    /**
     * Makes again the pages of the actors whose places changed, of which {@code mentions} (the
     * parts linked again, by page) tells: an actor's page whose places are as many paragraphs as
     * before has the changed ones' items made again in the page as last written, told to {@code
     * edits}, with where its items now are to {@code items}, and another is made whole, handed
     * to {@code written}; each goes to {@code outputs}.
     * The paragraphs that name each of these actors now go to {@code named}. False if a kept copy
     * cannot be read.
     */
    private boolean actorPages(LinkMemory.State last, Map<String, List<Mention>> mentions,
            Map<String, List<Mention>> named, Map<String, io.briefkit.ByteRuns> outputs, Map<String, PageEdit> edits,
            Map<String, MentionItems.Items> itemsNow, Map<String, Document> written) {
        // Only the paragraphs of the parts linked again can name other actors, or name them otherwise.
        java.util.Set<String> touched = new java.util.HashSet<>();
        mentions.forEach((uri, now) -> {
            Map<String, List<Mention>> were = LinkMemory.byActor(last.parts.get(uri).mentions());
            Map<String, List<Mention>> is = LinkMemory.byActor(now);
            for (String actor : union(were.keySet(), is.keySet())) {
                if (!were.getOrDefault(actor, List.of()).equals(is.getOrDefault(actor, List.of()))) {
                    touched.add(actor);
                }
            }
        });
        Map<String, List<Mention>> wereByActor = last.byActor(linker.pages);
        Map<String, Integer> order = new HashMap<>();
        linker.pages.forEach(page -> order.put(page.uri(), order.size()));
        touched.forEach(actor -> named.put(actor, now(actor, wereByActor.getOrDefault(actor, List.of()), mentions, order)));
        MentionItems items = new MentionItems(last.notesPage);
        List<ActorText> whole = new ArrayList<>();
        for (ActorText actor : linker.actors.values()) {
            if (!touched.contains(actor.id())) {
                continue;
            }
            io.briefkit.ByteRuns page = keptCopy(actor.uri());
            if (page == null) {
                return false;
            }
            PageEdit.Recorder edit = new PageEdit.Recorder(last.outputs.get(actor.uri()), page);
            MentionItems.Items spliced = items.splice(page, last.items.get(actor.uri()), last.glossaryShell,
                    wereByActor.getOrDefault(actor.id(), List.of()), named.get(actor.id()), edit);
            if (spliced == null) {
                whole.add(actor);
            } else {
                outputs.put(actor.uri(), spliced.page());
                itemsNow.put(actor.uri(), spliced);
                edits.put(actor.uri(), edit.edit());
            }
        }
        if (!whole.isEmpty()) {
            GlossaryPages glossary = new GlossaryPages(linker.actors, last.mentions(linker.pages, mentions),
                    last.noteMentions, last.notesPage, new SourceList(linker.notes, last.notesPage));
            glossary.actorPages(last.glossaryShell, last.glossaryPage, whole, written::put)
                    .forEach((uri, bytes) -> outputs.put(uri, io.briefkit.ByteRuns.of(bytes)));
        }
        return true;
    }

    /**
     * The paragraphs that name {@code actor} now, in reading order: those it {@code were} named
     * in, with the paragraphs of the parts linked again ({@code mentions}, by page) in place of
     * those parts' own; {@code order} is each page's place in the reading order.
     */
    private static List<Mention> now(String actor, List<Mention> were, Map<String, List<Mention>> mentions,
            Map<String, Integer> order) {
        List<String> changed = mentions.keySet().stream().sorted(java.util.Comparator.comparing(order::get)).toList();
        List<Mention> now = new ArrayList<>(were.size());
        int next = 0;
        for (String page : changed) {
            int place = order.get(page);
            while (next < were.size() && order.get(were.get(next).page().uri()) < place) {
                now.add(were.get(next++));
            }
            while (next < were.size() && order.get(were.get(next).page().uri()) == place) {
                next++;
            }
            mentions.get(page).stream().filter(mention -> mention.actor().equals(actor)).forEach(now::add);
        }
        now.addAll(were.subList(next, were.size()));
        return now;
    }

    /**
     * The file {@code uri} as last written: as the last relinking made it, if it spliced it,
     * else read from its kept copy; null if that cannot be read, for every page to be linked.
     */
    private io.briefkit.ByteRuns keptCopy(String uri) {
        io.briefkit.ByteRuns spliced = memory.last().spliced.get(uri);
        if (spliced != null) {
            return spliced;
        }
        try {
            return io.briefkit.ByteRuns.of(io.briefkit.SiteFiles.read(memory.kept(uri)));
        } catch (IOException e) {
            return null;
        }
    }

    private static java.util.Set<String> union(java.util.Set<String> one, java.util.Set<String> other) {
        java.util.Set<String> both = new java.util.TreeSet<>(one);
        both.addAll(other);
        return both;
    }

    /**
     * Whether every heading of a part's section already has its id and its link to itself, as
     * the single page gives every heading: else the single page would give it one that depends
     * on the rest of the page.
     */
    private static boolean headingsLinked(Element section) {
        for (Element heading : section.select("h1, h2, h3, h4, h5, h6")) {
            if (heading.id().isEmpty() || !heading.tagName().equals("h1") && heading.selectFirst("> .permalink") == null) {
                return false;
            }
        }
        return true;
    }
}
