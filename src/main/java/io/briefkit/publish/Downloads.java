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
 * Adds the download links, with their sizes, to the footer of every page: the EPUB and the
 * offline edition. In the offline edition itself the second link would point at the zip
 * the reader already has, so it says so instead.
 */
final class Downloads {
    static final String FOLDER = "downloads";

    private Downloads() {
    }

    /** @param zipName the offline edition's file, or null when writing the offline edition itself */
    static void write(Path root, String epubName, long epubSize, String zipName, long zipSize) throws IOException {
        for (Path file : pages(root)) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            page.outputSettings().prettyPrint(false);
            Element footer = page.selectFirst("footer.site-footer");
            if (footer == null) {
                continue;
            }
            String up = "../".repeat(root.relativize(file).getNameCount() - 1);
            Element p = footer.appendElement("p").addClass("downloads");
            p.appendText("Download the brief: ");
            p.appendElement("a").attr("href", up + FOLDER + "/" + epubName).text("EPUB");
            p.appendText(" (" + size(epubSize) + ")");
            if (zipName != null) {
                p.appendText(" · ");
                p.appendElement("a").attr("href", up + FOLDER + "/" + zipName).text("offline edition");
                p.appendText(" (zip, " + size(zipSize) + "), to read from disk, with search.");
            } else {
                p.appendText(". You are reading the offline edition, which works from disk.");
            }
            Files.writeString(file, page.outerHtml(), StandardCharsets.UTF_8);
        }
    }

    static String size(long bytes) {
        if (bytes < 1_000_000) {
            return Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0);
    }

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }
}
