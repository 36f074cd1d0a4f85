package io.briefkit.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.content.Source;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StylesTest {
    static final Source SAKHAI = new Source("sakhai2021", List.of(1), "analysis", "webpage",
            List.of(new Source.Name("Sakhai", "Nelofar", "")), "2021-06-18",
            Map.of("title", "How Russia, China, and Iran Will Shape Afghanistan's Future", "container-title", "Atlantic Council",
                    "URL", "https://example.org/sakhai"), Map.of(), 1);
    static final Source DOWNS = new Source("downs2012", List.of(9), "academic", "article-journal",
            List.of(new Source.Name("Downs", "Erica", "")), "2012",
            Map.of("title", "China Buys into Afghanistan", "container-title", "SAIS Review of International Affairs",
                    "volume", "32", "issue", "2", "page", "65-84"), Map.of(), 1);

    @Test
    void print() {
        for (String style : List.of("apa", "chicago-author-date", "chicago-note-bibliography", "modern-language-association", "harvard-cite-them-right")) {
            System.out.println(style + ": " + Styles.bibliography(style, List.of(CslItems.of(SAKHAI), CslItems.of(DOWNS))));
        }
        System.out.println(Styles.entry("apa", CslItems.brief(new Brief("China and Russia Navigate Shared Threat of Terrorism from Afghanistan", "China and Russia navigate", "Atal", "Ahmadzai", "Observer Research Foundation", "ORF Issue Brief No. 636", "636", 2023, 4, null, ""), false)));
    }
}
