package io.briefkit.publish;

import io.briefkit.Json;
import io.briefkit.link.LinkedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the search index as a script, {@code js/search-index.js}, that the search page
 * loads: one entry per paragraph of the brief, per note and per actor, each with a title (the
 * part's own title and the paragraph's number), the link to it, its kind and its text; and the
 * glossary's close spellings of one name. A script, not JSON, because a fetch fails from disk.
 */
public final class SearchIndex {
    public static final String PATH = "js/search-index.js";

    /** An entry; {@code kind} ranks it: 0 the brief's text, 1 a note, 2 the glossary. */
    record Entry(String title, String url, String text, int kind) {
    }

    private final Path site;
    /** The parts' labels, by page, in reading order. */
    private final Map<String, String> labels = new java.util.LinkedHashMap<>();
    /** The parts' entries by page. */
    private final Map<String, List<Entry>> parts = new java.util.LinkedHashMap<>();
    private final Map<String, Entry> actors = new TreeMap<>();
    /** Each page's entries as written in the index, by page: a page kept from the last build keeps its text too. */
    private final Map<String, byte[]> written = new java.util.concurrent.ConcurrentHashMap<>();
    private List<List<String>> variants = List.of();

    /** An index of the parts of the brief in {@code pages}, whose labels title their entries, and of the actors. */
    public SearchIndex(Path site, List<LinkedPage> pages) {
        this.site = site;
        pages.forEach(page -> labels.put(page.uri(), page.label()));
    }

    /**
     * Indexes a page as it is published: a part's paragraphs, footnotes and notes, or an
     * actor's page. The cross-linker hands each page over as it writes it, so that no page is
     * read twice, in any order: the index lists the parts in reading order.
     */
    public void add(String uri, Document document) {
        String label = labels.get(uri);
        if (label != null) {
            Element heading = document.selectFirst("main article h1");
            String title = heading == null ? label : heading.text();
            List<Entry> page = new ArrayList<>();
            parts.put(uri, page);
            for (Element block : document.select("main article > p[id], main article aside.footnote")) {
                String where = block.tagName().equals("aside") ? ", footnote " + block.id().substring(3)
                        : ", paragraph " + block.id().substring(block.id().lastIndexOf('-') + 1);
                page.add(new Entry(title + where, uri + "#" + block.id(), clean(block), 0));
            }
            for (Element note : document.select("[data-endnotes=all] li[value]")) {
                page.add(new Entry("Note " + note.attr("value"), uri + "#" + note.id(),
                        note.selectFirst(".note-text").text(), 1));
            }
        } else if (uri.startsWith("actor-")) {
            Element aliases = document.selectFirst("main p.aliases");
            actors.put(uri, new Entry(document.selectFirst("main h1").text() + " (glossary)", uri,
                    document.selectFirst("main p.description").text() + (aliases == null ? "" : " " + aliases.text()), 2));
        }
    }

    /**
     * Indexes a page as {@code last}, the index of the last build, indexed it: for a page the
     * cross-linker wrote as it was, or an actor's page whose places alone it made again, which
     * its entry (the actor's name, description and other names) does not show (see {@code CrossLinker#onKeep}).
     */
    public void keep(String uri, SearchIndex last) {
        if (last.parts.containsKey(uri)) {
            parts.put(uri, last.parts.get(uri));
        }
        if (last.actors.containsKey(uri)) {
            actors.put(uri, last.actors.get(uri));
        }
        if (last.written.containsKey(uri)) {
            written.put(uri, last.written.get(uri));
        }
    }

    /** The glossary's names, each actor's in a list: the search takes close spellings of one name as one word. */
    public void names(List<List<String>> namesByActor) {
        this.variants = SpellingVariants.of(namesByActor);
    }

    /**
     * Writes the index: the parts' entries in reading order, then the actors by page name. Each
     * page's entries are made once, as UTF-8, and again only when the page was indexed anew; the
     * file is written from them as they are, so that a rebuild after one page's edit does not
     * make the whole index again in memory.
     */
    public void write() throws IOException {
        List<byte[]> pages = new ArrayList<>();
        for (String uri : labels.keySet()) {
            List<Entry> entries = parts.get(uri);
            if (entries != null) {
                pages.add(written.computeIfAbsent(uri, key -> utf8(entries(entries))));
            }
        }
        actors.forEach((uri, entry) -> pages.add(written.computeIfAbsent(uri, key -> utf8(entries(List.of(entry))))));
        Files.createDirectories(site.resolve(PATH).getParent());
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(io.briefkit.SiteFiles.create(site.resolve(PATH)),
                1 << 16)) {
            write(out, pages, variants);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The index's script: the pages' entries, as {@link #entries} writes each page's in UTF-8, then the spelling variants. */
    static void write(java.io.OutputStream out, List<byte[]> pages, List<List<String>> variants) throws IOException {
        out.write(utf8("window.BRIEF_SEARCH_INDEX = [\n"));
        boolean first = true;
        for (byte[] page : pages) {
            if (page.length > 0) {
                if (!first) {
                    out.write(utf8(",\n"));
                }
                out.write(page);
                first = false;
            }
        }
        StringBuilder tail = new StringBuilder(first ? "" : "\n");
        tail.append("];\nwindow.BRIEF_SEARCH_VARIANTS = [");
        for (int i = 0; i < variants.size(); i++) {
            tail.append(i == 0 ? "" : ",").append('[').append(String.join(",", variants.get(i).stream().map(Json::string).toList()))
                    .append(']');
        }
        out.write(utf8(tail.append("];\n").toString()));
    }

    private static String clean(Element block) {
        Element copy = block.clone();
        copy.select("sup, .permalink, .fn-label, .fn-back").remove();
        return copy.text();
    }

    /** One page's entries as the index writes them, one to a line, without the line break after the last. */
    static String entries(List<Entry> entries) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            out.append(out.isEmpty() ? "" : ",\n").append("{\"t\":").append(Json.string(e.title()))
                    .append(",\"u\":").append(Json.string(e.url())).append(",\"k\":").append(e.kind())
                    .append(",\"x\":").append(Json.string(e.text())).append('}');
        }
        return out.toString();
    }
}
