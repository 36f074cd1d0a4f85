package io.briefkit.link;

/** An endnote ready for the page: its number, its text as HTML, and the note it abbreviates (0 if none). */
public record NoteText(int number, String html, int shortFor) {
}
