package io.briefkit.link;

import java.io.ByteArrayOutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;

/**
 * A page as jsoup writes it, in UTF-8, encoded a block of characters at a time as it is
 * written: a long page's text is never held whole as a string beside its bytes. jsoup writes a
 * page to a {@link Writer} a character at a time; the JDK's writers take a lock for each
 * character, which made writing a long page cost more than making it, so this one takes none.
 * It is used by one thread.
 */
final class HtmlBytes extends Writer {
    /** How many characters are gathered before they are encoded. */
    static final int BLOCK = 1 << 14;
    private final StringBuilder block = new StringBuilder(BLOCK + 1);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(BLOCK);

    /** The bytes of {@code document}. */
    static byte[] of(Document document) {
        HtmlBytes out = new HtmlBytes();
        document.html(out);
        return out.toBytes();
    }

    /** The bytes of what was written. */
    byte[] toBytes() {
        encode(true);
        return bytes.toByteArray();
    }

    @Override
    public void write(int c) {
        block.append((char) c);
        full();
    }

    @Override
    public Writer append(char c) {
        block.append(c);
        full();
        return this;
    }

    @Override
    public Writer append(CharSequence text) {
        block.append(text);
        full();
        return this;
    }

    @Override
    public Writer append(CharSequence text, int start, int end) {
        block.append(text, start, end);
        full();
        return this;
    }

    @Override
    public void write(String text, int offset, int length) {
        block.append(text, offset, offset + length);
        full();
    }

    @Override
    public void write(char[] text, int offset, int length) {
        block.append(text, offset, length);
        full();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    private void full() {
        if (block.length() >= BLOCK) {
            encode(false);
        }
    }

    /**
     * Encodes what is gathered, but for a high surrogate at its end unless {@code last}: the
     * low one that completes it comes next.
     */
    private void encode(boolean last) {
        int end = block.length();
        if (!last && end > 0 && Character.isHighSurrogate(block.charAt(end - 1))) {
            end--;
        }
        bytes.writeBytes(block.substring(0, end).getBytes(StandardCharsets.UTF_8));
        block.delete(0, end);
    }
}
