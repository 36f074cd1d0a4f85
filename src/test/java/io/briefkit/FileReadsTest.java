package io.briefkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is read again when its length, times or identity changed, or when it changed too close
 * to its last reading for its times to tell; otherwise its bytes are those of its last reading.
 */
class FileReadsTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path dir;

    /** Reads that trust the times of a file however recently it changed, as they do a file changed long ago. */
    private final FileReads trusting = new FileReads(-3_600_000);

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void aFileUntouchedSinceItsReadingIsNotReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("history.md"), "observers");
        byte[] first = trusting.read(file);
        assertSame(first, trusting.read(file), "the bytes of the last reading");
        assertEquals("observers", text(first));
    }

    @Test
    void aFileRewrittenInPlaceIsReadAgainThoughItsLengthAndModificationTimeAreAsBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("history.md"), "observers");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        assertEquals("observers", text(trusting.read(file)));
        // As cp -p or touch -r leave it: the same length, the modification time set back.
        Files.writeString(file, "onlookers");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        assertEquals("onlookers", text(trusting.read(file)));
    }

    @Test
    void aFileOfAnotherLengthIsReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("history.md"), "observers");
        assertEquals("observers", text(trusting.read(file)));
        Files.writeString(file, "mere observers");
        assertEquals("mere observers", text(trusting.read(file)));
    }

    @Test
    void aFileReplacedByAnotherIsReadAgain() throws Exception {
        Path file = Files.writeString(dir.resolve("history.md"), "observers");
        Files.setLastModifiedTime(file, AN_HOUR_AGO);
        assertEquals("observers", text(trusting.read(file)));
        Path saved = Files.writeString(dir.resolve("history.md~"), "onlookers");
        Files.setLastModifiedTime(saved, AN_HOUR_AGO);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals("onlookers", text(trusting.read(file)), "an editor that saves by renaming a new file over the old one");
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsReadAgainEveryTime() throws Exception {
        FileReads reads = new FileReads();
        Path file = Files.writeString(dir.resolve("history.md"), "observers");
        byte[] first = reads.read(file);
        assertNotSame(first, reads.read(file), "its times cannot vouch for a change within their tick");
        assertEquals("observers", text(reads.read(file)));
    }

    @Test
    void theFingerprintIsThatOfTheBytesAsTheyAre() throws Exception {
        Path file = Files.writeString(dir.resolve("endnotes.yaml"), "- number: 1");
        assertEquals(Fingerprint.of("- number: 1".getBytes()), trusting.fingerprint(file));
        Files.writeString(file, "- number: 12");
        String changed = trusting.fingerprint(file);
        assertEquals(Fingerprint.of("- number: 12".getBytes()), changed);
        assertNotEquals(Fingerprint.of("- number: 1".getBytes()), changed);
    }

    @Test
    void aMissingFileIsAnErrorEvenIfItWasReadBefore() throws Exception {
        Path file = Files.writeString(dir.resolve("history.md"), "observers");
        trusting.read(file);
        Files.delete(file);
        assertThrows(NoSuchFileException.class, () -> trusting.read(file));
    }
}
