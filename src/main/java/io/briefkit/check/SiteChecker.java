package io.briefkit.check;

import io.briefkit.Finding;
import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks a baked site before it replaces the live one: every page has a title and valid
 * HTML, every link and anchor resolves, and every asset is a local, relative file.
 * A problem in a page built from a content file is reported at the content file's line.
 */
public final class SiteChecker {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private final Path site;
    private final Map<String, ContentFile> sourceByPage = new HashMap<>();
    private HtmlValidator validator;

    public SiteChecker(Path site, List<ContentFile> sources) {
        this.site = site;
        sources.forEach(source -> sourceByPage.put(source.outputUri(), source));
    }

    public List<Finding> check() throws IOException {
        List<String> pages = files(".html");
        Map<String, Document> documents = new HashMap<>();
        Map<String, Set<String>> ids = new HashMap<>();
        for (String page : pages) {
            Document document = Jsoup.parse(Files.readString(site.resolve(page)), "", Parser.htmlParser().setTrackPosition(true));
            documents.put(page, document);
            ids.put(page, document.select("[id]").stream().map(e -> e.id()).collect(Collectors.toSet()));
        }
        List<Finding> findings = checkMarkup();
        LinkChecker links = new LinkChecker(site, ids);
        for (String page : pages) {
            for (LinkChecker.Problem problem : links.check(page, documents.get(page))) {
                findings.add(locate(problem));
            }
        }
        for (String css : files(".css")) {
            findings.addAll(checkStylesheet(css));
        }
        return findings;
    }

    /**
     * Checks that every page has a title and runs the Nu HTML Checker over it. The build
     * calls this twice: on the pages as the templates wrote them, before cross-linking
     * re-serialises them with jsoup (whose parser would silently repair invalid markup),
     * and again, within {@link #check()}, on the final pages.
     */
    public List<Finding> checkMarkup() throws IOException {
        if (validator == null) {
            validator = new HtmlValidator();
        }
        List<Finding> findings = new ArrayList<>();
        for (String page : files(".html")) {
            Element title = Jsoup.parse(site.resolve(page).toFile()).selectFirst("head > title");
            if (title == null || title.text().isBlank()) {
                findings.add(Finding.of(page, "page has no title"));
            }
            for (HtmlValidator.Error error : validator.validate(site.resolve(page))) {
                findings.add(new Finding(page, error.line(), "invalid HTML: " + error.message() + origin(page)));
            }
        }
        return findings;
    }

    /** Reports a link problem at the line of the content file that wrote the URL, if one did. */
    private Finding locate(LinkChecker.Problem problem) {
        String text = problem.message() + ": \"" + problem.url() + "\"";
        ContentFile source = sourceByPage.get(problem.page());
        int line = source == null ? 0 : source.findLine("(" + problem.url());
        if (line == 0 && source != null) {
            line = source.findLine(problem.url());
        }
        return line > 0 ? new Finding(source.path(), line, text)
                : new Finding(problem.page(), problem.line(), text + origin(problem.page()));
    }

    private String origin(String page) {
        ContentFile source = sourceByPage.get(page);
        return source == null ? "" : " (page built from " + source.path() + ")";
    }

    private List<Finding> checkStylesheet(String css) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<String> lines = Files.readAllLines(site.resolve(css));
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CSS_URL.matcher(lines.get(i));
            while (m.find()) {
                String url = m.group(1) != null ? m.group(1).strip() : m.group(2);
                String problem = url.startsWith("data:") ? null
                        : url.contains(":") || url.startsWith("/") ? "asset must be a relative file of the site"
                        : Files.isRegularFile(site.resolve(LinkChecker.resolve(css, url) == null ? "\0" : LinkChecker.resolve(css, url)))
                        ? null : "missing asset";
                if (problem != null) {
                    findings.add(new Finding(css, i + 1, problem + ": \"" + url + "\""));
                }
            }
        }
        return findings;
    }

    private List<String> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(p -> p.toString().endsWith(extension) && Files.isRegularFile(p))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
