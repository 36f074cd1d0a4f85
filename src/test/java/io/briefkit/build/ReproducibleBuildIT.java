package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two builds of the same sources give the same bytes, file for file: the site, the EPUB, the PDF and the zip. */
class ReproducibleBuildIT {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheBriefAreByteIdentical() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        Path first = dir.resolve("first/site");
        Path second = dir.resolve("second/site");
        assertEquals(List.of(), new SiteBuilder().build(project, first, downloads(first)));
        // A checkout resets modification times: build a copy whose files have other times.
        Path copy = dir.resolve("copy");
        try (Stream<Path> sources = Files.list(project)) {
            for (Path part : sources.filter(p -> !List.of("target", "src", ".git", ".ci").contains(p.getFileName().toString()))
                    .toList()) {
                copyWithNewTimes(part, copy.resolve(part.getFileName().toString()));
            }
        }
        assertEquals(List.of(), new SiteBuilder().build(copy, second, downloads(second)));
        List<String> files = list(first.getParent());
        assertEquals(files, list(second.getParent()));
        assertEquals(true, files.contains("brief.epub") && files.contains("brief.pdf")
                && files.contains("brief-offline.zip"), files::toString);
        assertEquals(true, files.contains("site/index.html") && files.size() > 60, files::toString);
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolveSibling(file)), Files.readAllBytes(second.resolveSibling(file)), file);
        }
    }

    private static SiteBuilder.Downloads downloads(Path site) {
        return new SiteBuilder.Downloads(site.resolveSibling("brief.epub"), site.resolveSibling("brief.pdf"),
                site.resolveSibling("brief-offline.zip"));
    }

    private static void copyWithNewTimes(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            long time = 1_000_000_000_000L;
            for (Path source : walk.sorted(Comparator.reverseOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                Files.createDirectories(Files.isDirectory(source) ? target : target.getParent());
                if (!Files.isDirectory(source)) {
                    Files.copy(source, target);
                }
                Files.setLastModifiedTime(target, FileTime.fromMillis(time += 86_400_000L));
            }
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
