package io.briefkit.content;

/** A reference to endnote {@code number} written at {@code path:line}. */
public record Citation(int number, String path, int line) {
}
