package io.briefkit.publish;

import io.briefkit.Json;
import io.briefkit.link.LinkedPage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the search index as a script, {@code js/search-index.js}, that the search page
 * loads: one entry per paragraph of the brief, per note and per actor, each with a title,
 * the link to it and its text. A script, not JSON, because a fetch fails from disk.
 */
public final class SearchIndex {
    public static final String PATH = "js/search-index.js";

    record Entry(String title, String url, String text) {
    }

    private final Path site;

    public SearchIndex(Path site) {
        this.site = site;
    }

    public void write(List<LinkedPage> pages) throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (LinkedPage page : pages) {
            Document document = read(page.uri());
            String title = page.label();
            for (Element block : document.select("main article > p[id], main article aside.footnote")) {
                String where = block.tagName().equals("aside") ? ", footnote " + block.id().substring(3)
                        : " ¶" + block.id().substring(block.id().lastIndexOf('-') + 1);
                entries.add(new Entry(title + where, page.uri() + "#" + block.id(), clean(block)));
            }
            for (Element note : document.select("[data-endnotes=all] > ol > li")) {
                entries.add(new Entry("Note " + note.attr("value"), page.uri() + "#" + note.id(),
                        note.selectFirst(".note-text").text()));
            }
        }
        try (Stream<Path> files = Files.list(site)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("actor-")).sorted().toList()) {
                Document actor = read(file.getFileName().toString());
                Element aliases = actor.selectFirst("main p.aliases");
                entries.add(new Entry(actor.selectFirst("main h1").text() + " (glossary)", file.getFileName().toString(),
                        actor.selectFirst("main p.description").text() + (aliases == null ? "" : " " + aliases.text())));
            }
        }
        Files.createDirectories(site.resolve(PATH).getParent());
        Files.writeString(site.resolve(PATH), script(entries), StandardCharsets.UTF_8);
    }

    private Document read(String uri) throws IOException {
        return Jsoup.parse(site.resolve(uri).toFile(), "UTF-8");
    }

    private static String clean(Element block) {
        Element copy = block.clone();
        copy.select("sup, .permalink, .fn-label, .fn-back").remove();
        return copy.text();
    }

    static String script(List<Entry> entries) {
        StringBuilder out = new StringBuilder("window.BRIEF_SEARCH_INDEX = [\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append("{\"t\":").append(Json.string(e.title())).append(",\"u\":").append(Json.string(e.url()))
                    .append(",\"x\":").append(Json.string(e.text())).append(i < entries.size() - 1 ? "},\n" : "}\n");
        }
        return out.append("];\n").toString();
    }
}
