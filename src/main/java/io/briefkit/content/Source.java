package io.briefkit.content;

import java.util.List;
import java.util.Map;

/**
 * One source the brief's notes cite, as the editors recorded it in {@code notes/sources.yaml},
 * in the terms of CSL. Text values are empty when the record leaves them out.
 *
 * @param id       the citation key, e.g. {@code sakhai2021}
 * @param notes    the notes that cite it in full
 * @param kind     one of {@link SourceFile#KINDS}
 * @param type     a CSL type, one of {@link SourceFile#TYPES}
 * @param authors  persons and organisations, in order
 * @param issued   the date of publication as far as known: 2021, 2021-06 or 2021-06-18
 * @param fields   the other CSL fields by their CSL names (title, container-title, volume, URL, …)
 * @param differs  for each checked field that the notes do not print as recorded, why
 * @param line     the record's line, for messages
 */
public record Source(String id, List<Integer> notes, String kind, String type, List<Name> authors, String issued,
        Map<String, String> fields, Map<String, String> differs, int line) {

    /** A person ({@code family}, {@code given}) or an organisation ({@code literal}). */
    public record Name(String family, String given, String literal) {
        /** The name a note must print: the family name, or the organisation's whole name. */
        public String checked() {
            return literal.isEmpty() ? family : literal;
        }
    }

    public String title() {
        return field("title");
    }

    public String url() {
        return field("URL");
    }

    /** A CSL field's value, or empty. */
    public String field(String name) {
        return fields.getOrDefault(name, "");
    }
}
