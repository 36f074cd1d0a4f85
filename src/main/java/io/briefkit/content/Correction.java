package io.briefkit.content;

import java.time.LocalDate;

/**
 * One entry of the corrections log, {@code edition/corrections.yaml}: a change to the published
 * text or notes after first publication.
 *
 * @param date   the day the change was published
 * @param note   the note it changed, or 0
 * @param page   the content file it changed (e.g. {@code history.md}), or empty
 * @param change what changed and why, in the editors' words, as inline Markdown
 * @param line   the entry's line, for messages
 */
public record Correction(LocalDate date, int note, String page, String change, int line) {
}
