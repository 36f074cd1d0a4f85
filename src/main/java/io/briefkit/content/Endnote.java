package io.briefkit.content;

/**
 * One of the brief's endnotes as written in {@code notes/endnotes.yaml}.
 *
 * @param number   the note's number in the printed brief
 * @param text     the citation, as inline Markdown with URLs written {@code <https://…>}
 * @param shortFor for a short-form note, the number of the full note it abbreviates; 0 if none
 * @param placed   for a marker the extraction lost, where it was restored and why; empty if none
 * @param repaired what was mended in the note's text, an extraction's defect; empty if nothing
 * @param line     the line of the note's entry, for messages
 */
public record Endnote(int number, String text, int shortFor, String placed, String repaired, int line) {
}
