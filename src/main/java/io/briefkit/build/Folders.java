package io.briefkit.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The folder moves that make a build all-or-nothing: a staged site swapped in whole, work folders removed. */
final class Folders {
    private Folders() {
    }

    /** A temporary folder is private to its owner; the site must be readable by a web server. */
    static void readableByAll(Path folder) throws IOException {
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * A fresh folder beside {@code output} for one build, named with this process's id
     * ({@code .site-new-<pid>-<n>}), so that a later build can tell a folder that a killed
     * build left behind from one that a running build still uses.
     */
    static Path fresh(Path output, String role) throws IOException {
        return Files.createTempDirectory(output.getParent(),
                "." + output.getFileName() + "-" + role + "-" + ProcessHandle.current().pid() + "-");
    }

    /**
     * Removes the staging, work and kept folders that builds which no longer run left beside
     * {@code output} (a build killed mid-way, a preview stopped); a running build's folders are left alone.
     */
    static void clearLeftovers(Path output) throws IOException {
        if (!Files.isDirectory(output.getParent())) {
            return;
        }
        Pattern ours = Pattern.compile(Pattern.quote("." + output.getFileName() + "-") + "(?:new|work|kept|old)-(?:(\\d+)-)?\\d+");
        List<Path> stale = new ArrayList<>();
        try (Stream<Path> siblings = Files.list(output.getParent())) {
            siblings.forEach(sibling -> {
                Matcher m = ours.matcher(sibling.getFileName().toString());
                if (m.matches() && (m.group(1) == null || !running(Long.parseLong(m.group(1))))) {
                    stale.add(sibling);
                }
            });
        }
        for (Path folder : stale) {
            delete(folder);
        }
    }

    private static boolean running(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Moves a file into place in one step, replacing what was there. */
    static void move(Path from, Path to) throws IOException {
        Files.createDirectories(to.toAbsolutePath().getParent());
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Swaps the staged site in for the live one: the live folder is moved aside, then removed. */
    static void replace(Path output, Path staging) throws IOException {
        delete(replaceLeavingOld(output, staging));
    }

    /**
     * Swaps the staged site in for the live one, as {@link #replace} does, but leaves the live
     * folder's removal to the caller: it is moved into a fresh folder beside {@code output}, named
     * like the other folders of a build ({@link #fresh}), which is returned for the caller to
     * remove when it likes, or a later build to remove after this process ended. If the staged
     * folder cannot be moved in, the live one is put back.
     */
    static Path replaceLeavingOld(Path output, Path staging) throws IOException {
        Path old = fresh(output, "old");
        Path aside = old.resolve(output.getFileName());
        boolean live = Files.exists(output);
        try {
            if (live) {
                Files.move(output, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException | RuntimeException e) {
                if (live) {
                    Files.move(aside, output, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            delete(old);
            throw e;
        }
        return old;
    }

    /** Deletes a folder and everything in it, if it exists. */
    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
