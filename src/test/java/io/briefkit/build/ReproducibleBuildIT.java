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

/** Two builds of the same sources give the same bytes, file for file. */
class ReproducibleBuildIT {
    @TempDir
    Path dir;

    @Test
    void twoBuildsOfTheBriefAreByteIdentical() throws IOException {
        Path project = Path.of("").toAbsolutePath();
        Path first = dir.resolve("first/site");
        Path second = dir.resolve("second/site");
        assertEquals(List.of(), new SiteBuilder().build(project, first));
        // A checkout resets modification times: build a copy whose files have other times.
        Path copy = dir.resolve("copy");
        try (Stream<Path> sources = Files.list(project)) {
            for (Path part : sources.filter(p -> !List.of("target", "src", ".git", ".ci").contains(p.getFileName().toString()))
                    .toList()) {
                copyWithNewTimes(part, copy.resolve(part.getFileName().toString()));
            }
        }
        assertEquals(List.of(), new SiteBuilder().build(copy, second));
        List<String> files = list(first);
        assertEquals(files, list(second));
        assertEquals(true, files.contains("index.html") && files.size() > 7, files::toString);
        for (String file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
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
