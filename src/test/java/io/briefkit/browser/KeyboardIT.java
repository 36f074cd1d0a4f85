package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard use and page semantics in Chromium: a skip link first, a visible focus on every
 * stop, nothing focused hidden under anything else, a tab order that follows the page,
 * targets of at least 24 by 24 pixels outside running text, and the landmarks, headings,
 * language and DPUB-ARIA roles a screen reader relies on.
 */
class KeyboardIT {
    static final List<String> PAGES = List.of("index.html", "history.html", "threats.html", "notes.html",
            "glossary.html", "actor-is-k.html", "search.html");
    /** What the script reports about the focused element; a link that wraps is judged by its first line. */
    private static final String FOCUSED = "var e = document.activeElement, r = e.getClientRects()[0] || e.getBoundingClientRect(),"
            + " s = getComputedStyle(e), x = r.left + r.width / 2, y = r.top + r.height / 2,"
            + " hit = document.elementFromPoint(Math.min(Math.max(x, 0), innerWidth - 1), Math.min(Math.max(y, 0), innerHeight - 1));"
            + " return {tag: e.tagName, text: (e.getAttribute('aria-label') || e.textContent || e.id).trim().slice(0, 40),"
            + " outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0,"
            + " inView: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,"
            + " covered: !(hit === e || e.contains(hit) || (hit && hit.contains(e)))};";

    ChromeDriver driver;

    /** Opens a page and waits until its scripts have run, with nothing focused yet. */
    private void open(String page) {
        driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                js("return document.readyState === 'complete'")));
        js("if (document.activeElement) { document.activeElement.blur(); } window.focus();");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 900", "375, 812"})
    void everyFocusStopIsVisibleAndUncoveredAndTheSkipLinkComesFirst(int width, int height) throws IOException {
        driver = Browsers.get(width, height);
        List<String> problems = new ArrayList<>();
        for (String page : PAGES) {
            open(page);
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement skip = driver.switchTo().activeElement();
            if (!"skip-link".equals(skip.getAttribute("class"))) {
                problems.add(page + ": the first Tab reaches " + skip.getText() + ", not the skip link");
            }
            for (int stop = 0; stop < 400; stop++) {
                @SuppressWarnings("unchecked")
                Map<String, Object> f = (Map<String, Object>) js(FOCUSED);
                if ("BODY".equals(f.get("tag"))) {
                    break;
                }
                String name = page + " stop " + stop + " (" + f.get("tag") + " " + f.get("text") + ")";
                if (!(Boolean) f.get("outline")) {
                    problems.add(name + ": no visible focus outline");
                }
                if (!(Boolean) f.get("inView")) {
                    problems.add(name + ": focused but out of view");
                } else if ((Boolean) f.get("covered")) {
                    problems.add(name + ": focused but covered by another element");
                }
                new Actions(driver).sendKeys(Keys.TAB).perform();
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theSkipLinkTakesTheReaderToTheText() throws IOException {
        driver = Browsers.get(1280, 900);
        open("history.html");
        new Actions(driver).sendKeys(Keys.TAB).sendKeys(Keys.ENTER).sendKeys(Keys.TAB).perform();
        assertTrue(driver.getCurrentUrl().endsWith("#main"));
        assertEquals(Boolean.TRUE, js("return document.querySelector('main').contains(document.activeElement)"),
                "the next Tab goes into the text, past the contents");
    }

    @Test
    void targetsOutsideRunningTextAreAtLeast24PixelsAndNoTabindexReordersThePage() throws IOException {
        List<String> problems = new ArrayList<>();
        for (int[] size : new int[][] {{1280, 900}, {375, 812}}) {
            driver = Browsers.get(size[0], size[1]);
            for (String page : PAGES) {
                open(page);
                @SuppressWarnings("unchecked")
                List<String> small = (List<String>) js("return Array.from(document.querySelectorAll("
                        + "'.toc a, .toc summary, .pager a, .masthead a, .masthead input, .masthead button, .search-form input,"
                        + " .search-form button, .skip-link')).filter(function (e) { var r = e.getBoundingClientRect();"
                        + " return e.checkVisibility() && (r.width < 24 || r.height < 24) && e !== document.querySelector('.skip-link') || false; })"
                        + ".map(function (e) { var r = e.getBoundingClientRect(); return e.textContent.trim() + ' ' + Math.round(r.width) + 'x' + Math.round(r.height); });");
                small.forEach(s -> problems.add(page + " at " + size[0] + "px: " + s));
                Object positive = js("return document.querySelectorAll('[tabindex]:not([tabindex=\"-1\"]):not([tabindex=\"0\"])').length");
                if (((Number) positive).intValue() > 0) {
                    problems.add(page + ": a positive tabindex reorders the page");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPageHasItsLandmarksOneHeadingOneAndItsLanguage() throws IOException {
        driver = Browsers.get(1280, 900);
        List<String> problems = new ArrayList<>();
        for (String page : AccessibilityIT.pages()) {
            driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
            Object counts = js("return [document.querySelectorAll('h1').length, document.querySelectorAll('main').length,"
                    + " document.querySelectorAll('body > header').length, document.querySelectorAll('body > footer').length,"
                    + " document.querySelectorAll('nav[aria-label]').length, document.documentElement.lang,"
                    + " document.querySelectorAll('.pull-quote:not([aria-hidden=true])').length].join(' ')");
            if (!String.valueOf(counts).matches("1 1 1 1 [12] en 0")) {
                problems.add(page + ": h1, main, banner, contentinfo, navigation, lang, unhidden pull quotes = " + counts);
            }
        }
        assertEquals(List.of(), problems);
    }
}
