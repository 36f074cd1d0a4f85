package io.briefkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of project files as last read, read again only when a file's size, modification
 * time or identity (its inode, where the system has one) changed since, which is how make,
 * rsync and Git tell a changed file without reading it. A file modified less than {@link
 * #UNSURE} before it was read is read again every time, until it was read well after its
 * change: on a file system whose times are coarse, a second write within the same tick would
 * keep the time and, with the same length, look unchanged (Git calls such files racily clean).
 * The arrays handed out are shared and must not be changed.
 */
public final class FileReads {
    /** How close to its reading a change must be for the file's time not to vouch for its bytes. */
    static final long UNSURE = 2_000;

    private record Read(long size, FileTime modified, Object identity, boolean sure, byte[] bytes, String[] fingerprint) {
    }

    private final Map<Path, Read> reads = new ConcurrentHashMap<>();

    /** The bytes of {@code file}, as {@link Files#readAllBytes} reads them. */
    public byte[] read(Path file) throws IOException {
        return current(file).bytes();
    }

    /** The {@link Fingerprint} of the bytes of {@code file}, made once for each reading. */
    public String fingerprint(Path file) throws IOException {
        Read read = current(file);
        synchronized (read.fingerprint()) {
            if (read.fingerprint()[0] == null) {
                read.fingerprint()[0] = Fingerprint.of(read.bytes());
            }
            return read.fingerprint()[0];
        }
    }

    private Read current(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        BasicFileAttributes now = Files.readAttributes(key, BasicFileAttributes.class);
        Read last = reads.get(key);
        if (last != null && last.sure() && last.size() == now.size() && last.modified().equals(now.lastModifiedTime())
                && Objects.equals(last.identity(), now.fileKey())) {
            return last;
        }
        long reading = System.currentTimeMillis();
        byte[] bytes = Files.readAllBytes(key);
        // The attributes are those from before the reading: a change made since shows as a new time next time.
        boolean sure = now.lastModifiedTime().toMillis() < reading - UNSURE;
        Read read = new Read(now.size(), now.lastModifiedTime(), now.fileKey(), sure, bytes, new String[1]);
        reads.put(key, read);
        return read;
    }

    /** Forgets every file not in {@code kept}, such as the files of a folder that no longer holds them. */
    public void retain(java.util.Collection<Path> kept) {
        java.util.Set<Path> keys = new java.util.HashSet<>();
        kept.forEach(path -> keys.add(path.toAbsolutePath().normalize()));
        reads.keySet().retainAll(keys);
    }
}
