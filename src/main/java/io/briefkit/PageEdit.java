package io.briefkit;

import java.util.ArrayList;
import java.util.List;

/**
 * How a page differs from its version last written: stretches of that version's characters,
 * in order and apart, each replaced by new text. The cross-linker makes a long page after an
 * edit by putting the changed parts into the page as last written, and says so; the checks,
 * which remember how they cut the last version, then cut the new one from that without
 * reading the page. {@code was} is the {@link Fingerprint} of the version the stretches are of.
 */
public record PageEdit(String was, List<Change> changes) {
    /** The characters from {@code start} to {@code end} of the last version, replaced by {@code text}. */
    public record Change(int start, int end, String text) {
    }

    /**
     * Records the changes made to {@code last}, the UTF-8 of the version whose fingerprint is
     * {@code was}, as stretches of its bytes, in order, and tells them in characters.
     */
    public static final class Recorder {
        private final String was;
        private final byte[] last;
        private final List<Change> changes = new ArrayList<>();
        private int at;
        private int chars;

        public Recorder(String was, byte[] last) {
            this.was = was;
            this.last = last;
        }

        /** The bytes from {@code start} to {@code end} replaced by {@code text}; after any stretch recorded before. */
        public void replace(int start, int end, String text) {
            if (start < at || end < start) {
                throw new IllegalArgumentException("changes are recorded in order and apart: " + start + " after " + at);
            }
            int from = chars + chars(last, at, start);
            int to = from + chars(last, start, end);
            changes.add(new Change(from, to, text));
            at = end;
            chars = to;
        }

        public PageEdit edit() {
            return new PageEdit(was, List.copyOf(changes));
        }
    }

    /**
     * How many characters of a Java string the UTF-8 bytes from {@code from} to {@code to} are:
     * one for each byte that starts a character, and one more for each that starts a character
     * beyond the first 65,536, which a string holds as two.
     */
    static int chars(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i];
            count += ((b & 0xC0) != 0x80 ? 1 : 0) + ((b & 0xF8) == 0xF0 ? 1 : 0);
        }
        return count;
    }
}
