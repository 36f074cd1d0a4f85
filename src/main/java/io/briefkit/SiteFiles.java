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
    /** How much of a file is read, or written, at once. */
    private static final int CHUNK = 1 << 20;

    private SiteFiles() {
    }

    /**
     * Writes {@code bytes} as a new file at {@code file}, in place of whatever was there, a
     * megabyte at a time: {@link Files#write} writes 8 KB at a time, four thousand system calls
     * for a 32 MB page, three times as slow as this on the benchmark's machine.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (java.nio.channels.FileChannel channel = open(file)) {
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.position() < bytes.length) {
                buffer.limit((int) Math.min(bytes.length, (long) buffer.position() + CHUNK));
                channel.write(buffer);
            }
        }
    }

    /** Writes {@code bytes} as a new file at {@code file}, as {@link #write(Path, byte[])} does. */
    public static void write(Path file, ByteRuns bytes) throws IOException {
        try (java.nio.channels.FileChannel channel = open(file)) {
            bytes.writeTo(channel, CHUNK);
        }
    }

    /**
     * Opens a new file at {@code file}, in place of whatever was there, for a long page written
     * as it is made rather than made whole in memory first.
     */
    public static java.io.OutputStream create(Path file) throws IOException {
        return java.nio.channels.Channels.newOutputStream(open(file));
    }

    /** A new file at {@code file}, in place of whatever was there, open for writing. */
    private static java.nio.channels.FileChannel open(Path file) throws IOException {
        try {
            return java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.delete(file);
            return java.nio.channels.FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * The bytes of {@code file}, read a megabyte at a time: the JDK reads a file into an array
     * through a native buffer as large as each read, which {@link Files#readAllBytes} makes as
     * large as the file and then keeps for the thread, tens of megabytes outside the heap for a
     * long page.
     */
    public static byte[] read(Path file) throws IOException {
        try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 8) {
                throw new IOException(file + " is too large to read");
            }
            byte[] bytes = new byte[(int) size];
            java.nio.ByteBuffer buffer = java.nio.ByteBuffer.wrap(bytes);
            while (buffer.position() < bytes.length) {
                buffer.limit((int) Math.min(bytes.length, (long) buffer.position() + CHUNK));
                if (channel.read(buffer) < 0) {
                    throw new IOException(file + " was cut short while it was read");
                }
            }
            return bytes;
        }
    }

    /**
     * Puts {@code kept}'s bytes at {@code file}, in place of whatever was there: as a hard link,
     * or, where the file system has none (or the two are on different ones), as a copy.
     */
    public static void link(Path file, Path kept) throws IOException {
        try {
            linkOrCopy(file, kept);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            Files.delete(file);
            linkOrCopy(file, kept);
        } catch (java.nio.file.NoSuchFileException e) {
            if (!Files.isRegularFile(kept)) {
                throw e;
            }
            // The folder is made only when it is missing (a site links a thousand files into a few
            // folders), by whichever of the threads linking into it finds it missing first.
            Files.createDirectories(file.getParent());
            linkOrCopy(file, kept);
        }
    }

    private static void linkOrCopy(Path file, Path kept) throws IOException {
        try {
            Files.createLink(file, kept);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (!Files.isRegularFile(kept)) {
                throw e;
            }
            Files.copy(kept, file);
        }
    }
}
