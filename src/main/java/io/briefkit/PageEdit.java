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
        private final ByteRuns last;
        private final List<Change> changes = new ArrayList<>();
        private int at;
        private int chars;

        public Recorder(String was, ByteRuns last) {
            this.was = was;
            this.last = last;
        }

        public Recorder(String was, byte[] last) {
            this(was, ByteRuns.of(last));
        }

        /** The bytes from {@code start} to {@code end} replaced by {@code text}; after any stretch recorded before. */
        public void replace(int start, int end, String text) {
            if (start < at || end < start) {
                throw new IllegalArgumentException("changes are recorded in order and apart: " + start + " after " + at);
            }
            int from = chars + last.chars(at, start);
            int to = from + last.chars(start, end);
            changes.add(new Change(from, to, text));
            at = end;
            chars = to;
        }

        public PageEdit edit() {
            return new PageEdit(was, List.copyOf(changes));
        }
    }
}
