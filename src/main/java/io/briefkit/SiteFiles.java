package io.briefkit;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Files of a site being built, which may share their bytes with the copies a builder kept
 * warm keeps of its last build: a file is made again by replacing it, never by writing over
 * it, so that a kept copy it was linked to stays as it was. A file carried over from the last
 * build is a hard link to the kept copy, which costs a directory entry where writing it out
 * again would cost its bytes.
 */
public final class SiteFiles {
    private SiteFiles() {
    }

    /** Writes {@code bytes} as a new file at {@code file}, in place of whatever was there. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file);
        Files.write(file, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Puts {@code kept}'s bytes at {@code file}, in place of whatever was there: as a hard link,
     * or, where the file system has none (or the two are on different ones), as a copy.
     */
    public static void link(Path file, Path kept) throws IOException {
        Files.deleteIfExists(file);
        Files.createDirectories(file.getParent());
        try {
            Files.createLink(file, kept);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (!Files.isRegularFile(kept)) {
                throw e;
            }
            Files.copy(kept, file);
        }
    }
}
