package io.briefkit.link;

import io.briefkit.Finding;
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
 * A linking of every page (see {@link CrossLinker}), in two passes over the pages in reading
 * order, a window of pages at a time. The first reads each page, anchors its paragraphs and
 * sections and numbers its note references, and leaves it to wait (see {@link HeldPage}); the
 * second, once every citation is known, gives each page its list of notes and its glossary
 * links, puts its article into the single page, and writes it. Besides a window of pages, only
 * the pages that wait whole are held as elements (those that gather from the others, and the
 * few whose article would not read back as it is); the glossary and the actors' pages are made
 * last, from every page's mentions.
 */
final class FullLink {
    private final CrossLinker linker;
    /** What this linking makes, for the linker's memory; null without one. */
    private final LinkMemory.State state;

    FullLink(CrossLinker linker, LinkMemory.State state) {
        this.linker = linker;
        this.state = state;
    }

    /** How many pages are read, or finished, at once: enough to keep every core busy, few enough to hold little. */
    private static final int WINDOW = 32;

    /** Links every page; returns what it found wrong. */
    List<Finding> run() throws IOException {
        List<Finding> findings = new ArrayList<>();
        NoteReferences references = new NoteReferences(linker.notes);
        SuppliedHeadings supplied = new SuppliedHeadings(linker.aboutPage);
        Map<LinkedPage, List<Finding>> pageFindings = new LinkedHashMap<>();
        Map<LinkedPage, HeldPage> held = new LinkedHashMap<>();
        Map<LinkedPage, Element> titles = new HashMap<>();
        Gathering gathering = new Gathering();
        for (List<LinkedPage> window : windows()) {
            List<Document> documents = readAll(window);
            onEach(window.size(), i -> {
                ParagraphAnchors.apply(documents.get(i), window.get(i));
                SectionAnchors.apply(documents.get(i));
            });
            boolean[] whole = new boolean[window.size()];
            for (int i = 0; i < window.size(); i++) {
                LinkedPage page = window.get(i);
                Document document = documents.get(i);
                whole[i] = gathering.note(page, document);
                supplied.apply(document, page);
                List<Finding> found = references.link(document, page);
                findings.addAll(found);
                pageFindings.put(page, new ArrayList<>(found));
                Element title = document.selectFirst("main article h1");
                titles.put(page, title == null ? null : title.clone());
            }
            HeldPage[] waiting = new HeldPage[window.size()];
            onEach(window.size(), i -> waiting[i] = whole[i] ? HeldPage.whole(documents.get(i)) : HeldPage.folded(documents.get(i)));
            for (int i = 0; i < window.size(); i++) {
                held.put(window.get(i), waiting[i]);
            }
        }
        if (state != null) {
            gathering.pages.forEach(page -> state.special.add(page.uri()));
        }
        String notesPage = gathering.notesPage == null ? null : gathering.notesPage.uri();
        LinkedPage glossaryPage = gathering.glossary;
        // The pages that gather from the others first get what they gather, but for the glossary's terms.
        EndnoteLists lists = new EndnoteLists(linker.notes, references.citations(), notesPage);
        for (LinkedPage page : gathering.pages) {
            lists.apply(held.get(page).document(), page);
        }
        fillCitations(gathering.citing.stream().map(page -> held.get(page).document()).toList(), references, notesPage);
        if (linker.aboutPage != null) {
            Document about = linker.read(linker.aboutPage);
            Map<Integer, Citation> first = new LinkedHashMap<>();
            references.citations().forEach(citation -> first.putIfAbsent(citation.number(), citation));
            EditionPage.fill(about, supplied.headings(), linker.notes, first::get, notesPage, linker.corrections);
            linker.write(linker.aboutPage, about);
        }
        GlossaryLinker terms = null;
        if (!linker.actors.isEmpty() && glossaryPage == null) {
            findings.add(Finding.of(CrossLinker.ACTORS_PATH, "the glossary has actors but no page to list them:"
                    + " add a content page with type=glossary"));
        } else if (!linker.actors.isEmpty()) {
            terms = linker.glossaryLinker();
        }
        SingleOutput single = linker.singlePage == null ? null : startSinglePage(held, glossaryPage);
        Map<Integer, LinkedPage> firstCitedIn = new HashMap<>();
        references.citations().forEach(citation -> firstCitedIn.putIfAbsent(citation.number(), citation.page()));
        Map<LinkedPage, String> shapes = new LinkedHashMap<>();
        Map<LinkedPage, List<Mention>> mentions = new LinkedHashMap<>();
        Document glossary = null;
        try {
            for (List<LinkedPage> window : windows()) {
                Document[] documents = new Document[window.size()];
                List<List<Finding>> found = window.stream().map(page -> (List<Finding>) new ArrayList<Finding>()).toList();
                List<List<Mention>> mentioned = new ArrayList<>(java.util.Collections.nCopies(window.size(), List.<Mention>of()));
                GlossaryLinker linking = terms;
                onEach(window.size(), i -> {
                    documents[i] = held.get(window.get(i)).document();
                    if (!gathering.pages.contains(window.get(i))) {
                        lists.apply(documents[i], window.get(i));
                    }
                    if (linking != null) {
                        mentioned.set(i, linking.link(documents[i], window.get(i), found.get(i)));
                    }
                });
                boolean[] later = new boolean[window.size()];
                for (int i = 0; i < window.size(); i++) {
                    LinkedPage page = window.get(i);
                    if (terms != null) {
                        terms.add(mentioned.get(i));
                        findings.addAll(found.get(i));
                        pageFindings.get(page).addAll(found.get(i));
                        mentions.put(page, mentioned.get(i));
                        if (page.uri().equals(notesPage)) {
                            terms.scanNotes(documents[i]);
                        }
                    }
                    if (state != null) {
                        shapes.put(page, LinkMemory.shape(documents[i]));
                    }
                    Element article = documents[i].selectFirst("main article");
                    if (single != null && !page.equals(glossaryPage) && article != null) {
                        single.add(page, article);
                    }
                    // What suits the screen and not print: made after the page's part of the single page, the PDF's source.
                    if (page.uri().equals(notesPage)) {
                        NoteGroups.apply(documents[i], firstCitedIn, titles);
                    }
                    // The glossary waits for every page's mentions.
                    later[i] = terms != null && page.equals(glossaryPage);
                    if (later[i]) {
                        glossary = documents[i];
                    }
                    held.remove(page);
                }
                finish(window, documents, later);
            }
            if (single != null) {
                findings.addAll(single.finish());
            }
        } catch (IOException | RuntimeException | Error e) {
            if (single != null) {
                single.abandon();
            }
            throw e;
        }
        if (terms != null) {
            findings.addAll(writeGlossary(terms, glossaryPage, glossary, notesPage, shapes));
        }
        if (state != null) {
            state.remember(shapes, references.citations(), supplied.headings(), mentions, pageFindings, notesPage);
        }
        return findings;
    }

    /** The pages in reading order, a {@link #WINDOW} at a time. */
    private List<List<LinkedPage>> windows() {
        List<List<LinkedPage>> windows = new ArrayList<>();
        for (int from = 0; from < linker.pages.size(); from += WINDOW) {
            windows.add(linker.pages.subList(from, Math.min(linker.pages.size(), from + WINDOW)));
        }
        return windows;
    }

    /** The baked pages, read on every core. */
    private List<Document> readAll(List<LinkedPage> window) throws IOException {
        try {
            return window.parallelStream().map(page -> linker.read(page.uri())).toList();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Does {@code step} for every index below {@code count}, on every core: for what is done to each page alone. */
    private static void onEach(int count, java.util.function.IntConsumer step) throws IOException {
        try {
            java.util.stream.IntStream.range(0, count).parallel().forEach(step);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Finishes the pages of a window but those {@code later}, on every core, and writes them,
     * none held as text for longer than its writing takes; the listener hears of them in order.
     */
    private void finish(List<LinkedPage> window, Document[] documents, boolean[] later) throws IOException {
        String[] written = new String[window.size()];
        onEach(window.size(), i -> {
            if (!later[i]) {
                try {
                    written[i] = finish(window.get(i).uri(), documents[i]);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        for (int i = 0; i < window.size(); i++) {
            if (!later[i]) {
                if (state != null) {
                    state.outputs.put(window.get(i).uri(), written[i]);
                }
                linker.listener.accept(window.get(i).uri(), documents[i]);
            }
        }
    }

    /** What suits the screen and not print, then the page written; answers its fingerprint for the memory. */
    private String finish(String uri, Document document) throws IOException {
        ShortAddresses.apply(document);
        SectionAnchors.everyHeading(document);
        return linker.write(uri, HtmlBytes.of(document));
    }

    /** The pages that gather from the others, as the first pass finds them by what their templates mark. */
    private static final class Gathering {
        final List<LinkedPage> pages = new ArrayList<>();
        final List<LinkedPage> citing = new ArrayList<>();
        LinkedPage glossary;
        LinkedPage notesPage;

        /** Notes whether {@code page}, read as {@code document}, gathers from the others, and answers it. */
        boolean note(LinkedPage page, Document document) {
            boolean gathers = false;
            for (Element marked : document.select(CrossLinker.GATHERING)) {
                if (marked.hasAttr("data-glossary")) {
                    glossary = page;
                } else if (marked.hasAttr("data-cite-brief")) {
                    if (!citing.contains(page)) {
                        citing.add(page);
                    }
                } else {
                    notesPage = page;
                }
                gathers = true;
            }
            if (gathers) {
                pages.add(page);
            }
            return gathers;
        }
    }

    /**
     * Starts the single-page edition, made of every part but the glossary, which is the editors'
     * and not the brief's, with the ids each part's article has as it waits in {@code held}.
     */
    private SingleOutput startSinglePage(Map<LinkedPage, HeldPage> held, LinkedPage glossary) throws IOException {
        Document page = linker.read(linker.singlePage);
        List<LinkedPage> parts = linker.pages.stream().filter(part -> !part.equals(glossary)).toList();
        Map<LinkedPage, List<String>> ids = new LinkedHashMap<>();
        for (LinkedPage part : parts) {
            List<String> partIds = held.get(part).ids();
            if (partIds != null) {
                ids.put(part, partIds);
            }
        }
        return new SingleOutput(page, parts, ids);
    }

    /**
     * The single-page edition as it is written to its file, part by part: at 1,000 parts it is
     * tens of megabytes, never held whole.
     */
    private final class SingleOutput {
        private final Document page;
        private final Path file = linker.site.resolve(linker.singlePage);
        private final io.briefkit.Fingerprint fingerprint = new io.briefkit.Fingerprint();
        private final java.io.OutputStream out;
        private final SinglePageEdition.Writer writer;

        SingleOutput(Document page, List<LinkedPage> parts, Map<LinkedPage, List<String>> ids) throws IOException {
            this.page = page;
            out = fingerprint.through(new java.io.BufferedOutputStream(io.briefkit.SiteFiles.create(file), 1 << 16));
            try {
                writer = SinglePageEdition.start(page, linker.singlePage, parts, ids, out);
            } catch (IOException | RuntimeException e) {
                out.close();
                throw e;
            }
        }

        /** Closes the file, written in part, after a failure: the build that writes it fails too. */
        void abandon() {
            try {
                out.close();
            } catch (IOException e) {
                // Nothing more to do: the page is not published.
            }
        }

        void add(LinkedPage part, Element article) throws IOException {
            if (writer.findings().isEmpty()) {
                writer.add(part, article);
            }
        }

        /** Writes the rest of the page, or, if it could not be filled, the page as it is; returns why not. */
        List<Finding> finish() throws IOException {
            Map<String, Map<String, String>> renamed = new HashMap<>();
            Map<String, int[]> spans = new HashMap<>();
            try (out) {
                if (writer.findings().isEmpty()) {
                    writer.finish(renamed, spans);
                }
            }
            if (state != null) {
                state.renamed = renamed;
                state.spans = writer.findings().isEmpty() ? spans : null;
            }
            if (writer.findings().isEmpty()) {
                if (state != null) {
                    linker.memory.keep(linker.singlePage, file);
                    state.outputs.put(linker.singlePage, fingerprint.hex());
                }
            } else {
                SectionAnchors.everyHeading(page);
                linker.output(linker.singlePage, HtmlBytes.of(page));
            }
            return writer.findings();
        }
    }

    /** Fills the sources page, and the list of the brief's citations in {@code citing}, the pages that have one. */
    private void fillCitations(List<Document> citing, NoteReferences references, String notesPage)
            throws IOException {
        if (linker.sourcesPage != null && linker.sources != null) {
            Map<Integer, Citation> first = new LinkedHashMap<>();
            references.citations().forEach(citation -> first.putIfAbsent(citation.number(), citation));
            Document page = linker.read(linker.sourcesPage);
            Element slot = page.selectFirst("[data-sources]");
            if (slot != null) {
                SourcesPage.fill(slot, linker.sources, first::get, notesPage);
            }
            linker.write(linker.sourcesPage, page);
        }
        for (Document document : citing) {
            Element cite = document.selectFirst("dl[data-cite-brief]");
            if (linker.brief != null) {
                linker.brief.citations().forEach((label, html) -> {
                    cite.appendElement("dt").text(label);
                    cite.appendElement("dd").append(html);
                });
                Element description = document.selectFirst("head meta[name=description]");
                Element head = document.head();
                head.appendElement("script").attr("type", "application/ld+json")
                        .appendChild(new org.jsoup.nodes.DataNode(linker.brief.jsonLd(description == null ? null
                                : description.attr("content"))));
            }
        }
    }

    /**
     * Fills the glossary page, {@code document}, with the actors' terms, writes the actors' pages
     * and the previews, then the glossary page; returns the warnings of actors named nowhere.
     */
    private List<Finding> writeGlossary(GlossaryLinker terms, LinkedPage page, Document document, String notesPage,
            Map<LinkedPage, String> shapes) throws IOException {
        GlossaryPages glossaryPages = new GlossaryPages(linker.actors, terms.mentions(), terms.noteMentions(), notesPage,
                new SourceList(linker.notes, notesPage));
        Files.createDirectories(linker.site.resolve(GlossaryPages.PREVIEWS).getParent());
        linker.output(GlossaryPages.PREVIEWS, glossaryPages.previewScript());
        glossaryPages.fillGlossary(document);
        if (state != null) {
            state.glossaryShell = document.clone();
            state.glossaryPage = page.uri();
            state.noteMentions = terms.noteMentions();
            shapes.put(page, LinkMemory.shape(document));
        }
        Map<String, byte[]> actorPages = glossaryPages.actorPages(document, page.uri(), List.copyOf(linker.actors.values()), linker.listener);
        for (Map.Entry<String, byte[]> actorPage : actorPages.entrySet()) {
            linker.output(actorPage.getKey(), actorPage.getValue());
        }
        List<Finding> unnamed = linker.unnamed(terms.mentions(), terms.noteMentions());
        if (state != null) {
            state.unnamed = unnamed;
        }
        finish(List.of(page), new Document[] {document}, new boolean[1]);
        return unnamed;
    }
}
