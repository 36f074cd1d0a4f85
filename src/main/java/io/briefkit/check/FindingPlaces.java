package io.briefkit.check;

import io.briefkit.Finding;
import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Where the site check reports what it finds in a page: at the line of the content file the
 * page was built from that wrote what is wrong, where one did, as an editor would fix it; else
 * at the page, naming the content file it was built from.
 */
final class FindingPlaces {
    private final Path site;
    private final Map<String, ContentFile> sourceByPage = new HashMap<>();

    FindingPlaces(Path site, List<ContentFile> sources) {
        this.site = site;
        sources.forEach(source -> sourceByPage.put(source.outputUri(), source));
    }

    /**
     * Reports a link problem at the line of the content file that wrote the URL, if one did,
     * else at the line of the page that has it (the pages are parsed without keeping
     * positions, which would slow every check for the sake of the rare failing one).
     */
    Finding link(LinkChecker.Problem problem) throws IOException {
        String text = problem.message() + ": \"" + problem.url() + "\"";
        ContentFile source = sourceByPage.get(problem.page());
        int line = source == null ? 0 : source.findLine("(" + problem.url());
        if (line == 0 && source != null) {
            line = source.findLine(problem.url());
        }
        return line > 0 ? new Finding(source.path(), line, text)
                : new Finding(problem.page(), pageLine(problem), text + origin(problem.page()));
    }

    /**
     * An image without a text alternative, at the content file's line that shows it: a reader
     * who cannot see it, and the tagged PDF, need its description.
     */
    Finding unlabelled(String page, String src) {
        String text = "image without alt text: describe it between the brackets of ![…](" + src + ")"
                + " for readers who cannot see it, and for the tagged PDF";
        // The single-page edition shows the parts' images: look in its own source first, then in theirs.
        List<ContentFile> sources = new ArrayList<>();
        if (sourceByPage.containsKey(page)) {
            sources.add(sourceByPage.get(page));
        }
        sourceByPage.values().stream().sorted(java.util.Comparator.comparing(ContentFile::path)).forEach(sources::add);
        for (ContentFile source : sources) {
            int line = source.findLine("](" + src);
            if (line > 0) {
                return new Finding(source.path(), line, text);
            }
        }
        return new Finding(page, 0, text + origin(page));
    }

    /** The line of the page where an element first carries the problem's URL, found by parsing it again with positions. */
    private int pageLine(LinkChecker.Problem problem) throws IOException {
        Document document = Jsoup.parse(Files.readString(site.resolve(problem.page()), StandardCharsets.UTF_8), "",
                Parser.htmlParser().setTrackPosition(true));
        for (Element element : document.select("[href], [src], [data], [poster]")) {
            for (String attribute : List.of("href", "src", "data", "poster")) {
                if (element.attr(attribute).equals(problem.url())) {
                    return element.sourceRange().start().lineNumber();
                }
            }
        }
        return 0;
    }

    /** Where a finding in {@code page} comes from, said after its message: the content file the page was built from, if any. */
    String origin(String page) {
        ContentFile source = sourceByPage.get(page);
        return source == null ? "" : " (page built from " + source.path() + ")";
    }
}
