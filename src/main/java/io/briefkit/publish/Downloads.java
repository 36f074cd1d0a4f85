package io.briefkit.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Adds the download links, with their sizes, to the footer of every page: the PDF, the EPUB
 * and the offline edition. In the offline edition itself the last link would point at the
 * zip the reader already has, so it says so instead. The overview also offers the PDF to
 * scholarly search engines ({@code citation_pdf_url}).
 */
final class Downloads {
    static final String FOLDER = "downloads";

    /** A download: its file name, what the link says, and its size. */
    record File(String name, String label, long size) {
        static File of(Path file, String label) throws IOException {
            return new File(file.getFileName().toString(), label, Files.size(file));
        }
    }

    private Downloads() {
    }

    /** @param zip the offline edition, or null when writing the offline edition itself */
    static void write(Path root, List<File> files, File zip) throws IOException {
        for (Path file : pages(root)) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            page.outputSettings().prettyPrint(false);
            Element footer = page.selectFirst("footer.site-footer");
            if (footer == null) {
                continue;
            }
            String up = rootOf(page, "../".repeat(root.relativize(file).getNameCount() - 1));
            Element p = footer.appendElement("p").addClass("downloads");
            p.appendText("Download the brief: ");
            for (File download : files) {
                if (download != files.get(0)) {
                    p.appendText(" · ");
                }
                p.appendElement("a").attr("href", up + FOLDER + "/" + download.name()).text(download.label());
                p.appendText(" (" + size(download.size()) + ")");
            }
            if (zip != null) {
                p.appendText(" · ");
                p.appendElement("a").attr("href", up + FOLDER + "/" + zip.name()).text(zip.label());
                p.appendText(" (zip, " + size(zip.size()) + "), to read from disk, with search.");
            } else {
                p.appendText(". You are reading the offline edition, which works from disk.");
            }
            files.stream().filter(f -> f.name().endsWith(".pdf")).findFirst()
                    .ifPresent(pdf -> offerPdf(page, up + FOLDER + "/" + pdf.name()));
            io.briefkit.SiteFiles.write(file, page.outerHtml().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The PDF's address for Google Scholar and its kin, beside the page's other citation tags; absolute when the page's is known. */
    private static void offerPdf(Document page, String relative) {
        Element title = page.selectFirst("head meta[name=citation_title]");
        if (title == null) {
            return;
        }
        Element canonical = page.selectFirst("head link[rel=canonical]");
        String url = canonical == null ? relative
                : canonical.attr("href").replaceFirst("[^/]*$", "") + relative;
        title.after(new Element("meta").attr("name", "citation_pdf_url").attr("content", url));
    }

    /** The size as readers read it, the number and its unit kept on one line. */
    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + "\u00a0KB";
        }
        return String.format(Locale.ROOT, "%.1f\u00a0MB", bytes / 1_000_000.0);
    }

    /**
     * The path from {@code page} to the site's root, as the page itself writes it before its
     * stylesheet: relative on most pages, from the site's address on the not-found page, which
     * is served at any depth.
     */
    private static String rootOf(Document page, String relative) {
        for (Element sheet : page.select("head link[rel=stylesheet]")) {
            String href = sheet.attr("href");
            if (href.endsWith(STYLESHEET)) {
                return href.substring(0, href.length() - STYLESHEET.length());
            }
        }
        return relative;
    }

    private static final String STYLESHEET = "css/site.css";

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
