package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's heading near the top of a phone's screen, in Chromium at 375 × 812: a one-line
 * masthead with a search button, the contents behind a disclosure that names the part being
 * read; on a wide screen the contents open beside the text.
 */
class PhoneLayoutIT {
    private static final List<String> PAGES;

    static {
        List<String> pages = new ArrayList<>(BriefPages.PARTS);
        pages.addAll(List.of("brief.html", "search.html", "about.html", "sources.html", "actor-imu.html", "404.html"));
        PAGES = List.copyOf(pages);
    }

    private static void open(ChromeDriver driver, String page) {
        driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
        BriefPages.loaded(driver);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> facts(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("var box = function (s) { var e = document.querySelector(s);"
                + " return e ? e.getBoundingClientRect() : null; };"
                + "var list = document.querySelector('nav.toc ol');"
                + "return {h1: box('main h1').top, masthead: box('header.masthead').height,"
                + " overflow: document.documentElement.scrollWidth - innerWidth,"
                + " listShown: list.checkVisibility(),"
                + " summary: document.querySelector('nav.toc summary').checkVisibility()"
                + "   ? document.querySelector('nav.toc summary').textContent : null,"
                + " searchBoxes: Array.from(document.querySelectorAll('input[type=search]')).filter(function (i) {"
                + "   return i.checkVisibility(); }).length};");
    }

    @Test
    void onAPhoneEveryPagesHeadingStartsWithinTheFirst200PixelsUnderAOneLineMasthead() throws IOException {
        ChromeDriver driver = Browsers.get(375, 812);
        for (String page : PAGES) {
            open(driver, page);
            Map<String, Object> facts = facts(driver);
            assertTrue(((Number) facts.get("h1")).doubleValue() <= 200, page + ": h1 at " + facts.get("h1"));
            assertTrue(((Number) facts.get("masthead")).doubleValue() <= 56, page + ": masthead " + facts.get("masthead") + " px high");
            assertEquals(0, ((Number) facts.get("overflow")).intValue(), page + ": nothing wider than the screen");
            assertFalse((Boolean) facts.get("listShown"), page + ": the contents wait behind their disclosure");
            assertTrue(((String) facts.get("summary")).startsWith("Contents"), page);
            assertTrue(((Number) facts.get("searchBoxes")).intValue() <= 1, page + ": one search box at most");
            assertEquals(List.of(), PageProblems.of(driver), page);
        }
    }

    @Test
    void theDisclosureNamesThePartAndOpensToTheContents() throws IOException {
        ChromeDriver driver = Browsers.get(375, 812);
        open(driver, "threats.html");
        WebElement summary = driver.findElement(By.cssSelector("nav.toc summary"));
        assertEquals("Contents: The Shared Threat of Terrorism", summary.getText());
        summary.click();
        WebElement current = driver.findElement(By.cssSelector("nav.toc a[aria-current=page]"));
        assertTrue(current.isDisplayed());
        assertEquals("The Shared Threat of Terrorism", current.getText());
    }

    @Test
    void searchIsOneTapAwayAndTheSearchPageHasOneBox() throws IOException {
        ChromeDriver driver = Browsers.get(375, 812);
        open(driver, "china.html");
        WebElement button = driver.findElement(By.cssSelector("header.masthead a.search-link"));
        assertTrue(button.isDisplayed());
        assertFalse(driver.findElement(By.cssSelector("header.masthead form")).isDisplayed());
        assertTrue(button.getSize().getWidth() >= 44 && button.getSize().getHeight() >= 44, "a target for a thumb");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("search.html#q"));
        assertEquals(1, ((Number) facts(driver).get("searchBoxes")).intValue());
        assertEquals("q", driver.switchTo().activeElement().getAttribute("id"), "ready to type");
    }

    @Test
    void theOverviewAndTheSinglePageNameTheSeriesAndTheTitleOnceAtTheirHead() throws IOException {
        for (int[] size : List.of(new int[] {375, 812}, new int[] {1440, 900})) {
            ChromeDriver driver = Browsers.get(size[0], size[1]);
            for (String page : List.of("index.html", "brief.html")) {
                open(driver, page);
                String where = page + " at " + size[0] + " px";
                String masthead = driver.findElement(By.cssSelector("header.masthead")).getText();
                assertTrue(masthead.startsWith("ORF Issue Brief No. 636"), where + ": " + masthead);
                assertFalse(masthead.contains("China and Russia"), where + ": " + masthead);
                String main = driver.findElement(By.tagName("main")).getText();
                assertEquals("China and Russia Navigate Shared Threat of Terrorism from Afghanistan",
                        driver.findElement(By.cssSelector("main h1")).getText(), where);
                assertFalse(main.substring(0, main.indexOf("China and Russia")).contains("ORF Issue Brief"), where + ": the series again");
            }
        }
    }

    @Test
    void onAWideScreenTheContentsStandOpenBesideTheText() throws IOException {
        ChromeDriver driver = Browsers.get(1440, 900);
        for (String page : List.of("index.html", "china.html", "glossary.html")) {
            open(driver, page);
            Map<String, Object> facts = facts(driver);
            assertTrue((Boolean) facts.get("listShown"), page);
            assertEquals(null, facts.get("summary"), page + ": no disclosure to open");
            assertEquals(1, ((Number) facts.get("searchBoxes")).intValue(), page);
        }
    }
}
