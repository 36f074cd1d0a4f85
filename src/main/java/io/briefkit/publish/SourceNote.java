package io.briefkit.publish;

import io.briefkit.Json;
import io.briefkit.content.Endnote;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One endnote read as a source for citation managers. The notes follow the Chicago pattern
 * Author, "Title," Container, Date, URL — the parts are taken where the pattern holds, and
 * the note's full text always travels with them, so nothing is lost where it does not.
 */
record SourceNote(int number, String text, String author, String title, String container, int year, int month,
        int day, String url, int shortFor) {

    private static final Pattern AUTHOR_TITLE = Pattern.compile("^(.+?),? \"(.+?),?\"[,.]? ?(.*)$");
    private static final Pattern CONTAINER = Pattern.compile("^\\*([^*]+)\\*");
    private static final Pattern DATE = Pattern.compile("(January|February|March|April|May|June|July|August|September"
            + "|October|November|December) (\\d{1,2}), (\\d{4})|\\((\\d{4})\\)|, (\\d{4})[,.]");
    private static final Pattern URL = Pattern.compile("<(https?://[^>]+)>");

    static SourceNote parse(Endnote note) {
        String text = note.text().replaceAll("\\s+", " ");
        String plain = URL.matcher(text).replaceAll("$1");
        String author = "";
        String title = "";
        String container = "";
        Matcher at = AUTHOR_TITLE.matcher(text);
        if (at.matches()) {
            author = at.group(1).replaceFirst(",$", "").strip();
            title = at.group(2).strip().replaceFirst("[.,]$", "");
            Matcher c = CONTAINER.matcher(at.group(3));
            container = c.find() ? c.group(1) : "";
        }
        int year = 0;
        int month = 0;
        int day = 0;
        Matcher d = DATE.matcher(text);
        if (d.find()) {
            if (d.group(1) != null) {
                month = Month.valueOf(d.group(1).toUpperCase(Locale.ROOT)).getValue();
                day = Integer.parseInt(d.group(2));
                year = Integer.parseInt(d.group(3));
            } else {
                year = Integer.parseInt(d.group(4) != null ? d.group(4) : d.group(5));
            }
        }
        Matcher u = URL.matcher(text);
        return new SourceNote(note.number(), plain.replace("*", ""), author, title, container, year, month, day,
                u.find() ? u.group(1) : "", note.shortFor());
    }

    static String cslJson(List<SourceNote> notes) {
        StringBuilder out = new StringBuilder("[\n");
        for (int i = 0; i < notes.size(); i++) {
            SourceNote n = notes.get(i);
            out.append("  {\"id\": \"note-").append(n.number()).append("\", \"type\": \"")
                    .append(n.url().isEmpty() ? "document" : "webpage").append('"');
            if (!n.title().isEmpty()) {
                out.append(", \"title\": ").append(Json.string(n.title()));
            }
            if (!n.author().isEmpty()) {
                out.append(", \"author\": [{\"literal\": ").append(Json.string(n.author())).append("}]");
            }
            if (!n.container().isEmpty()) {
                out.append(", \"container-title\": ").append(Json.string(n.container()));
            }
            if (n.year() > 0) {
                out.append(", \"issued\": {\"date-parts\": [[").append(n.year())
                        .append(n.month() > 0 ? ", " + n.month() + ", " + n.day() : "").append("]]}");
            }
            if (!n.url().isEmpty()) {
                out.append(", \"URL\": ").append(Json.string(n.url()));
            }
            out.append(", \"note\": ").append(Json.string("Note " + n.number() + " of ORF Issue Brief No. 636: " + n.text()
                    + (n.shortFor() > 0 ? " (short form of note " + n.shortFor() + ")" : "")));
            out.append(i < notes.size() - 1 ? "},\n" : "}\n");
        }
        return out.append("]\n").toString();
    }

    static String bibtex(List<SourceNote> notes) {
        StringBuilder out = new StringBuilder();
        for (SourceNote n : notes) {
            out.append("@misc{note").append(n.number()).append(",\n");
            if (!n.author().isEmpty()) {
                out.append("  author = {{").append(tex(n.author())).append("}},\n");
            }
            if (!n.title().isEmpty()) {
                out.append("  title = {{").append(tex(n.title())).append("}},\n");
            }
            if (!n.container().isEmpty()) {
                out.append("  howpublished = {").append(tex(n.container())).append("},\n");
            }
            if (n.year() > 0) {
                out.append("  year = {").append(n.year()).append("},\n");
            }
            if (!n.url().isEmpty()) {
                // Read verbatim by biber and taken as written by pandoc and citation-js: no escapes.
                out.append("  url = {").append(n.url()).append("},\n");
            }
            out.append("  note = {Note ").append(n.number()).append(" of ORF Issue Brief No. 636: ")
                    .append(tex(n.text())).append("}\n}\n\n");
        }
        return out.toString();
    }

    private static String tex(String text) {
        return text.replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_").replace("{", "\\{").replace("}", "\\}");
    }
}
