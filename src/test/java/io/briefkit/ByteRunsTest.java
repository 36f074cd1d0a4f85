package io.briefkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bytes held in runs of other arrays read, write and fingerprint as the one array they make. */
class ByteRunsTest {
    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** "one two three" with "two" replaced by "deux", made of stretches of the first. */
    private static ByteRuns spliced() {
        ByteRuns first = new ByteRuns.Builder().add(utf8("one t")).add(utf8("wo three")).build();
        return new ByteRuns.Builder().add(first, 0, 4).add(utf8("deux")).add(first, 7, first.length()).build();
    }

    @Test
    void aStretchOfRunsReadsAsTheBytesItWasTakenFrom() {
        ByteRuns made = spliced();
        assertEquals("one deux three", new String(made.toArray(), StandardCharsets.UTF_8));
        assertEquals(14, made.length());
        assertEquals(3, made.runs(), "the second run of the first, begun within it, is one run");
    }

    @Test
    void aStretchAcrossRunsOrEndingWhereOneEndsTakesJustThoseBytes() {
        ByteRuns first = new ByteRuns.Builder().add(utf8("one t")).add(utf8("wo three")).build();
        ByteRuns across = new ByteRuns.Builder().add(first, 3, 7).build();
        assertEquals(" two", new String(across.toArray(), StandardCharsets.UTF_8));
        assertEquals(2, across.runs());
        ByteRuns toTheEnd = new ByteRuns.Builder().add(first, 2, 5).add(first, 5, 13).build();
        assertEquals("e two three", new String(toTheEnd.toArray(), StandardCharsets.UTF_8));
        assertEquals(2, toTheEnd.runs());
        ByteRuns empty = new ByteRuns.Builder().add(first, 5, 5).add(new byte[0]).build();
        assertEquals(0, empty.length());
        assertEquals(0, empty.toArray().length);
    }

    @Test
    void writesAndFingerprintsAsTheOneArray() throws Exception {
        ByteRuns made = spliced();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        made.writeTo(Channels.newChannel(out), 3);
        assertArrayEquals(utf8("one deux three"), out.toByteArray());
        assertEquals(Fingerprint.of(utf8("one deux three")), Fingerprint.of(made));
    }

    @Test
    void countsTheCharactersOfAStretchWhateverRunsItsCharactersSpan() {
        byte[] text = utf8("aé\uD83D\uDE00b");
        // The é and the emoji's four bytes each split between two runs.
        ByteRuns split = new ByteRuns.Builder().add(java.util.Arrays.copyOfRange(text, 0, 2))
                .add(java.util.Arrays.copyOfRange(text, 2, 5)).add(java.util.Arrays.copyOfRange(text, 5, text.length))
                .build();
        assertEquals("aé\uD83D\uDE00b".length(), split.chars(0, split.length()));
        assertEquals(3, split.chars(1, 7), "é, and the emoji in the two chars a string holds it in");
        assertEquals(1, split.chars(7, 8));
    }

    @Test
    void manyRunsAreMadeOneArrayAndOneWholeArrayIsNotCopied() {
        ByteRuns.Builder builder = new ByteRuns.Builder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i <= ByteRuns.MOST; i++) {
            builder.add(utf8(i + ","));
            expected.append(i).append(',');
        }
        ByteRuns many = builder.build();
        assertEquals(1, many.runs());
        assertEquals(expected.toString(), new String(many.toArray(), StandardCharsets.UTF_8));
        byte[] whole = utf8("whole");
        assertSame(whole, ByteRuns.of(whole).toArray());
    }

    @Test
    void aStretchBeyondTheBytesIsRefused() {
        ByteRuns made = spliced();
        assertThrows(IndexOutOfBoundsException.class, () -> new ByteRuns.Builder().add(made, 10, 15));
        assertThrows(IndexOutOfBoundsException.class, () -> new ByteRuns.Builder().add(made, 5, 4));
        assertThrows(IndexOutOfBoundsException.class, () -> made.chars(5, 15));
    }
}
