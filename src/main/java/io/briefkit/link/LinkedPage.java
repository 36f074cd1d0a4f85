package io.briefkit.link;

/** A page of the site in reading order: its file and the short name readers know it by. */
public record LinkedPage(String uri, String label) {

    /** The page's name in ids, e.g. {@code history} for {@code history.html}. */
    String slug() {
        return uri.replaceFirst("\\.html$", "").replace('/', '-');
    }
}
