package io.briefkit.check;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files and folders of a site, each file with its length, as one walk of the site finds
 * them: the checks of a site ask for its pages, its stylesheets, its pages' lengths and every
 * file and folder a link may name, and a look at each file is what such a walk costs. Paths
 * are relative to the site, with forward slashes; a link to a file counts as the file.
 */
final class Listing {
    private final Map<String, Long> files = new HashMap<>();
    private final Set<String> folders = new HashSet<>();

    /** Walks {@code site}. */
    Listing(Path site) throws IOException {
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                folders.add(relative(site, folder));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (attributes.isSymbolicLink()) {
                    if (Files.isDirectory(file)) {
                        folders.add(relative(site, file));
                    } else if (Files.isRegularFile(file)) {
                        files.put(relative(site, file), Files.size(file));
                    }
                } else if (attributes.isRegularFile()) {
                    files.put(relative(site, file), attributes.size());
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Every file. */
    Set<String> files() {
        return files.keySet();
    }

    /** Every folder, the site's own ("") among them. */
    Set<String> folders() {
        return folders;
    }

    /** The files whose names end in {@code extension}, sorted. */
    List<String> files(String extension) {
        return files.keySet().stream().filter(file -> file.endsWith(extension)).sorted().toList();
    }

    /** The length of {@code file}, which the walk found. */
    long size(String file) {
        return files.get(file);
    }

    private static String relative(Path site, Path path) {
        return site.relativize(path).toString().replace('\\', '/');
    }
}
