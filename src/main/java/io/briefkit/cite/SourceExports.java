package io.briefkit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import io.briefkit.content.Source;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sources for citation managers, one entry per source, all made from the editors'
 * records: CSL-JSON (written by citeproc-java), biblatex that biber reads without a
 * data-model warning (dates as ISO dates, addresses verbatim) and RIS.
 */
public final class SourceExports {
    private static final Map<String, String> BIBLATEX_TYPES = Map.ofEntries(
            Map.entry("article-journal", "article"), Map.entry("article-magazine", "article"),
            Map.entry("article-newspaper", "article"), Map.entry("webpage", "online"), Map.entry("post-weblog", "online"),
            Map.entry("report", "report"), Map.entry("book", "book"), Map.entry("chapter", "incollection"),
            Map.entry("thesis", "thesis"), Map.entry("dataset", "dataset"));
    private static final Map<String, String> RIS_TYPES = Map.ofEntries(
            Map.entry("article-journal", "JOUR"), Map.entry("article-magazine", "MGZN"),
            Map.entry("article-newspaper", "NEWS"), Map.entry("webpage", "ELEC"), Map.entry("post-weblog", "BLOG"),
            Map.entry("report", "RPRT"), Map.entry("book", "BOOK"), Map.entry("chapter", "CHAP"),
            Map.entry("thesis", "THES"), Map.entry("dataset", "DATA"), Map.entry("speech", "GEN"),
            Map.entry("interview", "GEN"), Map.entry("document", "GEN"), Map.entry("legislation", "STAT"),
            Map.entry("legal_case", "CASE"));

    private SourceExports() {
    }

    public static String cslJson(List<Source> sources) {
        return cslJson(sources.stream().map(CslItems::of).toArray(CSLItemData[]::new));
    }

    /** CSL-JSON of {@code items}, as citeproc-java writes them: a list, one item to a line. */
    public static String cslJson(CSLItemData... items) {
        StringJsonBuilderFactory factory = new StringJsonBuilderFactory();
        return java.util.Arrays.stream(items).map(item -> "  " + item.toJson(factory.createJsonBuilder()))
                .collect(Collectors.joining(",\n", "[\n", "\n]\n"));
    }

    public static String biblatex(List<Source> sources) {
        StringBuilder out = new StringBuilder();
        for (Source s : sources) {
            String type = BIBLATEX_TYPES.getOrDefault(s.type(), "misc");
            if (type.equals("article") && s.authors().isEmpty() && !s.url().isEmpty()) {
                // biblatex's data model wants an author for an article; an unsigned report online has its outlet.
                type = "online";
            }
            out.append('@').append(type).append('{').append(s.id()).append(",\n");
            if (!s.authors().isEmpty()) {
                field(out, "author", s.authors().stream().map(SourceExports::bibName).collect(Collectors.joining(" and ")));
            }
            field(out, "title", escape(s.title()));
            switch (type) {
                case "article" -> {
                    field(out, "journaltitle", escape(s.field("container-title")));
                    if (s.type().equals("article-newspaper") || s.type().equals("article-magazine")) {
                        field(out, "entrysubtype", s.type().equals("article-newspaper") ? "newspaper" : "magazine");
                    }
                }
                case "online" -> field(out, "organization", escape(String.join(" and ", java.util.stream.Stream.of(
                        s.field("container-title"), s.field("publisher")).filter(v -> !v.isEmpty()).toList())));
                case "report" -> {
                    field(out, "institution", escape(!s.field("publisher").isEmpty() ? s.field("publisher")
                            : s.authors().stream().map(Source.Name::literal).filter(v -> !v.isEmpty()).findFirst()
                                    .orElse(s.field("container-title"))));
                    field(out, "type", escape(s.field("collection-title").isEmpty() ? "Report" : s.field("collection-title")));
                    field(out, "number", escape(s.field("collection-number")));
                }
                default -> {
                    field(out, "publisher", escape(s.field("publisher")));
                    field(out, "location", escape(s.field("publisher-place")));
                    field(out, "howpublished", escape(s.field("container-title")));
                }
            }
            field(out, "volume", escape(s.field("volume")));
            if (type.equals("article")) {
                field(out, "number", escape(s.field("issue")));
            }
            field(out, "pages", s.field("page").replace("-", "--"));
            field(out, "date", s.issued());
            field(out, "url", s.url());
            field(out, "doi", s.field("DOI"));
            field(out, "note", escape(s.field("note")));
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    public static String ris(List<Source> sources) {
        StringBuilder out = new StringBuilder();
        for (Source s : sources) {
            tag(out, "TY", RIS_TYPES.getOrDefault(s.type(), "GEN"));
            for (Source.Name name : s.authors()) {
                tag(out, "AU", name.literal().isEmpty() ? name.family() + ", " + name.given() : name.literal());
            }
            tag(out, "TI", s.title());
            tag(out, "T2", s.field("container-title").isEmpty() ? s.field("collection-title") : s.field("container-title"));
            tag(out, "PB", s.field("publisher"));
            tag(out, "CY", s.field("publisher-place"));
            tag(out, "VL", s.field("volume"));
            tag(out, "IS", s.field("issue"));
            String[] pages = s.field("page").split("-", 2);
            tag(out, "SP", pages[0]);
            tag(out, "EP", pages.length > 1 ? pages[1] : "");
            if (s.type().equals("report")) {
                tag(out, "SN", s.field("collection-number"));
            }
            if (!s.issued().isEmpty()) {
                String[] date = s.issued().split("-");
                tag(out, "PY", date[0]);
                tag(out, "DA", date[0] + "/" + (date.length > 1 ? date[1] : "") + "/" + (date.length > 2 ? date[2] : "") + "/");
            }
            tag(out, "UR", s.url());
            tag(out, "DO", s.field("DOI"));
            tag(out, "N1", s.field("note"));
            tag(out, "ID", s.id());
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    private static String bibName(Source.Name name) {
        return name.literal().isEmpty() ? escape(name.family()) + ", " + escape(name.given()) : "{" + escape(name.literal()) + "}";
    }

    private static void field(StringBuilder out, String name, String value) {
        if (!value.isEmpty()) {
            out.append("  ").append(name).append(" = {").append(value).append("},\n");
        }
    }

    private static void tag(StringBuilder out, String tag, String value) {
        if (!value.isEmpty()) {
            out.append(tag).append("  - ").append(value).append("\r\n");
        }
    }

    /** LaTeX's special characters in a field that is not verbatim. */
    static String escape(String text) {
        return text.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$")
                .replace("#", "\\#").replace("_", "\\_");
    }
}
