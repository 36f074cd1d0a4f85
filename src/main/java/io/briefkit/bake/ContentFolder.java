package io.briefkit.bake;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Set;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.parser.Engines;

/**
 * What JBake would find in the content folder, from one look at each file in it: the files it
 * would crawl as content (not hidden, with an extension a markup engine reads), and whether it
 * holds any it would copy to the site as they are (the others, not hidden). JBake finds each
 * of these with a look of its own at every file, twice, on every bake. Null where the folder
 * is not plain enough to tell it so: where a file tells JBake to ignore a folder, or a file is
 * a symbolic link.
 */
record ContentFolder(Set<File> content, boolean assets) {

    /** The content folder of {@code config}, looked at; null if it is not plain (see above). */
    static ContentFolder of(JBakeConfiguration config) {
        File root = config.getContentFolder();
        if (!root.isDirectory()) {
            return new ContentFolder(Set.of(), false);
        }
        Set<String> extensions = Engines.getRecognizedExtensions();
        Set<File> content = new HashSet<>();
        boolean[] assets = {false};
        boolean[] plain = {true};
        try {
            // A content folder that is a link is walked where it leads, its files named as JBake names them.
            Path start = root.toPath();
            Path real = start.toRealPath();
            Files.walkFileTree(real, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                    return visit(folder, attributes);
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    return visit(file, attributes);
                }

                private FileVisitResult visit(Path file, BasicFileAttributes attributes) {
                    String name = file.equals(real) ? "" : file.getFileName().toString();
                    if (attributes.isSymbolicLink() || name.equalsIgnoreCase(config.getIgnoreFileName())) {
                        plain[0] = false;
                        return FileVisitResult.TERMINATE;
                    }
                    if (attributes.isRegularFile() && !name.startsWith(".")) {
                        if (extensions.contains(FileUtil.fileExt(name))) {
                            content.add(start.resolve(real.relativize(file)).toFile());
                        } else {
                            assets[0] = true;
                        }
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return null;
        }
        return plain[0] ? new ContentFolder(Set.copyOf(content), assets[0]) : null;
    }
}
