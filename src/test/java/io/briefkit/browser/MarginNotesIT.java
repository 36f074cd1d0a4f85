package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The notes in the margin on wide screens, in Chromium over the built site opened from disk:
 * beside the line that cites them or as close below it as the notes before allow, never on
 * top of one another or of the text, and at the foot of the page on a narrower screen or
 * without JavaScript.
 */
class MarginNotesIT {
    /** The pages whose notes stand in the margin: the parts with notes, and the whole brief. */
    private static final List<String> PAGES = List.of("introduction.html", "history.html", "china.html", "russia.html",
            "threats.html", "brief.html");
    /** How far, in CSS pixels, a note may start from its reference's line and still be beside it. */
    private static final double SLACK = 3;

    /**
     * For each note of the page, in the order of their references: the top of the reference's
     * superscript and the bottom of its line, and the note's box; the text column's right edge.
     */
    private static final String MEASURE = "var main = document.getElementById('main');"
            + "var notes = Array.from(main.querySelectorAll('section.endnotes li[id], aside.footnote[id]'));"
            + "var rows = notes.map(function (note) {"
            + "  var back = note.querySelector('a[role=doc-backlink][href^=\"#\"]');"
            + "  var ref = document.getElementById(back.getAttribute('href').slice(1));"
            + "  var mark = (ref.closest('sup') || ref).getBoundingClientRect();"
            + "  var box = note.getBoundingClientRect();"
            + "  return {id: note.id, refTop: mark.top + scrollY, refBottom: mark.bottom + scrollY, order: 0, ref: ref,"
            + "    top: box.top + scrollY, bottom: box.bottom + scrollY, left: box.left, right: box.right,"
            + "    position: getComputedStyle(note).position};"
            + "});"
            + "rows.sort(function (a, b) { return a.ref.compareDocumentPosition(b.ref) & 4 ? -1 : 1; });"
            + "rows.forEach(function (r) { delete r.ref; });"
            + "var text = main.querySelector('article > p').getBoundingClientRect();"
            + "return {rows: rows, textLeft: text.left, textRight: text.right, width: innerWidth};";

    private static Map<String, Object> measure(ChromeDriver driver, String page) {
        return measure(driver, page, true);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure(ChromeDriver driver, String page, boolean javaScript) {
        driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
        if (javaScript) {
            BriefPages.laidOut(driver);
        } else {
            BriefPages.loaded(driver);
        }
        return (Map<String, Object>) driver.executeScript(MEASURE);
    }

    private static double number(Map<String, Object> row, String key) {
        return ((Number) row.get(key)).doubleValue();
    }

    private static void assertBesideTheirLinesWithoutOverlap(ChromeDriver driver, int width) {
        for (String page : PAGES) {
            Map<String, Object> facts = measure(driver, page);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) facts.get("rows");
            assertFalse(rows.isEmpty(), page);
            double textRight = number(facts, "textRight");
            double previousBottom = Double.NEGATIVE_INFINITY;
            String previous = null;
            for (Map<String, Object> row : rows) {
                String where = page + " at " + width + " px, " + row.get("id");
                assertEquals("absolute", row.get("position"), where);
                double top = number(row, "top");
                assertTrue(number(row, "left") >= textRight + 16, where + ": in the margin, clear of the text column ("
                        + number(row, "left") + " against " + textRight + ")");
                assertTrue(number(row, "right") <= number(facts, "width"), where + ": inside the window");
                assertTrue(top >= previousBottom, where + " overlaps " + previous);
                boolean onItsLine = Math.abs(top - number(row, "refTop")) <= SLACK;
                boolean pushedDown = top > number(row, "refTop") && top - previousBottom <= 12 + SLACK;
                assertTrue(onItsLine || pushedDown, where + ": starts at " + top + ", its reference's line at "
                        + number(row, "refTop") + ", the note before ends at " + previousBottom);
                previousBottom = number(row, "bottom");
                previous = (String) row.get("id");
            }
        }
    }

    @Test
    void at1440PixelsEveryNoteStandsBesideItsLineOrJustBelowTheNoteBefore() throws IOException {
        assertBesideTheirLinesWithoutOverlap(Browsers.get(1440, 900), 1440);
    }

    @Test
    void at1920PixelsToo() throws IOException {
        assertBesideTheirLinesWithoutOverlap(Browsers.get(1920, 1080), 1920);
    }

    @Test
    void theTextColumnIsTheSameWidthWithNotesInTheMarginAsWithout() throws IOException {
        Map<String, Object> withMargin = measure(Browsers.get(1440, 900), "china.html");
        double wide = number(withMargin, "textRight") - number(withMargin, "textLeft");
        Map<String, Object> narrow = measure(Browsers.get(1100, 900), "china.html");
        assertEquals(number(narrow, "textRight") - number(narrow, "textLeft"), wide, 0.5, "the measure");
    }

    @Test
    void belowTheMarginsWidthTheNotesAreAtTheFootAndPreviewStill() throws IOException {
        ChromeDriver driver = Browsers.get(1100, 900);
        Map<String, Object> facts = measure(driver, "china.html");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) facts.get("rows");
        double lastParagraph = ((Number) driver.executeScript(
                "var ps = document.querySelectorAll('main article > p'); return ps[ps.length - 1].getBoundingClientRect().bottom + scrollY"))
                .doubleValue();
        for (Map<String, Object> row : rows) {
            if (!"fn-a".equals(row.get("id"))) {
                assertEquals("static", row.get("position"), row.get("id").toString());
                assertTrue(number(row, "top") > lastParagraph, row.get("id") + " is listed after the text");
            }
        }
        WebElement ref = driver.findElement(By.cssSelector("a[role=doc-noteref][href='#note-45']"));
        new Actions(driver).scrollToElement(ref).moveToElement(ref).perform();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        assertEquals(List.of(), PageProblems.of(driver));
    }

    @Test
    void inTheMarginANoteNeedsNoPreviewAndAClickLeadsToIt() throws IOException {
        ChromeDriver driver = Browsers.get(1440, 900);
        measure(driver, "china.html");
        WebElement ref = driver.findElement(By.cssSelector("a[role=doc-noteref][href='#note-45']"));
        new Actions(driver).scrollToElement(ref).perform();
        assertTrue(driver.findElement(By.id("note-45")).isDisplayed());
        ref.click();
        assertTrue(driver.getCurrentUrl().endsWith("#note-45"), "a click goes to the note: " + driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector(".popover")).isEmpty(), "no preview over the text");
        assertEquals(List.of(), PageProblems.of(driver));
    }

    @Test
    void eachNoteIsInThePageOnceForScreenReadersAndShortFormsNameTheirSourceInFull() throws IOException {
        ChromeDriver driver = Browsers.get(1440, 900);
        measure(driver, "history.html");
        assertEquals(1L, driver.executeScript("return document.querySelectorAll('[id=\"note-15\"]').length"));
        assertEquals(0L, driver.executeScript("return document.querySelectorAll('main [aria-hidden=true] .note-text').length"));
        String note15 = driver.findElement(By.cssSelector("#note-15 .note-text")).getText();
        assertEquals("Hong, “China’s Afghan Policy,” 1-29. Full reference, note 14: Zhao Hong, “China’s Afghan Policy:"
                + " The Forming of the “March West” Strategy?” The Journal of East Asian Affairs 27, no. 2 (2013): 1-29.", note15);
    }

    @Test
    void withoutJavaScriptTheNotesStayAtTheFoot() throws IOException {
        ChromeDriver driver = Chromium.startWithoutJavaScript(1440, 900);
        try {
            Map<String, Object> facts = measure(driver, "threats.html", false);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) facts.get("rows");
            assertEquals(30, rows.size(), "notes 55 to 84");
            rows.forEach(row -> assertEquals("static", row.get("position"), row.get("id").toString()));
            rows.forEach(row -> assertTrue(driver.findElement(By.id(row.get("id").toString())).isDisplayed()));
            assertEquals(List.of(), PageProblems.of(driver));
        } finally {
            driver.quit();
        }
    }
}
