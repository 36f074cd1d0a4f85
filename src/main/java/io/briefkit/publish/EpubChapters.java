package io.briefkit.publish;

import io.briefkit.link.LinkedPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the baked pages into EPUB chapters: each part's article without the web page's
 * furniture, its note references as EPUB note references to footnotes at the chapter's end
 * (shown as pop-ups by reading systems that can), glossary links to the glossary chapter,
 * and links between parts to chapter files.
 */
final class EpubChapters {
    /** A chapter: its file, its title, and a holder of the sections that make its body. */
    record Chapter(String file, String title, Element body) {
    }

    private static final Pattern PAGE_LINK = Pattern.compile("^([a-z0-9-]+)\\.html(#.*)?$");
    private static final Pattern NOTE_LINK = Pattern.compile("^(?:notes\\.html)?#note-(\\d+)$");

    private final Path site;
    private final Map<String, String> fileByPage = new LinkedHashMap<>();
    private final Map<Integer, String> chapterByNote = new LinkedHashMap<>();
    private final Map<Integer, Element> notes = new LinkedHashMap<>();

    EpubChapters(Path site) {
        this.site = site;
    }

    static String fileFor(String uri) {
        return (uri.equals("index.html") ? "overview" : uri.replaceFirst("\\.html$", "")) + ".xhtml";
    }

    /** The chapters in reading order: the parts of the brief, then the glossary. */
    List<Chapter> chapters(List<LinkedPage> pages) throws IOException {
        List<LinkedPage> parts = pages.stream().filter(p -> !p.uri().equals("notes.html")).toList();
        parts.forEach(p -> fileByPage.put(p.uri(), fileFor(p.uri())));
        for (Element note : read("notes.html").select("[data-endnotes=all] li[value]")) {
            Element text = note.selectFirst(".note-text");
            // An address the screen shows shortened is written out again, as in print.
            text.select("a.address").forEach(address -> address.text(address.attr("href")).removeClass("address"));
            notes.put(Integer.parseInt(note.attr("value")), text);
        }
        Map<String, Element> articles = new LinkedHashMap<>();
        for (LinkedPage page : parts) {
            Element article = read(page.uri()).selectFirst("main article").clone();
            for (Element ref : article.select("a.note-ref")) {
                chapterByNote.putIfAbsent(Integer.parseInt(ref.ownText()), fileFor(page.uri()));
            }
            articles.put(page.uri(), article);
        }
        return articles.entrySet().stream().map(e -> chapter(e.getKey(), e.getValue())).toList();
    }

    private Chapter chapter(String uri, Element article) {
        article.select(".permalink, template, section.guide, section.contents, section.cite, section.endnotes, .lede").remove();
        Element glossary = article.selectFirst("[data-glossary]");
        if (glossary != null) {
            glossaryTerms(glossary);
        }
        Map<Integer, String> firstRef = new LinkedHashMap<>();
        for (Element ref : article.select("a.note-ref")) {
            firstRef.putIfAbsent(Integer.parseInt(ref.ownText()), ref.id());
            ref.attr("epub:type", "noteref");
        }
        // The lettered footnote keeps its ARIA roles but is no EPUB note: converters (pandoc)
        // number every EPUB note in one sequence, which would put it among the brief's numbers.
        rewriteLinks(article);
        Element body = new Element("div");
        if (uri.equals("index.html")) {
            titlePage(article, body);
        } else {
            body.appendElement("section").attr("epub:type", "chapter").attr("role", "doc-chapter")
                    .appendChildren(article.childNodesCopy());
        }
        if (!firstRef.isEmpty()) {
            Element notesSection = body.child(body.childrenSize() - 1).appendElement("section").addClass("chapter-notes").attr("epub:type", "footnotes");
            notesSection.appendElement("h2").text("Notes");
            for (int number : firstRef.keySet()) {
                Element aside = notesSection.appendElement("aside").id("note-" + number).attr("epub:type", "footnote")
                        .attr("role", "doc-footnote");
                Element p = aside.appendElement("p");
                p.appendElement("a").attr("href", "#" + firstRef.get(number)).attr("role", "doc-backlink")
                        .text(number + ".");
                p.appendText(" ");
                p.appendChildren(notes.get(number).clone().childNodesCopy());
                for (Element full : p.select("a.note-full")) {
                    int target = Integer.parseInt(full.attr("href").replaceFirst("^.*#note-", ""));
                    full.attr("href", chapterByNote.get(target) + "#note-" + target);
                }
                rewriteLinks(p);
            }
        }
        stripWebAttributes(body);
        return new Chapter(fileFor(uri), article.selectFirst("h1").text(), body);
    }

    /**
     * The overview as a title page (series, title, byline) followed by the abstract in a
     * section of its own: converters such as pandoc drop a title page's text, and the
     * abstract is the author's.
     */
    private static void titlePage(Element article, Element body) {
        Element title = body.appendElement("section").attr("epub:type", "titlepage");
        Element abstractSection = new Element("section").attr("epub:type", "abstract").attr("role", "doc-abstract")
                .attr("aria-label", "Abstract");
        Element into = title;
        for (org.jsoup.nodes.Node node : article.childNodesCopy()) {
            if (node instanceof Element e && e.tagName().equals("h2")) {
                into = abstractSection;
            }
            into.appendChild(node);
        }
        if (abstractSection.childNodeSize() > 0) {
            body.appendChild(abstractSection);
        }
    }

    /** The glossary as an EPUB glossary: terms and definitions, with no pages of their own to link to. */
    private static void glossaryTerms(Element section) {
        section.attr("epub:type", "glossary");
        for (Element term : section.select("dl > div")) {
            Element dt = term.selectFirst("dt");
            dt.attr("epub:type", "glossterm");
            dt.select("a").unwrap();
            // The anchor is a span, which converters keep; they drop the ids of terms.
            Element anchor = new Element("span").id(term.id());
            anchor.appendChildren(dt.childNodesCopy());
            dt.empty().appendChild(anchor);
            term.selectFirst("dd").attr("epub:type", "glossdef");
            term.unwrap();
        }
    }

    private void rewriteLinks(Element root) {
        for (Element a : root.select("a[href]")) {
            String href = a.attr("href");
            Matcher note = NOTE_LINK.matcher(href);
            Matcher page = PAGE_LINK.matcher(href);
            if (href.startsWith("actor-")) {
                a.attr("href", "glossary.xhtml#term-" + href.replaceFirst("^actor-(.*)\\.html$", "$1"));
                if (a.hasClass("gloss-ref")) {
                    a.attr("epub:type", "glossref");
                }
            } else if (note.matches() && href.startsWith("notes.html")) {
                a.attr("href", chapterByNote.get(Integer.parseInt(note.group(1))) + "#note-" + note.group(1));
            } else if (page.matches() && fileByPage.containsKey(page.group(1) + ".html")) {
                a.attr("href", fileByPage.get(page.group(1) + ".html") + (page.group(2) == null ? "" : page.group(2)));
            } else if (page.matches()) {
                // A page of the site the book does not hold (About this edition): its words stay, as text.
                a.tagName("span").removeAttr("href").removeAttr("aria-label");
            }
        }
    }

    private static void stripWebAttributes(Element root) {
        for (Element element : root.getAllElements()) {
            for (Attribute attribute : element.attributes().asList()) {
                if (attribute.getKey().startsWith("data-") || attribute.getKey().equals("aria-current")) {
                    element.removeAttr(attribute.getKey());
                }
            }
        }
    }

    private Document read(String uri) throws IOException {
        return Jsoup.parse(site.resolve(uri).toFile(), "UTF-8");
    }
}
