package io.briefkit.link;

import io.briefkit.Finding;
import io.briefkit.cite.BriefMetadata;
import io.briefkit.cite.SourceBibliography;
import io.briefkit.content.Correction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Links the baked pages to each other where Markdown alone cannot: paragraph anchors,
 * note references, endnote lists with back-links across pages, and the actor glossary. Works on the whole
 * site at once, in reading order, so a note's references are numbered as a reader meets them.
 */
public final class CrossLinker {
    /** Where the actors come from, for warnings; the content stage owns the file. */
    static final String ACTORS_PATH = "glossary/actors.yaml";
    /** What marks a page that gathers from the others: the notes page, the glossary, the overview's citations. */
    static final String GATHERING = "[data-endnotes=all], [data-glossary], dl[data-cite-brief]";

    final Path site;
    final List<LinkedPage> pages;
    final Map<Integer, NoteText> notes;
    String sourcesPage;
    SourceBibliography sources;
    BriefMetadata brief;
    final Map<String, ActorText> actors = new LinkedHashMap<>();
    BiConsumer<String, Document> listener = (uri, document) -> { };
    String singlePage;
    String aboutPage;
    List<Correction> corrections = List.of();
    Function<Map<String, List<String>>, MentionMatcher> matchers = MentionMatcher::new;
    java.util.function.Consumer<String> keeper = uri -> { };
    final Map<String, io.briefkit.PageEdit> edits = new java.util.HashMap<>();
    private Parsed parsed = (uri, bytes, repaired) -> { };
    LinkMemory memory;
    /** The text of the contents' folded runs, one copy of each for every page (see {@link FoldedContents}). */
    private final Map<String, String> foldedRuns = new java.util.concurrent.ConcurrentHashMap<>();
    /** What this linking makes, for the memory; null without one. */
    private LinkMemory.State state;
    /** The baked pages' fingerprints, by page, as far as the baker knows them. */
    Map<String, String> baked = Map.of();
    /** The baked pages not in the site yet, each at the file the baker keeps it in. */
    Map<String, Path> unplaced = Map.of();

    public CrossLinker(Path site, List<LinkedPage> pages, Map<Integer, NoteText> notes, List<ActorText> actors) {
        this.site = site;
        this.pages = pages;
        this.notes = notes;
        actors.forEach(actor -> this.actors.put(actor.id(), actor));
    }

    public List<Finding> link() throws IOException {
        edits.clear();
        if (memory != null) {
            List<Finding> quick = new QuickRelink(this, memory).run();
            if (quick != null) {
                return quick;
            }
            memory.forget();
            state = new LinkMemory.State();
            state.inputs = inputs();
        }
        placeBaked(unplaced.keySet());
        List<Finding> findings = new FullLink(this, state).run();
        if (state != null) {
            state.findings = List.copyOf(findings);
            memory.remember(state);
            memory.relinked(state.parts.keySet());
        }
        return findings;
    }

    /** Puts each of the baked pages {@code uris}, which are not in the site yet ({@link #unplaced}), in its place, as baked. */
    void placeBaked(java.util.Collection<String> uris) throws IOException {
        for (String uri : uris) {
            io.briefkit.SiteFiles.link(site.resolve(uri), unplaced.get(uri));
        }
    }

    /** What every page's links depend on besides its own baked page. */
    LinkMemory.Inputs inputs() {
        return new LinkMemory.Inputs(List.copyOf(pages), Map.copyOf(notes), List.copyOf(actors.values()), singlePage, aboutPage,
                List.copyOf(corrections), sourcesPage, sources, brief);
    }

    /** A baked page, read; its fingerprint kept for the memory. */
    Document read(String uri) {
        try {
            byte[] bytes = io.briefkit.SiteFiles.read(site.resolve(uri));
            if (state != null) {
                String fingerprint = baked.containsKey(uri) ? baked.get(uri) : io.briefkit.Fingerprint.of(bytes);
                synchronized (state) {
                    state.baked.put(uri, fingerprint);
                }
            }
            return parse(uri, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A baked page's bytes as jsoup's reading of the file would parse them; {@link #onParse} hears whether it repaired them. */
    Document parse(String uri, byte[] bytes) throws IOException {
        org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(1);
        Document document = Jsoup.parse(new java.io.ByteArrayInputStream(bytes), "UTF-8",
                site.resolve(uri).toFile().getAbsolutePath(), parser);
        parsed.parsed(uri, bytes, !parser.getErrors().isEmpty());
        document.outputSettings().prettyPrint(false);
        // The single page's contents become links within it, entry by entry: they stay elements.
        if (!uri.equals(singlePage)) {
            FoldedContents.fold(document, foldedRuns);
        }
        return document;
    }

    /** Writes a file of the site, and keeps it for the memory. */
    void output(String uri, String text) throws IOException {
        output(uri, text.getBytes(StandardCharsets.UTF_8));
    }

    void output(String uri, byte[] bytes) throws IOException {
        String fingerprint = write(uri, bytes);
        if (state != null) {
            state.outputs.put(uri, fingerprint);
        }
    }

    /**
     * Writes a file of the site in place of the baked one, and, for the memory, keeps it and
     * answers its fingerprint (null without a memory).
     */
    String write(String uri, byte[] bytes) throws IOException {
        Path file = site.resolve(uri);
        io.briefkit.SiteFiles.write(file, bytes);
        if (state == null) {
            return null;
        }
        memory.keep(uri, file);
        return io.briefkit.Fingerprint.of(bytes);
    }

    /**
     * The About page, {@code uri} (null for none), whose lists of the editors' work are filled
     * from the records that mark the text, with {@code corrections}, the log: see {@link EditionPage}.
     */
    public CrossLinker aboutPage(String uri, List<Correction> corrections) {
        this.aboutPage = uri;
        this.corrections = corrections;
        return this;
    }

    /**
     * The bibliography of the sources, for the page with a {@code [data-sources]} slot (see
     * {@link SourcesPage}), and what the overview says of the brief: its citation in several
     * styles, for a {@code [data-cite-brief]} slot, and, in that page's head, its JSON-LD.
     */
    public CrossLinker citations(String sourcesPage, SourceBibliography sources, BriefMetadata brief) {
        this.sourcesPage = sourcesPage;
        this.sources = sources;
        this.brief = brief;
        return this;
    }

    /** Fills the page {@code uri}, if not null, with the whole brief: see {@link SinglePageEdition}. */
    public CrossLinker singlePage(String uri) {
        this.singlePage = uri;
        return this;
    }

    /** A linker of the pages to the actors, whose names and aliases it finds. */
    GlossaryLinker glossaryLinker() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        actors.values().forEach(actor -> names.put(actor.id(), Stream.concat(Stream.of(actor.name()),
                actor.aliases().stream()).toList()));
        return new GlossaryLinker(actors, matchers.apply(names));
    }

    /** A warning for each actor the brief names nowhere, neither in its text ({@code mentions}) nor in its notes. */
    List<Finding> unnamed(List<Mention> mentions, Map<String, java.util.Set<Integer>> noteMentions) {
        java.util.Set<String> inText = new java.util.HashSet<>();
        mentions.forEach(mention -> inText.add(mention.actor()));
        return unnamed(inText::contains, noteMentions);
    }

    /** As {@link #unnamed(List, Map)}, told by {@code inText} which actors the text names. */
    List<Finding> unnamed(java.util.function.Predicate<String> inText, Map<String, java.util.Set<Integer>> noteMentions) {
        List<Finding> unnamed = new ArrayList<>();
        for (ActorText actor : actors.values()) {
            boolean named = inText.test(actor.id()) || noteMentions.containsKey(actor.id());
            if (!named) {
                unnamed.add(Finding.warning(ACTORS_PATH, actor.line(), actor.id()
                        + " is named nowhere in the brief, neither in its text nor in its notes"));
            }
        }
        return unnamed;
    }

    /**
     * Where the matcher of the actors' names comes from, given their names (name and aliases) by
     * actor: a kept builder hands back the last one while the names are the same, and with it
     * what it found in the texts no save changed.
     */
    public CrossLinker matchers(Function<Map<String, List<String>>, MentionMatcher> matchers) {
        this.matchers = matchers;
        return this;
    }

    /** Hears of each baked page the linker parses, as it read it, and whether jsoup's parser repaired its markup. */
    @FunctionalInterface
    public interface Parsed {
        void parsed(String uri, byte[] bytes, boolean repaired);
    }

    /**
     * Tells {@code parsed} of every baked page as the linker parses it, with the bytes it read
     * and whether its markup had to be repaired, so that a check of the pages as the templates
     * wrote them need not parse them again; called from several threads at once. The pages it
     * may read are {@link #reads()}.
     */
    public CrossLinker onParse(Parsed parsed) {
        this.parsed = parsed;
        return this;
    }

    /**
     * The baked pages a linking of every page reads: the pages in reading order, the single page,
     * the About page, and the sources page if there are sources to fill it with. A linking of the
     * parts a save changed reads fewer: those it carries over are as the last linking read them.
     */
    public java.util.Set<String> reads() {
        java.util.Set<String> reads = new java.util.HashSet<>();
        pages.forEach(page -> reads.add(page.uri()));
        for (String page : java.util.Arrays.asList(singlePage, aboutPage, sources == null ? null : sourcesPage)) {
            if (page != null) {
                reads.add(page);
            }
        }
        return reads;
    }

    /** Hands every page to {@code listener} as it is written, final, so that later stages need not read it again. */
    public CrossLinker onWrite(BiConsumer<String, Document> listener) {
        this.listener = listener;
        return this;
    }

    void write(String uri, Document document) throws IOException {
        SectionAnchors.everyHeading(document);
        output(uri, HtmlBytes.of(document));
        listener.accept(uri, document);
    }

    /**
     * Keeps what this linker makes in {@code memory}, and links again, with what it kept from the
     * last linking, only the parts a save changed, when nothing they share with other pages changed.
     */
    public CrossLinker remember(LinkMemory memory) {
        this.memory = memory;
        return this;
    }

    /**
     * The baked pages that the baker did not write into the site, each at the file it keeps it in
     * (see {@code Baker#unplaced}): the linker puts each in its place, as it links it, as it
     * carries over its last linking of it, or, for a page it does not link, as baked.
     */
    public CrossLinker unplaced(Map<String, Path> unplaced) {
        this.unplaced = Map.copyOf(unplaced);
        return this;
    }

    /**
     * The baked pages' fingerprints as the baker knows them (see {@code Baker#fingerprints}), by
     * page: a page whose fingerprint is given is not read to find whether it changed.
     */
    public CrossLinker bakedAs(Map<String, String> fingerprints) {
        this.baked = fingerprints;
        return this;
    }

    /**
     * The fingerprint of every file the last {@link #link()} wrote or carried over, by file, for
     * a linker with a memory: the checks need not read a file to know whether it is as they
     * last checked it. Empty without a memory.
     */
    public Map<String, String> written() {
        LinkMemory.State last = memory == null ? null : memory.last();
        return last == null ? Map.of() : java.util.Collections.unmodifiableMap(last.outputs);
    }

    /**
     * How the long pages the last linking made from their last version (the single page, actors'
     * pages) differ from it, by page: see {@link io.briefkit.PageEdit}. Empty after a linking of every page.
     */
    public Map<String, io.briefkit.PageEdit> edits() {
        return Map.copyOf(edits);
    }

    /**
     * Tells {@code keeper} of every page written as the last linking wrote it, and of every
     * actor's page made from the last one with the items of its places made again (its name,
     * description and other names as they were), which the listener does not hear of.
     */
    public CrossLinker onKeep(java.util.function.Consumer<String> keeper) {
        this.keeper = keeper;
        return this;
    }
}
