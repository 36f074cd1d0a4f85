package io.briefkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file is read again when its length, time or identity changed, or when it changed too close
 * to its last reading for its time to tell; otherwise its bytes are those of its last reading.
 */
class FileReadsTest {
    private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

    @TempDir
    Path dir;

    private final FileReads reads = new FileReads();

    private String read(Path file) throws Exception {
        return new String(reads.read(file), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes {@code text} over the file's own bytes, as an editor saving in place does, and gives it {@code time}. */
    private static Path write(Path file, String text, FileTime time) throws Exception {
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, time);
        return file;
    }

    @Test
    void anOldFileOfTheSameLengthTimeAndIdentityIsNotReadAgain() throws Exception {
        Path file = write(dir.resolve("history.md"), "observers", AN_HOUR_AGO);
        assertEquals("observers", read(file));
        write(file, "onlookers", AN_HOUR_AGO);
        assertEquals("observers", read(file), "length, time and inode say it is the file last read");
    }

    @Test
    void aFileWhoseLengthOrTimeChangedIsReadAgain() throws Exception {
        Path file = write(dir.resolve("history.md"), "observers", AN_HOUR_AGO);
        assertEquals("observers", read(file));
        write(file, "mere observers", AN_HOUR_AGO);
        assertEquals("mere observers", read(file), "another length");
        write(file, "only bystander", FileTime.from(AN_HOUR_AGO.toInstant().plusSeconds(1)));
        assertEquals("only bystander", read(file), "another time, though the same length");
    }

    @Test
    void aFileReplacedByAnotherIsReadAgainThoughItsLengthAndTimeAreTheSame() throws Exception {
        Path file = write(dir.resolve("history.md"), "observers", AN_HOUR_AGO);
        assertEquals("observers", read(file));
        Path saved = write(dir.resolve("history.md~"), "onlookers", AN_HOUR_AGO);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertEquals("onlookers", read(file), "an editor that saves by renaming a new file over the old one");
    }

    @Test
    void aFileChangedJustBeforeItWasReadIsReadAgainEveryTime() throws Exception {
        Path file = dir.resolve("history.md");
        Files.writeString(file, "observers");
        FileTime written = Files.getLastModifiedTime(file);
        assertEquals("observers", read(file));
        // A second save within the same tick of a coarse clock: the same length and time.
        write(file, "onlookers", written);
        assertEquals("onlookers", read(file));
        write(file, "watchers!", written);
        assertEquals("watchers!", read(file));
    }

    @Test
    void theFingerprintIsThatOfTheBytesAsTheyAre() throws Exception {
        Path file = write(dir.resolve("endnotes.yaml"), "- number: 1", AN_HOUR_AGO);
        assertEquals(Fingerprint.of("- number: 1".getBytes()), reads.fingerprint(file));
        write(file, "- number: 12", AN_HOUR_AGO);
        String changed = reads.fingerprint(file);
        assertEquals(Fingerprint.of("- number: 12".getBytes()), changed);
        assertNotEquals(Fingerprint.of("- number: 1".getBytes()), changed);
    }

    @Test
    void aMissingFileIsAnErrorEvenIfItWasReadBefore() throws Exception {
        Path file = write(dir.resolve("history.md"), "observers", AN_HOUR_AGO);
        read(file);
        Files.delete(file);
        assertThrows(NoSuchFileException.class, () -> reads.read(file));
    }
}
