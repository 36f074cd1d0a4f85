package io.briefkit.content;

/**
 * A source of a fact stated in a glossary description: one of the brief's own notes, or a
 * source outside the brief.
 *
 * @param supports  the fact it supports, in the editors' words, e.g. "the US delisting of 2020"
 * @param note      the brief's note that gives the fact's source, or 0 for a source outside the brief
 * @param title     an outside source's title (empty for a note)
 * @param publisher who published it: the site, newspaper or agency
 * @param date      when, as 2020, 2020-11 or 2020-11-05; empty if unknown
 * @param url       its address
 * @param line      the line of the entry, for messages
 */
public record DescriptionSource(String supports, int note, String title, String publisher, String date, String url,
        int line) {

    /** Whether the source is the brief's own note. */
    public boolean inBrief() {
        return note > 0;
    }
}
