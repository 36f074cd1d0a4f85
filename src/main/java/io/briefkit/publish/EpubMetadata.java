package io.briefkit.publish;

/**
 * What the EPUB says about itself. {@code modified} is fixed in the settings rather than
 * taken from the clock, so that two builds of one commit give the same bytes.
 */
public record EpubMetadata(String identifier, String title, String author, String publisher, String date,
        String rights, String series, String modified) {
}
