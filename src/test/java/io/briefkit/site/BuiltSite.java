package io.briefkit.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The site {@code mvn package} baked into target/site, read page by page in reading order. */
final class BuiltSite {
    static final Path DIR = Path.of(System.getProperty("site.dir", "target/site"));

    private BuiltSite() {
    }

    static Document page(String name) throws IOException {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + " is missing: run mvn package first");
        }
        return Jsoup.parse(file.toFile(), "UTF-8", name);
    }

    /** Follows the "next" links from the overview, as a reader does. */
    static List<String> readingOrder() throws IOException {
        List<String> order = new ArrayList<>();
        String name = "index.html";
        while (name != null && !order.contains(name)) {
            order.add(name);
            Element next = page(name).selectFirst("a[rel=next]");
            name = next == null ? null : next.attr("href");
        }
        return order;
    }
}
