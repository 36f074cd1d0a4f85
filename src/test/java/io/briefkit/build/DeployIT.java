package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * mvn site-deploy, run as a user would in a copy of the project: the baked site lands in
 * the folder named by site.deploy.url, with canonical addresses from site.baseurl; a
 * malformed address stops it with a message naming the property.
 */
class DeployIT {
    @TempDir
    Path dir;

    private Path copyProject() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        Path copy = dir.resolve("project");
        try (Stream<Path> walk = Files.walk(project)) {
            for (Path source : walk.toList()) {
                Path relative = project.relativize(source);
                String top = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
                if (List.of("target", ".git", "node_modules").contains(top)) {
                    continue;
                }
                Path target = copy.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        return copy;
    }

    private static Process maven(Path project, Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-q"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    @Test
    void siteDeployPublishesTheBakedSiteToALocalFolder() throws Exception {
        Path project = copyProject();
        Path deployed = dir.resolve("www/brief-636");
        Process mvn = maven(project, dir.resolve("deploy.log"), "site-deploy",
                "-Dsite.deploy.url=" + deployed.toUri(), "-Dsite.baseurl=https://example.org/brief-636/");
        assertTrue(mvn.waitFor(10, TimeUnit.MINUTES), "mvn site-deploy timed out");
        assertEquals(0, mvn.exitValue(), Files.readString(dir.resolve("deploy.log")));
        Document threats = Jsoup.parse(deployed.resolve("threats.html").toFile());
        assertEquals("https://example.org/brief-636/threats.html", threats.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(Files.readString(deployed.resolve("sitemap.xml")).contains("<loc>https://example.org/brief-636/</loc>"));
        assertTrue(Files.isRegularFile(deployed.resolve("downloads/orf-brief-636-1.0.0.epub")));
        assertTrue(Files.isRegularFile(deployed.resolve("downloads/orf-brief-636-1.0.0.pdf")));
        assertEquals("https://example.org/brief-636/downloads/orf-brief-636-1.0.0.pdf",
                Jsoup.parse(deployed.resolve("index.html").toFile()).selectFirst("meta[name=citation_pdf_url]").attr("content"),
                "Google Scholar is offered the PDF at its full address");
        Document index = Jsoup.parse(deployed.resolve("index.html").toFile());
        assertEquals("https://example.org/brief-636/card.png", index.selectFirst("meta[property=og:image]").attr("content"),
                "link previews need the image's full address");
        assertTrue(Files.isRegularFile(deployed.resolve("card.png")));
        assertTrue(index.selectFirst("script[type=application/ld+json]").data()
                .contains("\"image\": \"https://example.org/brief-636/card.png\""));
        assertEquals("https://example.org/brief-636/", index.selectFirst("meta[name=citation_fulltext_html_url]").attr("content"));
        assertTrue(Files.isRegularFile(deployed.resolve("css/site.css")));
        assertTrue(!Files.exists(deployed.resolve("project-info.html")), "the Maven project report is not deployed");
    }

    @Test
    void aDeployWithoutAPublicAddressStopsWithAnExample() throws Exception {
        Path project = copyProject();
        Path deployed = dir.resolve("www/brief-636");
        Process mvn = maven(project, dir.resolve("missing.log"), "site-deploy", "-Dsite.deploy.url=" + deployed.toUri());
        assertTrue(mvn.waitFor(10, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("missing.log"));
        assertTrue(mvn.exitValue() != 0, log);
        assertTrue(log.contains("site.baseurl: missing: a deployed site needs the address readers will use"), log);
        assertTrue(log.contains("for example -Dsite.baseurl=https://example.org/brief-636/"), log);
        assertTrue(!Files.exists(deployed), "nothing was deployed");
    }

    @Test
    void aMalformedPublicAddressStopsTheDeployWithoutUploading() throws Exception {
        Path project = copyProject();
        Path deployed = dir.resolve("www/brief-636");
        Process mvn = maven(project, dir.resolve("bad.log"), "site-deploy",
                "-Dsite.deploy.url=" + deployed.toUri(), "-Dsite.baseurl=example.org/brief");
        assertTrue(mvn.waitFor(10, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("bad.log"));
        assertTrue(mvn.exitValue() != 0, log);
        assertTrue(log.contains("site.baseurl: \"example.org/brief\" is not a usable public address"), log);
        assertTrue(!Files.exists(deployed), "nothing was deployed");
    }
}
