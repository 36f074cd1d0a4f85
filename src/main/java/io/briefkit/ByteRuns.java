package io.briefkit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * A file's bytes held as runs of arrays, read one after another: a long page made again by
 * putting a changed stretch into its last version shares the rest of that version's arrays
 * rather than copying them into a new one. At a thousand parts the single page is 32 MB, and
 * an edit changes a section of it of a few kilobytes. The arrays are shared, never copied
 * unless said, and are not to be changed once they hold a run.
 */
public final class ByteRuns {
    /** Beyond this many runs, a new one is made as one array, so that runs do not pile up edit after edit. */
    static final int MOST = 64;

    private final List<Run> runs;
    private final int length;

    /** The bytes of {@code bytes} from {@code from} to {@code to}. */
    private record Run(byte[] bytes, int from, int to) {
        int length() {
            return to - from;
        }
    }

    private ByteRuns(List<Run> runs) {
        this.runs = runs;
        this.length = runs.stream().mapToInt(Run::length).sum();
    }

    /** {@code bytes} as one run, not copied: they are not to be changed afterwards. */
    public static ByteRuns of(byte[] bytes) {
        return new ByteRuns(List.of(new Run(bytes, 0, bytes.length)));
    }

    public int length() {
        return length;
    }

    /** How many runs the bytes are held in. */
    int runs() {
        return runs.size();
    }

    /** The bytes as one array: the array itself if they are all of one, which is not to be changed, else a copy. */
    public byte[] toArray() {
        if (runs.size() == 1 && runs.get(0).from() == 0 && runs.get(0).to() == runs.get(0).bytes().length) {
            return runs.get(0).bytes();
        }
        byte[] out = new byte[length];
        int at = 0;
        for (Run run : runs) {
            System.arraycopy(run.bytes(), run.from(), out, at, run.length());
            at += run.length();
        }
        return out;
    }

    /** Adds every byte to {@code digest}, in order. */
    void addTo(MessageDigest digest) {
        runs.forEach(run -> digest.update(run.bytes(), run.from(), run.length()));
    }

    /** Writes every byte to {@code channel}, at most {@code chunk} bytes a call. */
    void writeTo(WritableByteChannel channel, int chunk) throws IOException {
        for (Run run : runs) {
            ByteBuffer buffer = ByteBuffer.wrap(run.bytes(), run.from(), run.length());
            while (buffer.hasRemaining()) {
                buffer.limit((int) Math.min(run.to(), (long) buffer.position() + chunk));
                channel.write(buffer);
                buffer.limit(run.to());
            }
        }
    }

    /**
     * How many characters of a Java string the UTF-8 bytes from {@code from} to {@code to} are:
     * one for each byte that starts a character, and one more for each that starts a character
     * beyond the first 65,536, which a string holds as two.
     */
    int chars(int from, int to) {
        int[] count = {0};
        each(from, to, (bytes, start, end) -> {
            for (int i = start; i < end; i++) {
                int c = bytes[i];
                count[0] += ((c & 0xC0) != 0x80 ? 1 : 0) + ((c & 0xF8) == 0xF0 ? 1 : 0);
            }
        });
        return count[0];
    }

    /** What is done with a stretch of an array. */
    private interface Stretch {
        void take(byte[] bytes, int from, int to);
    }

    /** Hands {@code take} the stretches of the runs' arrays that hold the bytes from {@code from} to {@code to}, in order. */
    private void each(int from, int to, Stretch take) {
        if (from < 0 || to < from || to > length) {
            throw new IndexOutOfBoundsException(from + " to " + to + " of " + length + " bytes");
        }
        int start = 0;
        for (Run run : runs) {
            int end = start + run.length();
            int a = Math.max(from, start);
            int b = Math.min(to, end);
            if (a < b) {
                take.take(run.bytes(), run.from() + a - start, run.from() + b - start);
            }
            if (end >= to) {
                return;
            }
            start = end;
        }
    }

    /** New bytes made of stretches of others and of arrays, in the order they are added. */
    public static final class Builder {
        private final List<Run> runs = new ArrayList<>();

        /** The bytes of {@code source} from {@code from} to {@code to}, which stay shared with it. */
        public Builder add(ByteRuns source, int from, int to) {
            source.each(from, to, (bytes, start, end) -> runs.add(new Run(bytes, start, end)));
            return this;
        }

        /** All of {@code bytes}, which are not to be changed afterwards. */
        public Builder add(byte[] bytes) {
            if (bytes.length > 0) {
                runs.add(new Run(bytes, 0, bytes.length));
            }
            return this;
        }

        public ByteRuns build() {
            ByteRuns made = new ByteRuns(List.copyOf(runs));
            return runs.size() > MOST ? of(made.toArray()) : made;
        }
    }
}
