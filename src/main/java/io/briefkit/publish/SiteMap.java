package io.briefkit.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** sitemap.xml and robots.txt, written when the site knows its public address. */
public final class SiteMap {
    private SiteMap() {
    }

    public static void write(Path site, String baseUrl) throws IOException {
        List<String> pages;
        try (Stream<Path> files = Files.list(site)) {
            pages = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html") && !n.equals("search.html") && !n.equals("404.html")).sorted().toList();
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String page : pages) {
            String loc = baseUrl + (page.equals("index.html") ? "" : page);
            xml.append("<url><loc>").append(loc.replace("&", "&amp;")).append("</loc></url>\n");
        }
        xml.append("</urlset>\n");
        Files.writeString(site.resolve("sitemap.xml"), xml.toString(), StandardCharsets.UTF_8);
        Files.writeString(site.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + baseUrl + "sitemap.xml\n",
                StandardCharsets.UTF_8);
    }
}
