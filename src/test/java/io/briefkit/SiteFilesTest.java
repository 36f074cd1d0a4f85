package io.briefkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site files are read whole however long they are, and a file written as it is made has the fingerprint of its bytes. */
class SiteFilesTest {
    @TempDir
    Path dir;

    /** A kept copy of a page, which a file of the site is linked to. */
    private Path keptCopy() throws Exception {
        Path kept = dir.resolve("kept.html");
        Files.writeString(kept, "the page as kept");
        return kept;
    }

    private static byte[] longerThanOneWrite() {
        byte[] bytes = new byte[(5 << 19) + 3];
        new Random(636).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aFileIsReadWholeWhetherShorterOrLongerThanOneRead() throws Exception {
        Random random = new Random(636);
        for (int size : new int[] {0, 17, (1 << 20) - 1, 1 << 20, (5 << 19) + 3}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = dir.resolve("page-" + size + ".html");
            Files.write(file, bytes);
            assertArrayEquals(bytes, SiteFiles.read(file), size + " bytes");
        }
    }

    @Test
    void aFileIsWrittenWholeInPlaceOfWhatWasThereAndAKeptCopyLinkedThereStaysAsItWas() throws Exception {
        Path kept = keptCopy();
        Path file = dir.resolve("brief.html");
        SiteFiles.link(file, kept);
        byte[] bytes = longerThanOneWrite();
        SiteFiles.write(file, bytes);
        assertArrayEquals(bytes, Files.readAllBytes(file), "longer than one write");
        assertEquals("the page as kept", Files.readString(kept));
        SiteFiles.write(dir.resolve("notes.html"), new byte[0]);
        assertEquals(0, Files.size(dir.resolve("notes.html")));
    }

    @Test
    void aPageHeldInRunsIsWrittenWholeInPlaceOfALinkToAKeptCopy() throws Exception {
        Path kept = keptCopy();
        Path file = dir.resolve("single.html");
        SiteFiles.link(file, kept);
        byte[] bytes = longerThanOneWrite();
        // Runs longer and shorter than one write, one of them a stretch of the middle of its array.
        ByteRuns runs = new ByteRuns.Builder().add(ByteRuns.of(bytes), 0, 7).add(ByteRuns.of(bytes), 7, (3 << 19) + 1)
                .add(ByteRuns.of(bytes), (3 << 19) + 1, bytes.length).build();
        SiteFiles.write(file, runs);
        assertArrayEquals(bytes, Files.readAllBytes(file));
        assertEquals("the page as kept", Files.readString(kept));
    }

    @Test
    void aFileWrittenThroughAFingerprintHasTheFingerprintOfItsBytes() throws Exception {
        Path file = dir.resolve("brief.html");
        Files.writeString(file, "the page before");
        Fingerprint fingerprint = new Fingerprint();
        try (OutputStream out = fingerprint.through(SiteFiles.create(file))) {
            out.write("<!doctype html>".getBytes());
            out.write('\n');
            out.write("<p>Part one.</p><p>Part two.</p>".getBytes(), 16, 16);
        }
        byte[] written = Files.readAllBytes(file);
        assertEquals("<!doctype html>\n<p>Part two.</p>", new String(written));
        assertEquals(Fingerprint.of(written), fingerprint.hex());
    }

    @Test
    void aKeptFileIsLinkedInPlaceOfWhatWasThereIntoItsFolderMadeIfMissingAndAMissingOneIsAnError() throws Exception {
        Path kept = dir.resolve("kept/brief.html");
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, "kept");
        Path site = dir.resolve("site");
        SiteFiles.link(site.resolve("parts/brief.html"), kept);
        assertEquals("kept", Files.readString(site.resolve("parts/brief.html")));
        Files.writeString(site.resolve("index.html"), "was here");
        SiteFiles.link(site.resolve("index.html"), kept);
        assertEquals("kept", Files.readString(site.resolve("index.html")));
        assertThrows(java.io.IOException.class, () -> SiteFiles.link(site.resolve("new/notes.html"), dir.resolve("kept/notes.html")));
        assertThrows(java.io.IOException.class, () -> SiteFiles.link(site.resolve("notes.html"), dir.resolve("kept/notes.html")));
    }
}
