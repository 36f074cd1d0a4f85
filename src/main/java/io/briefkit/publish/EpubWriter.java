package io.briefkit.publish;

import io.briefkit.link.LinkedPage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * Writes the brief as an EPUB 3: a cover, a title page, one chapter per part, the glossary,
 * a navigation document and the package file. Entries are written in a fixed order with a
 * fixed time, so the same site gives the same bytes.
 */
public final class EpubWriter {
    /**
     * What EPUB Accessibility 1.1 asks a publication to say of itself: how its content can
     * be perceived (text, and the cover image, which has a text alternative), what helps a
     * reader find their way, that it has no hazard, a summary in words, and the standard it
     * meets, with who evaluated it: the editors, through the build's automated checks
     * (epubcheck on the book; axe-core and the keyboard tests on the same text as web pages).
     */
    private static final String ACCESSIBILITY = """
            <meta property="schema:accessMode">textual</meta>
            <meta property="schema:accessMode">visual</meta>
            <meta property="schema:accessModeSufficient">textual</meta>
            <meta property="schema:accessibilityFeature">structuralNavigation</meta>
            <meta property="schema:accessibilityFeature">tableOfContents</meta>
            <meta property="schema:accessibilityFeature">readingOrder</meta>
            <meta property="schema:accessibilityFeature">alternativeText</meta>
            <meta property="schema:accessibilityFeature">displayTransformability</meta>
            <meta property="schema:accessibilityFeature">glossary</meta>
            <meta property="schema:accessibilityHazard">none</meta>
            <meta property="schema:accessibilitySummary">%s</meta>
            <meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.2 Level AA</meta>
            <meta property="a11y:certifiedBy">The editors of this edition, by automated checks</meta>
            """.formatted("The brief's text in reading order, with headings for every part and section, a table of"
            + " contents, endnotes linked to and from the text, and a glossary. The only image, the cover, has a text"
            + " alternative. Nothing depends on colour, sound or motion.");

    private static final String XHTML_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n";

    private final EpubMetadata meta;

    public EpubWriter(EpubMetadata meta) {
        this.meta = meta;
    }

    public void write(Path site, List<LinkedPage> pages, Path epub) throws IOException {
        List<EpubChapters.Chapter> chapters = new EpubChapters(site).chapters(pages);
        try (OutputStream file = Files.newOutputStream(epub); ZipOutputStream zip = new ZipOutputStream(file)) {
            stored(zip, "mimetype", "application/epub+zip");
            Zips.add(zip, "META-INF/container.xml", container());
            Zips.add(zip, "OEBPS/package.opf", packageFile(chapters));
            Zips.add(zip, "OEBPS/nav.xhtml", nav(chapters));
            Zips.add(zip, "OEBPS/cover.xhtml", page("Cover", "<section epub:type=\"cover\" class=\"cover\">"
                    + "<img src=\"cover.svg\" alt=\"" + Entities.escape(meta.title() + ", by " + meta.author()) + "\"/></section>"));
            Zips.add(zip, "OEBPS/cover.svg", EpubCover.svg(meta));
            Zips.add(zip, "OEBPS/css/epub.css", resource("/epub/epub.css"));
            for (EpubChapters.Chapter chapter : chapters) {
                Zips.add(zip, "OEBPS/" + chapter.file(), page(chapter.title(), xhtml(chapter.body())));
            }
        }
    }

    /** The mimetype comes first and uncompressed, so that tools can recognise the file. */
    private static void stored(ZipOutputStream zip, String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = Zips.entry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static String container() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "<rootfiles><rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>"
                + "</rootfiles>\n</container>\n";
    }

    private String packageFile(List<EpubChapters.Chapter> chapters) {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder("<itemref idref=\"cover\"/>\n");
        manifest.append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("<item id=\"cover\" href=\"cover.xhtml\" media-type=\"application/xhtml+xml\"/>\n")
                .append("<item id=\"cover-image\" href=\"cover.svg\" media-type=\"image/svg+xml\" properties=\"cover-image\"/>\n")
                .append("<item id=\"css\" href=\"css/epub.css\" media-type=\"text/css\"/>\n");
        for (EpubChapters.Chapter chapter : chapters) {
            String id = chapter.file().replace(".xhtml", "");
            manifest.append("<item id=\"").append(id).append("\" href=\"").append(chapter.file())
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("<itemref idref=\"").append(id).append("\"/>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\" xml:lang=\"en\">\n"
                + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<dc:identifier id=\"id\">" + x(meta.identifier()) + "</dc:identifier>\n"
                + "<dc:title>" + x(meta.title()) + "</dc:title>\n"
                + "<dc:creator>" + x(meta.author()) + "</dc:creator>\n"
                + "<dc:publisher>" + x(meta.publisher()) + "</dc:publisher>\n"
                + "<dc:date>" + x(meta.date()) + "</dc:date>\n"
                + "<dc:language>en</dc:language>\n"
                + "<dc:rights>" + x(meta.rights()) + "</dc:rights>\n"
                + "<meta property=\"belongs-to-collection\" id=\"series\">" + x(meta.series()) + "</meta>\n"
                + "<meta property=\"dcterms:modified\">" + x(meta.modified()) + "</meta>\n"
                + ACCESSIBILITY
                + "</metadata>\n<manifest>\n" + manifest + "</manifest>\n<spine>\n" + spine + "</spine>\n</package>\n";
    }

    private String nav(List<EpubChapters.Chapter> chapters) {
        StringBuilder toc = new StringBuilder("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\"><h1>Contents</h1><ol>");
        for (EpubChapters.Chapter chapter : chapters) {
            toc.append("<li><a href=\"").append(chapter.file()).append("\">").append(x(chapter.title())).append("</a></li>");
        }
        toc.append("</ol></nav>\n<nav epub:type=\"landmarks\" hidden=\"hidden\"><h2>Landmarks</h2><ol>")
                .append("<li><a epub:type=\"cover\" href=\"cover.xhtml\">Cover</a></li>")
                .append("<li><a epub:type=\"bodymatter\" href=\"").append(chapters.get(Math.min(1, chapters.size() - 1)).file())
                .append("\">Start of the brief</a></li></ol></nav>");
        return page("Contents", toc.toString());
    }

    private String page(String title, String body) {
        return XHTML_START + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " xml:lang=\"en\" lang=\"en\">\n<head>\n<meta charset=\"UTF-8\"/>\n<title>" + x(title) + "</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"css/epub.css\"/>\n</head>\n<body>\n" + body
                + "\n</body>\n</html>\n";
    }

    /** A chapter's sections as XHTML. */
    private static String xhtml(Element body) {
        Document holder = new Document("");
        holder.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        holder.appendChild(body);
        return body.html();
    }

    private static String x(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) throws IOException {
        try (var in = EpubWriter.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
