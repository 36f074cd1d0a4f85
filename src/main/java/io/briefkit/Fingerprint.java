package io.briefkit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 of what a result was made from, by which a build remembers it: texts and bytes are
 * added in order, each closed by a zero byte, so that "ab" then "c" differs from "a" then "bc".
 */
public final class Fingerprint {
    private final MessageDigest digest;

    public Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The SHA-256 of {@code bytes} alone, in hex. */
    public static String of(byte[] bytes) {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.digest.update(bytes);
        return fingerprint.hex();
    }

    /** The SHA-256 of {@code bytes} alone, in hex: the same as of the one array they make. */
    public static String of(ByteRuns bytes) {
        Fingerprint fingerprint = new Fingerprint();
        bytes.addTo(fingerprint.digest);
        return fingerprint.hex();
    }

    /** The raw SHA-256 of {@code text} in UTF-8. */
    public static byte[] raw(String text) {
        return new Fingerprint().digest.digest(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    public Fingerprint add(byte[] bytes) {
        digest.update(bytes);
        digest.update((byte) 0);
        return this;
    }

    /**
     * A stream that passes what is written to {@code out} and adds it to this fingerprint as it
     * goes, as one run of bytes with no closing zero byte: a new fingerprint that has had a file
     * written through it is {@link #of(byte[])} that file's bytes, which were never held whole.
     */
    public java.io.OutputStream through(java.io.OutputStream out) {
        return new java.security.DigestOutputStream(out, digest);
    }

    /** The digest of everything added, in hex; the fingerprint is not to be used after this. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
