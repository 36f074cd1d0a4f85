package io.briefkit.link;

/**
 * An endnote ready for the page: its number, its text as HTML, the note it abbreviates (0 if
 * none), and the editors' records: where its lost marker was restored and why, and what was
 * repaired in its text (each empty if nothing).
 */
public record NoteText(int number, String html, int shortFor, String placed, String repaired) {
    /** A note as the author left it: marker and text. */
    public NoteText(int number, String html, int shortFor) {
        this(number, html, shortFor, "", "");
    }

    /** Whether the note's marker in the text is the editors', restored where the extraction lost it. */
    boolean restored() {
        return !placed.isEmpty();
    }
}
