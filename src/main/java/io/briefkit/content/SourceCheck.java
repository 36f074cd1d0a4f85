package io.briefkit.content;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds the records of the sources to the notes they describe, so that the two cannot drift
 * apart: every note that cites a source in full has a record, a short form has none of its
 * own, and each record's title, authors' family names (or organisations' names), year and
 * address appear in the text of every note it lists, unless the record says why not.
 */
public final class SourceCheck {
    /** What text is compared without (see {@link #plain}): emphasis and link brackets, curly quotes, runs of spaces. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("[*<>]");
    private static final java.util.regex.Pattern DOUBLE_QUOTES = java.util.regex.Pattern.compile("[“”„]");
    private static final java.util.regex.Pattern SINGLE_QUOTES = java.util.regex.Pattern.compile("[‘’]");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private SourceCheck() {
    }

    public static void check(List<Source> sources, List<Endnote> notes, List<Finding> findings) {
        if (sources.isEmpty()) {
            return;
        }
        Map<Integer, Endnote> byNumber = new HashMap<>();
        notes.forEach(note -> byNumber.put(note.number(), note));
        Map<Integer, Source> recorded = new HashMap<>();
        for (Source source : sources) {
            for (int number : source.notes()) {
                Endnote note = byNumber.get(number);
                if (note == null) {
                    findings.add(new Finding(SourceFile.PATH, source.line(), source.id() + ": note " + number
                            + " is not one of the brief's notes"));
                } else if (note.shortFor() > 0) {
                    findings.add(new Finding(SourceFile.PATH, source.line(), source.id() + ": note " + number
                            + " is a short form of note " + note.shortFor() + " and belongs to its record: list note "
                            + note.shortFor() + " instead"));
                } else {
                    recorded.putIfAbsent(number, source);
                    checkAgainst(source, note, findings);
                }
            }
        }
        for (Endnote note : notes) {
            if (note.shortFor() == 0 && !recorded.containsKey(note.number())) {
                findings.add(new Finding(SourceFile.PATH, 1, "note " + note.number() + " (" + EndnoteFile.PATH + ":"
                        + note.line() + ") cites a source that has no record"));
            } else if (note.shortFor() > 0 && byNumber.containsKey(note.shortFor()) && !recorded.containsKey(note.shortFor())) {
                findings.add(new Finding(SourceFile.PATH, 1, "note " + note.number() + " (" + EndnoteFile.PATH + ":"
                        + note.line() + ") is a short form of note " + note.shortFor() + ", which has no record"));
            }
        }
    }

    private static void checkAgainst(Source source, Endnote note, List<Finding> findings) {
        String text = plain(note.text());
        List<String> missing = new ArrayList<>();
        if (!source.differs().containsKey("title") && !text.contains(plain(source.title()))) {
            missing.add("its title \"" + source.title() + "\"");
        }
        if (!source.differs().containsKey("author")) {
            for (Source.Name name : source.authors()) {
                if (!text.contains(plain(name.checked()))) {
                    missing.add("the author's name \"" + name.checked() + "\"");
                }
            }
        }
        if (!source.differs().containsKey("issued") && !source.issued().isEmpty()
                && !text.contains(source.issued().substring(0, 4))) {
            missing.add("its year " + source.issued().substring(0, 4));
        }
        if (!source.differs().containsKey("URL") && !source.url().isEmpty() && !text.contains(plain(source.url()))) {
            missing.add("its address " + source.url());
        }
        for (String what : missing) {
            findings.add(new Finding(SourceFile.PATH, source.line(), source.id() + ": note " + note.number() + " does not print "
                    + what + ": correct the record, or say why it differs under differs-from-note"));
        }
    }

    /** Text as compared: no Markdown emphasis or link brackets, one kind of quote, single spaces. */
    static String plain(String text) {
        String plain = MARKS.matcher(text).replaceAll("");
        plain = DOUBLE_QUOTES.matcher(plain).replaceAll("\"");
        plain = SINGLE_QUOTES.matcher(plain).replaceAll("'");
        return SPACES.matcher(plain).replaceAll(" ").strip();
    }
}
