package io.briefkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page's weight on first load, over a small site written here with files of known sizes. */
class BudgetTest {
    @TempDir
    Path site;

    private void file(String path, int bytes) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), "x".repeat(bytes));
    }

    @BeforeEach
    void setUp() throws IOException {
        file("js/a.js", 3000);
        file("js/later.js", 50_000);
        file("img/late.png", 40_000);
        file("img/icon.svg", 200);
        file("fonts/text.woff2", 20_000);
        Files.writeString(site.resolve("site.css"), "@font-face { src: url(fonts/text.woff2) format('woff2'); }\n"
                + "body { background: url(img/icon.svg); }\n");
    }

    private Budget.Weight weigh(String page, String head, String body) {
        String html = "<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "</body></html>";
        return Budget.weigh(site, page, html.length(), Jsoup.parse(html));
    }

    @Test
    void countsWhatThePageLoadsAsItOpensAndNamesTheFontsItsStylesheetNamesWithoutCountingThem() throws IOException {
        long css = Files.size(site.resolve("site.css"));
        Budget.Weight weight = weigh("part.html", "<link rel=\"stylesheet\" href=\"site.css\"><link rel=\"icon\""
                + " href=\"img/icon.svg\"><script src=\"js/a.js\" defer></script>", "<p>Text</p>");
        assertEquals(css, weight.css());
        assertEquals(3000, weight.js());
        assertEquals(200, weight.other(), "the icon; the stylesheet's background image is not loaded as the page opens");
        assertEquals(4, weight.requests(), "the page, the stylesheet, the icon and the script");
        assertEquals(weight.html() + css + 3000 + 200, weight.total());
        assertEquals(Set.of("fonts/text.woff2"), weight.fonts(), "weighed once for the site, by the fonts' budget");
    }

    @Test
    void aPreloadedFontIsWeighedWithTheFontsNotThePage() {
        Budget.Weight weight = weigh("part.html", "<link rel=\"preload\" href=\"fonts/text.woff2\" as=\"font\""
                + " type=\"font/woff2\" crossorigin><link rel=\"stylesheet\" href=\"site.css\">", "");
        assertEquals(0, weight.other());
        assertEquals(2, weight.requests(), "the page and the stylesheet");
        assertEquals(Set.of("fonts/text.woff2"), weight.fonts());
    }

    @Test
    void theStylesheetForPrintIsNotPartOfTheFirstLoad() {
        Budget.Weight weight = weigh("part.html", "<link rel=\"stylesheet\" href=\"site.css\" media=\"print\">", "");
        assertEquals(0, weight.css());
        assertEquals(Set.of(), weight.fonts());
        assertEquals(1, weight.requests());
    }

    @Test
    void whatOnlyABrowserWithoutJavaScriptLoadsIsNotCountedBesideTheScripts() {
        Budget.Weight weight = weigh("part.html", "<script src=\"js/a.js\"></script>"
                + "<noscript><link rel=\"stylesheet\" href=\"site.css\"></noscript>", "");
        assertEquals(0, weight.css());
        assertEquals(3000, weight.js());
        assertEquals(2, weight.requests());
    }

    @Test
    void theFontsOfTheSiteAreWeighedTogetherAgainstTheirOwnBudget() throws IOException {
        file("fonts/italic.woff2", 30_000);
        assertNull(new FontBudget(51).problem(site, List.of("fonts/text.woff2", "fonts/italic.woff2")));
        String heavy = new FontBudget(50).problem(site, List.of("fonts/text.woff2", "fonts/italic.woff2"));
        assertEquals("the fonts the stylesheets name weigh 50.0 KB together (fonts/text.woff2, fonts/italic.woff2), over the"
                + " fonts' budget of under 50 KB (budget.fonts.kb in jbake.properties): cut them to fewer characters or weights", heavy);
        assertNull(new FontBudget(0).problem(site, List.of("fonts/text.woff2", "fonts/italic.woff2")), "0 lifts the limit");
    }

    @Test
    void aFileLoadedTwiceOrLaterIsNotCountedTwiceOrAtAll() {
        Budget.Weight weight = weigh("part.html", "<script src=\"js/a.js\"></script><script src=\"js/a.js#x\"></script>",
                "<img src=\"img/late.png\" loading=\"lazy\" alt=\"\"><a href=\"js/later.js\">a link</a>");
        assertEquals(3000, weight.js());
        assertEquals(0, weight.other());
        assertEquals(2, weight.requests());
    }

    @Test
    void aPageInAFolderLoadsRelativeToItself() {
        Budget.Weight weight = weigh("sub/part.html", "<script src=\"../js/a.js\"></script>", "");
        assertEquals(3000, weight.js());
    }

    @Test
    void overTheBudgetSaysByHowMuchAndWhyAndZeroLiftsALimit() {
        Budget.Weight weight = weigh("part.html", "<script src=\"js/a.js\"></script>", "");
        assertNull(new Budget(60, 6).problem(weight));
        String heavy = new Budget(3, 0).problem(weight);
        assertTrue(heavy.startsWith("over the page budget of under 3 KB and any number of requests on first load"), heavy);
        assertTrue(heavy.endsWith(": " + Budget.kb(weight.total()) + " (HTML " + Budget.kb(weight.html())
                + ", CSS 0.0 KB, JS 3.0 KB, other 0.0 KB) in 2 requests"), heavy);
        assertTrue(new Budget(0, 1).problem(weight).contains("of any weight and at most 1 requests"));
        assertNull(new Budget(0, 0).problem(weight));
    }
}
