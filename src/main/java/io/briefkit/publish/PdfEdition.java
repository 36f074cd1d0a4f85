package io.briefkit.publish;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import io.briefkit.Finding;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The PDF edition, made from the single-page edition: the page without the site's interface
 * (masthead, contents, search, permalinks, scripts), styled by the project's
 * {@code pdf/pdf.css} with its fonts embedded, and rendered by OpenHTMLtoPDF as a tagged
 * PDF/UA-1 and PDF/A-2a document with an outline of every heading, a running title and page
 * numbers. Links to the site's other pages, which a PDF cannot follow, become plain text.
 */
public final class PdfEdition {
    /** Where the PDF's stylesheet lives in the project, with its fonts beside it. */
    public static final String STYLESHEET = "pdf/pdf.css";

    /** What the PDF says about itself; {@code modified} is its fixed date, so one commit gives one PDF. */
    public record Metadata(String title, String author, String subject, String modified) {
    }

    private static final String INTERFACE = "script, noscript, template, link, style, .skip-link, header.masthead,"
            + " nav, .permalink, .lede, footer .editions, footer .downloads, form";

    static {
        // OpenHTMLtoPDF reports its progress on the console; what matters, veraPDF reports.
        XRLog.setLoggingEnabled(false);
    }

    private final Path project;
    private final Metadata meta;

    public PdfEdition(Path project, Metadata meta) {
        this.project = project;
        this.meta = meta;
    }

    /** Writes the PDF of {@code singlePage} to {@code pdf}; returns what stopped it, with nothing written. */
    public List<Finding> write(Path singlePage, Path pdf) throws IOException {
        Path stylesheet = project.resolve(STYLESHEET);
        if (!Files.isRegularFile(stylesheet)) {
            return List.of(Finding.of(STYLESHEET, "the PDF edition's stylesheet is missing"));
        }
        String css = Files.readString(stylesheet, StandardCharsets.UTF_8);
        PdfFonts.Declared fonts = PdfFonts.read(css, stylesheet.getParent(), STYLESHEET);
        if (!fonts.findings().isEmpty()) {
            return fonts.findings();
        }
        Document page = Jsoup.parse(singlePage.toFile(), "UTF-8");
        prepare(page, PdfFonts.withoutFontFaces(css));
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useUnicodeLineBreaker(new PdfLineBreaker());
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(page);
        dom.getDocumentElement().normalize();
        builder.withW3cDocument(dom, stylesheet.getParent().toUri().toString());
        for (PdfFonts.Face face : fonts.faces()) {
            builder.useFont(() -> new ByteArrayInputStream(face.data()), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.withProducer("OpenHTMLtoPDF");
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_2_A);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        Path partial = pdf.resolveSibling(pdf.getFileName() + ".part");
        ByteArrayOutputStream rendered = new ByteArrayOutputStream();
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); PDDocument document = renderer.createPDFKeepOpen()) {
            PdfFinish.apply(document, Instant.parse(meta.modified()), page.outerHtml());
            document.save(rendered);
        } catch (RuntimeException e) {
            return List.of(Finding.of(STYLESHEET, "the PDF could not be made: " + e.getMessage()));
        }
        try (PDDocument document = Loader.loadPDF(rendered.toByteArray())) {
            PdfToUnicode.repair(document, fonts.faces(), page.text().codePoints().boxed().collect(Collectors.toSet()));
            try (OutputStream out = Files.newOutputStream(partial)) {
                document.save(out);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, pdf, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return List.of();
    }

    /** Makes the page the PDF's source: the brief and its notes only, with the PDF's metadata, styles and outline. */
    private void prepare(Document page, String css) {
        Element head = page.head();
        Element body = page.body();
        page.select(INTERFACE).remove();
        head.empty();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(meta.title());
        head.appendElement("meta").attr("name", "author").attr("content", meta.author());
        head.appendElement("meta").attr("name", "subject").attr("content", meta.subject());
        head.appendElement("style").text(css);
        for (Element link : body.select("a[href]")) {
            String href = link.attr("href");
            if (!href.startsWith("#") && !href.startsWith("https:") && !href.startsWith("http:")) {
                link.unwrap();
                continue;
            }
            // OpenHTMLtoPDF names a link in the PDF by its title: the description a screen reader gives it.
            link.attr("title", link.hasAttr("aria-label") ? link.attr("aria-label") : link.text());
        }
        keepMarksWithTheirWords(body);
        body.prependElement("div").addClass("running-title").text(meta.title());
        head.appendChild(outline(body));
    }

    /**
     * OpenHTMLtoPDF may break a line wherever one element ends and another begins, which left
     * a full stop, or a note number, alone at the start of a line. Adjacent text is joined, and
     * each note number is bound to the word before it.
     */
    private static void keepMarksWithTheirWords(Element body) {
        for (Element element : body.getAllElements()) {
            for (Node child : List.copyOf(element.childNodes())) {
                if (child instanceof TextNode text && child.parent() != null
                        && text.previousSibling() instanceof TextNode before) {
                    before.text(before.getWholeText() + text.getWholeText());
                    text.remove();
                }
            }
        }
        for (Element sup : body.select("sup")) {
            if (sup.previousSibling() instanceof TextNode text) {
                String words = text.getWholeText();
                int cut = Math.max(words.lastIndexOf(' '), words.lastIndexOf('\u00A0')) + 1;
                if (cut < words.length()) {
                    text.text(words.substring(0, cut));
                    Element together = new Element("span").addClass("nobreak").appendText(words.substring(cut));
                    sup.before(together);
                    together.appendChild(sup);
                }
            }
        }
        // A back-link's arrow at the end of a note could end up alone on a line: in the PDF it
        // opens the note instead, after the number, as in Wikipedia's references ("↑ a b").
        for (Element back : body.select(".endnotes li > p > a[role=doc-backlink], .endnotes li > p > span.backlinks,"
                + " .footnote p > a.fn-back")) {
            Element paragraph = back.parent();
            if (back.previousSibling() instanceof TextNode space && space.getWholeText().isBlank()) {
                space.remove();
            }
            Element label = paragraph.selectFirst("> .fn-label");
            if (label != null) {
                label.after(back);
                back.before(new TextNode(" "));
            } else {
                paragraph.prependChild(back);
            }
            back.after(new TextNode(" "));
        }
    }

    /** The PDF's bookmarks: every heading, those of the sections under their part's. */
    private static Element outline(Element body) {
        Element bookmarks = new Element("bookmarks");
        List<Element> open = new ArrayList<>();
        open.add(bookmarks);
        for (Element heading : body.select("h1, h2, h3, h4")) {
            int level = Integer.parseInt(heading.tagName().substring(1));
            int depth = Math.max(1, level - 1);
            while (open.size() > depth) {
                open.remove(open.size() - 1);
            }
            if (heading.id().isEmpty()) {
                heading.id("heading-" + body.select("h1, h2, h3, h4").indexOf(heading));
            }
            // A heading the editors supplied is in brackets in the outline too.
            Element supplied = heading.selectFirst(".supplied-words");
            String name = supplied == null ? heading.text().strip() : "[" + supplied.text().strip() + "]";
            Element mark = open.get(open.size() - 1).appendElement("bookmark")
                    .attr("name", name).attr("href", "#" + heading.id());
            open.add(mark);
        }
        return bookmarks;
    }
}
