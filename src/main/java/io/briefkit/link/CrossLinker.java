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
    private static final String ACTORS_PATH = "glossary/actors.yaml";

    private final Path site;
    private final List<LinkedPage> pages;
    private final Map<Integer, NoteText> notes;
    private String sourcesPage;
    private SourceBibliography sources;
    private BriefMetadata brief;
    private final Map<String, ActorText> actors = new LinkedHashMap<>();
    private BiConsumer<String, Document> listener = (uri, document) -> { };
    private String singlePage;
    private String aboutPage;
    private List<Correction> corrections = List.of();
    private Function<Map<String, List<String>>, MentionMatcher> matchers = MentionMatcher::new;

    public CrossLinker(Path site, List<LinkedPage> pages, Map<Integer, NoteText> notes, List<ActorText> actors) {
        this.site = site;
        this.pages = pages;
        this.notes = notes;
        actors.forEach(actor -> this.actors.put(actor.id(), actor));
    }

    public List<Finding> link() throws IOException {
        Map<LinkedPage, Document> documents = new LinkedHashMap<>();
        String notesPage = null;
        Map.Entry<LinkedPage, Document> glossary = null;
        List<Document> citing = new ArrayList<>();
        // Reading a page is independent of every other: the pages are parsed on every core.
        List<Document> parsed;
        try {
            parsed = pages.parallelStream().map(page -> read(page.uri())).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < pages.size(); i++) {
            LinkedPage page = pages.get(i);
            Document document = parsed.get(i);
            documents.put(page, document);
            for (Element marked : document.select("[data-endnotes=all], [data-glossary], dl[data-cite-brief]")) {
                if (marked.hasAttr("data-glossary")) {
                    glossary = Map.entry(page, document);
                } else if (marked.hasAttr("data-cite-brief")) {
                    if (!citing.contains(document)) {
                        citing.add(document);
                    }
                } else {
                    notesPage = page.uri();
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        NoteReferences references = new NoteReferences(notes);
        SuppliedHeadings supplied = new SuppliedHeadings(aboutPage);
        // What is done to each page alone is done on every core; what numbers across pages, in order.
        documents.entrySet().parallelStream().forEach(entry -> {
            ParagraphAnchors.apply(entry.getValue(), entry.getKey());
            SectionAnchors.apply(entry.getValue());
        });
        documents.forEach((page, document) -> {
            supplied.apply(document, page);
            findings.addAll(references.link(document, page));
        });
        EndnoteLists lists = new EndnoteLists(notes, references.citations(), notesPage);
        documents.entrySet().parallelStream().forEach(entry -> lists.apply(entry.getValue(), entry.getKey()));
        linkGlossary(documents, notesPage, glossary, findings);
        if (aboutPage != null) {
            Document about = Jsoup.parse(site.resolve(aboutPage).toFile(), "UTF-8");
            about.outputSettings().prettyPrint(false);
            Map<Integer, Citation> first = new LinkedHashMap<>();
            references.citations().forEach(citation -> first.putIfAbsent(citation.number(), citation));
            EditionPage.fill(about, supplied.headings(), notes, first::get, notesPage, corrections);
            write(aboutPage, about);
        }
        fillCitations(citing, references, notesPage);
        if (singlePage != null) {
            findings.addAll(writeSinglePage(documents, glossary == null ? null : glossary.getKey()));
        }
        // What suits the screen and not print: made after the single page, the PDF's source.
        Map<Integer, LinkedPage> firstCitedIn = new HashMap<>();
        references.citations().forEach(citation -> firstCitedIn.putIfAbsent(citation.number(), citation.page()));
        for (Map.Entry<LinkedPage, Document> entry : documents.entrySet()) {
            if (entry.getKey().uri().equals(notesPage)) {
                NoteGroups.apply(entry.getValue(), firstCitedIn, documents);
            }
        }
        // Each page is finished and written out on its own, on every core; the listener hears of them in order.
        List<Document> finished = List.copyOf(documents.values());
        List<String> html = finished.parallelStream().map(document -> {
            ShortAddresses.apply(document);
            SectionAnchors.everyHeading(document);
            return document.outerHtml();
        }).toList();
        int i = 0;
        for (LinkedPage page : documents.keySet()) {
            Files.writeString(site.resolve(page.uri()), html.get(i), StandardCharsets.UTF_8);
            listener.accept(page.uri(), finished.get(i));
            i++;
        }
        return findings;
    }

    private Document read(String uri) {
        try {
            Document document = Jsoup.parse(site.resolve(uri).toFile(), "UTF-8");
            document.outputSettings().prettyPrint(false);
            return document;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The single-page edition, made of every part but the glossary, which is the editors' and not the brief's. */
    private List<Finding> writeSinglePage(Map<LinkedPage, Document> documents, LinkedPage glossary) throws IOException {
        Document page = Jsoup.parse(site.resolve(singlePage).toFile(), "UTF-8");
        page.outputSettings().prettyPrint(false);
        Map<LinkedPage, Document> parts = new LinkedHashMap<>(documents);
        parts.remove(glossary);
        List<Finding> findings = SinglePageEdition.fill(page, singlePage, parts);
        SectionAnchors.everyHeading(page);
        Files.writeString(site.resolve(singlePage), page.outerHtml(), StandardCharsets.UTF_8);
        return findings;
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

    /** Fills the sources page, and the list of the brief's citations in {@code citing}, the pages that have one. */
    private void fillCitations(List<Document> citing, NoteReferences references, String notesPage)
            throws IOException {
        if (sourcesPage != null && sources != null) {
            Map<Integer, Citation> first = new LinkedHashMap<>();
            references.citations().forEach(citation -> first.putIfAbsent(citation.number(), citation));
            Document page = Jsoup.parse(site.resolve(sourcesPage).toFile(), "UTF-8");
            page.outputSettings().prettyPrint(false);
            Element slot = page.selectFirst("[data-sources]");
            if (slot != null) {
                SourcesPage.fill(slot, sources, first::get, notesPage);
            }
            write(sourcesPage, page);
        }
        for (Document document : citing) {
            Element cite = document.selectFirst("dl[data-cite-brief]");
            if (brief != null) {
                brief.citations().forEach((label, html) -> {
                    cite.appendElement("dt").text(label);
                    cite.appendElement("dd").append(html);
                });
                Element description = document.selectFirst("head meta[name=description]");
                Element head = document.head();
                head.appendElement("script").attr("type", "application/ld+json")
                        .appendChild(new org.jsoup.nodes.DataNode(brief.jsonLd(description == null ? null
                                : description.attr("content"))));
            }
        }
    }

    /** Fills the page {@code uri}, if not null, with the whole brief: see {@link SinglePageEdition}. */
    public CrossLinker singlePage(String uri) {
        this.singlePage = uri;
        return this;
    }

    private void linkGlossary(Map<LinkedPage, Document> documents, String notesPage,
            Map.Entry<LinkedPage, Document> glossary, List<Finding> findings) throws IOException {
        if (actors.isEmpty()) {
            return;
        }
        if (glossary == null) {
            findings.add(Finding.of(ACTORS_PATH, "the glossary has actors but no page to list them:"
                    + " add a content page with type=glossary"));
            return;
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        actors.values().forEach(actor -> names.put(actor.id(), Stream.concat(Stream.of(actor.name()),
                actor.aliases().stream()).toList()));
        GlossaryLinker linker = new GlossaryLinker(actors, matchers.apply(names));
        List<Map.Entry<LinkedPage, Document>> inOrder = List.copyOf(documents.entrySet());
        List<List<Finding>> found = inOrder.stream().map(entry -> (List<Finding>) new ArrayList<Finding>()).toList();
        List<List<Mention>> mentioned = java.util.stream.IntStream.range(0, inOrder.size()).parallel()
                .mapToObj(i -> linker.link(inOrder.get(i).getValue(), inOrder.get(i).getKey(), found.get(i))).toList();
        mentioned.forEach(linker::add);
        found.forEach(findings::addAll);
        documents.forEach((page, document) -> {
            if (page.uri().equals(notesPage)) {
                linker.scanNotes(document);
            }
        });
        GlossaryPages glossaryPages = new GlossaryPages(actors, linker.mentions(), linker.noteMentions(), notesPage,
                new SourceList(notes, notesPage));
        Files.createDirectories(site.resolve(GlossaryPages.PREVIEWS).getParent());
        Files.writeString(site.resolve(GlossaryPages.PREVIEWS), glossaryPages.previewScript(), StandardCharsets.UTF_8);
        glossaryPages.fillGlossary(glossary.getValue());
        for (ActorText actor : actors.values()) {
            write(actor.uri(), glossaryPages.actorPage(glossary.getValue(), glossary.getKey().uri(), actor));
        }
        for (ActorText actor : actors.values()) {
            boolean named = linker.mentions().stream().anyMatch(m -> m.actor().equals(actor.id()))
                    || linker.noteMentions().containsKey(actor.id());
            if (!named) {
                findings.add(Finding.warning(ACTORS_PATH, actor.line(), actor.id()
                        + " is named nowhere in the brief, neither in its text nor in its notes"));
            }
        }
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

    /** Hands every page to {@code listener} as it is written, final, so that later stages need not read it again. */
    public CrossLinker onWrite(BiConsumer<String, Document> listener) {
        this.listener = listener;
        return this;
    }

    private void write(String uri, Document document) throws IOException {
        SectionAnchors.everyHeading(document);
        Files.writeString(site.resolve(uri), document.outerHtml(), StandardCharsets.UTF_8);
        listener.accept(uri, document);
    }
}
