package io.briefkit.link;

import io.briefkit.check.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Links the baked pages to each other where Markdown alone cannot: paragraph anchors,
 * note references, and endnote lists with back-links across pages. Works on the whole
 * site at once, in reading order, so a note's references are numbered as a reader meets them.
 */
public final class CrossLinker {
    private final Path site;
    private final List<LinkedPage> pages;
    private final Map<Integer, NoteText> notes;

    public CrossLinker(Path site, List<LinkedPage> pages, Map<Integer, NoteText> notes) {
        this.site = site;
        this.pages = pages;
        this.notes = notes;
    }

    public List<Finding> link() throws IOException {
        Map<LinkedPage, Document> documents = new LinkedHashMap<>();
        String notesPage = null;
        for (LinkedPage page : pages) {
            Document document = Jsoup.parse(site.resolve(page.uri()).toFile(), "UTF-8");
            document.outputSettings().prettyPrint(false);
            documents.put(page, document);
            if (document.selectFirst("[data-endnotes=all]") != null) {
                notesPage = page.uri();
            }
        }
        List<Finding> findings = new ArrayList<>();
        NoteReferences references = new NoteReferences(notes.keySet());
        documents.forEach((page, document) -> {
            ParagraphAnchors.apply(document, page);
            findings.addAll(references.link(document, page));
        });
        EndnoteLists lists = new EndnoteLists(notes, references.citations(), notesPage);
        for (Map.Entry<LinkedPage, Document> entry : documents.entrySet()) {
            lists.apply(entry.getValue(), entry.getKey());
            Files.writeString(site.resolve(entry.getKey().uri()), entry.getValue().outerHtml(), StandardCharsets.UTF_8);
        }
        return findings;
    }
}
