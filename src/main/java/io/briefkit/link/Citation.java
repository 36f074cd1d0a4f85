package io.briefkit.link;

/**
 * One place in the text that cites a note: the {@code occurrence}-th reference to note
 * {@code number} in the brief, on {@code page}, in paragraph {@code paragraph} (0 if the
 * reference is outside the numbered paragraphs).
 */
record Citation(int number, int occurrence, LinkedPage page, int paragraph) {

    String id() {
        return "note-" + number + "-ref-" + occurrence;
    }

    String where() {
        return page.label() + (paragraph > 0 ? ", paragraph " + paragraph : "");
    }
}
