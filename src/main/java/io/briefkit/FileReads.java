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
 * The bytes of project files as last read, read again only when a file's length, times or
 * identity changed since, which is how make, rsync and Git tell a changed file without reading
 * it: its modification time and, on Unix, the time its inode last changed, which every write
 * sets and no program can set back, and its device and inode numbers (elsewhere, the file's key).
 * A file changed less than {@link #UNSURE} before it was read is read again every time, until
 * it was read well after its change: on a file system whose times are coarse, a second write
 * within the same tick would keep the times and, with the same length, look unchanged (Git
 * calls such files racily clean). The arrays handed out are shared and must not be changed.
 */
public final class FileReads {
    /** How close to its reading a change must be for the file's time not to vouch for its bytes. */
    static final long UNSURE = 2_000;

    private record Read(long size, Object modified, Object identity, boolean sure, byte[] bytes, String[] fingerprint) {
    }

    /** A file's length, times and identity, as one look at it gives them. */
    private record Look(long size, Object modified, Object identity, long changedMillis) {
    }

    /** Whether the system tells a file's inode change time and numbers (Unix). */
    private static final boolean UNIX = java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

    private final Map<Path, Read> reads = new ConcurrentHashMap<>();
    private final long unsure;

    public FileReads() {
        this(UNSURE);
    }

    /** Reads that trust a file's times once it changed {@code unsure} ms before it was read, for tests. */
    FileReads(long unsure) {
        this.unsure = unsure;
    }

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
        Look now = look(key);
        Read last = reads.get(key);
        if (last != null && last.sure() && last.size() == now.size() && last.modified().equals(now.modified())
                && Objects.equals(last.identity(), now.identity())) {
            return last;
        }
        long reading = System.currentTimeMillis();
        byte[] bytes = Files.readAllBytes(key);
        // The look is from before the reading: a change made since shows as a new time next time.
        boolean sure = now.changedMillis() < reading - unsure;
        Read read = new Read(now.size(), now.modified(), now.identity(), sure, bytes, new String[1]);
        reads.put(key, read);
        return read;
    }

    /**
     * The file's length; its modification time and, where the system has it, its inode's change
     * time, which a write sets and which, unlike the modification time, no program can set back;
     * and its device and inode numbers, or elsewhere the file's key.
     */
    private static Look look(Path file) throws IOException {
        if (UNIX) {
            Map<String, Object> unix = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,dev,ino");
            FileTime changed = (FileTime) unix.get("ctime");
            FileTime modified = (FileTime) unix.get("lastModifiedTime");
            return new Look((Long) unix.get("size"), java.util.List.of(modified, changed),
                    java.util.List.of(unix.get("dev"), unix.get("ino")), Math.max(modified.toMillis(), changed.toMillis()));
        }
        BasicFileAttributes basic = Files.readAttributes(file, BasicFileAttributes.class);
        return new Look(basic.size(), basic.lastModifiedTime(), basic.fileKey(), basic.lastModifiedTime().toMillis());
    }

    /** Forgets every file not in {@code kept}, such as the files of a folder that no longer holds them. */
    public void retain(java.util.Collection<Path> kept) {
        java.util.Set<Path> keys = new java.util.HashSet<>();
        kept.forEach(path -> keys.add(path.toAbsolutePath().normalize()));
        reads.keySet().retainAll(keys);
    }
}
