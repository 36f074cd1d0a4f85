package io.briefkit.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ListItemDataProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.output.Bibliography;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Renders items in a citation style through citeproc-java, as HTML the site's strict
 * Content-Security-Policy accepts: the processor's inline styles become elements ({@code <i>},
 * {@code <b>}, a small-caps class) and its wrapping {@code div} is dropped.
 */
public final class Styles {
    /** The styles the overview cites the brief in, by label, in the order shown. */
    public static final Map<String, String> BRIEF_STYLES = briefStyles();

    private Styles() {
    }

    private static Map<String, String> briefStyles() {
        Map<String, String> styles = new LinkedHashMap<>();
        styles.put("APA", "apa");
        styles.put("Chicago (author-date)", "chicago-author-date");
        styles.put("Chicago (notes and bibliography)", "chicago-note-bibliography");
        styles.put("MLA", "modern-language-association");
        styles.put("Harvard", "harvard-cite-them-right");
        return styles;
    }

    /** Whether citeproc-java has {@code style} among the styles it ships. */
    public static boolean known(String style) {
        try {
            return CSL.supportsStyle(style);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The style's own title, e.g. "American Psychological Association 7th edition", or its name if it has none. */
    public static String title(String style) {
        try (java.io.InputStream in = Styles.class.getResourceAsStream("/" + style + ".csl")) {
            if (in == null) {
                return style;
            }
            Element title = Jsoup.parse(in, "UTF-8", "", org.jsoup.parser.Parser.xmlParser()).selectFirst("info > title");
            return title == null ? style : title.text();
        } catch (IOException e) {
            return style;
        }
    }

    /** The bibliography of {@code items} in {@code style}, sorted as the style sorts: item id to entry HTML. */
    public static Map<String, String> bibliography(String style, List<CSLItemData> items) {
        try {
            CSL csl = new CSL(new ListItemDataProvider(items.toArray(CSLItemData[]::new)), style, "en-US");
            csl.setOutputFormat("html");
            csl.setConvertLinks(true);
            csl.registerCitationItems(items.stream().map(CSLItemData::getId).toList());
            Bibliography bibliography = csl.makeBibliography();
            // The processor gives the entries in the style's order but not which item each is:
            // each item's entry alone names it, once the letters that tell same-year works apart are set aside.
            Map<String, String> byEntry = new java.util.HashMap<>();
            for (CSLItemData item : items) {
                String alone = csl.makeBibliography(other -> other.getId().equals(item.getId())).getEntries()[0];
                byEntry.put(comparable(alone), item.getId());
            }
            Map<String, String> entries = new LinkedHashMap<>();
            for (String entry : bibliography.getEntries()) {
                String id = byEntry.get(comparable(entry));
                if (id == null || entries.containsKey(id)) {
                    throw new IllegalStateException("citeproc-java gave an entry that matches no single item: " + entry);
                }
                entries.put(id, clean(entry));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One item's entry in {@code style}, as HTML. */
    public static String entry(String style, CSLItemData item) {
        return bibliography(style, List.of(item)).values().iterator().next();
    }

    private static String comparable(String entry) {
        return entry.replaceAll("(\\d{4})[a-z]\\b", "$1").replaceAll("\\s+", " ").strip();
    }

    static String clean(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element styled : body.select("[style]")) {
            String style = styled.attr("style").replace(" ", "");
            if (style.contains("font-style:italic")) {
                styled.tagName("i");
            } else if (style.contains("font-weight:bold")) {
                styled.tagName("b");
            } else if (style.contains("small-caps")) {
                styled.addClass("small-caps");
            }
            styled.removeAttr("style");
        }
        for (Element div : body.select("div")) {
            div.unwrap();
        }
        return body.html().strip();
    }
}
