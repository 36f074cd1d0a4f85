package io.briefkit.browser;

import java.util.List;

/** The parts of the brief, in reading order. */
final class BriefPages {
    static final List<String> PARTS = List.of("index.html", "introduction.html", "history.html", "china.html",
            "russia.html", "threats.html", "conclusions.html", "notes.html", "glossary.html");

    private BriefPages() {
    }
}
