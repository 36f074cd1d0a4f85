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

    /** Where the citation is, named as seen from {@code from}: "paragraph 3" on its own page. */
    String where(LinkedPage from) {
        return page.equals(from) && paragraph > 0 ? "paragraph " + paragraph : where();
    }
}
