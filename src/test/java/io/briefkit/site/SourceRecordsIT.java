package io.briefkit.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.Finding;
import io.briefkit.cite.CslItems;
import io.briefkit.cite.Styles;
import io.briefkit.content.EndnoteFile;
import io.briefkit.content.Source;
import io.briefkit.content.SourceCheck;
import io.briefkit.content.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The brief's records of its sources, read and rendered in every style the edition uses. */
class SourceRecordsIT {
    private static final Path PROJECT = Path.of("");

    private static List<Source> records() throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<Source> sources = SourceFile.read(PROJECT, findings);
        SourceCheck.check(sources, EndnoteFile.read(PROJECT, findings), findings);
        assertEquals(List.of(), findings);
        return sources;
    }

    private static String plain(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    @Test
    void everyRecordRendersInApaChicagoAndMlaWithItsAuthorsInvertedItsWholeTitleAndItsYear() throws IOException {
        List<Source> sources = records();
        assertEquals(74, sources.size());
        for (String style : List.of("apa", "chicago-author-date", "chicago-note-bibliography", "modern-language-association")) {
            Map<String, String> entries = Styles.bibliography(style, sources.stream().map(CslItems::of).toList());
            assertEquals(sources.size(), entries.size(), style);
            for (Source source : sources) {
                String entry = plain(Jsoup.parse(entries.get(source.id())).text());
                String where = style + ", " + source.id() + ": " + entry;
                // Chicago and MLA title-case the title ("will Respond" becomes "Will Respond"); the words are the record's.
                assertTrue(entry.toLowerCase(java.util.Locale.ROOT).contains(plain(source.title()).toLowerCase(java.util.Locale.ROOT)),
                        where);
                if (!source.authors().isEmpty()) {
                    Source.Name first = source.authors().get(0);
                    assertTrue(entry.startsWith(first.literal().isEmpty() ? first.family() + ", " : first.literal()), where);
                }
                assertTrue(source.issued().isEmpty() || entry.contains(source.issued().substring(0, 4)), where);
                assertTrue(!entry.contains("n.d.") && !entry.contains("null"), where);
                // The first page only: Chicago shortens the range ("928–52").
                for (String value : List.of(source.field("container-title"), source.field("volume"), source.field("issue"),
                        source.field("page").split("-")[0])) {
                    assertTrue(entry.toLowerCase(java.util.Locale.ROOT).contains(value.toLowerCase(java.util.Locale.ROOT)),
                            where + " lacks " + value);
                }
            }
        }
    }
}
