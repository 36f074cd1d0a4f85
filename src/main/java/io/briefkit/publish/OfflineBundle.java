package io.briefkit.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/**
 * The offline edition: the whole site under one top folder, zipped. It is opened by
 * double-clicking index.html; everything in it, search included, works from disk.
 */
final class OfflineBundle {
    private OfflineBundle() {
    }

    /** Copies the site to {@code target}, leaving out any zip already among its downloads. */
    static void copySite(Path site, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path source : walk.sorted().toList()) {
                Path relative = site.relativize(source);
                if (relative.toString().endsWith(".zip")) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy);
                }
            }
        }
    }

    /** Zips {@code folder} so that every entry starts with the folder's name, in a fixed order. */
    static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        String top = folder.getFileName().toString();
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream stream = new ZipOutputStream(out)) {
            for (Path file : files) {
                String name = top + "/" + folder.relativize(file).toString().replace('\\', '/');
                Zips.add(stream, name, Files.readAllBytes(file));
            }
        }
    }
}
