package io.briefkit.cite;

/**
 * The brief as citation managers and styles need it. {@code url} may be null.
 *
 * @param series        the series with the brief's number, e.g. "ORF Issue Brief No. 636"
 * @param sentenceTitle the title in sentence case, as APA cites it (a CSL processor cannot make it)
 */
public record Brief(String title, String sentenceTitle, String authorGiven, String authorFamily, String publisher,
        String series, String number, int year, int month, String url, String abstractText) {

    /** The series without the brief's number: "ORF Issue Brief No. 636" is number 636 of "ORF Issue Brief". */
    public String seriesName() {
        return series.replaceFirst("\\s*(?:No\\.?\\s*)?" + java.util.regex.Pattern.quote(number) + "$", "");
    }

    /** The brief's citation key. */
    public String key() {
        return authorFamily.toLowerCase(java.util.Locale.ROOT) + year + "china";
    }
}
