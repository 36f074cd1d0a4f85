package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Arriving at a place in the brief, in Chromium: by a note's back-link, from the notes page or
 * the part's own list, on a wide screen, a narrow one and a phone, or by a paragraph's address.
 * The reader lands with what leads up to the place in view, the citing sentence marked, and no
 * preview over the text.
 */
class LandingIT {
    /** The sentence that cites note 59 (The Shared Threat of Terrorism, paragraph 2), with its marker. */
    private static final String CITES_59 = "In 2022, the Russian foreign minister claimed that IS-K, Jamaat Ansarullah, and the"
            + " Islamic Movement of Uzbekistan (IMU) were using Afghanistan as a base from where it exports instability to"
            + " Russia by destabilising Central Asian states.59";
    /** The sentence that cites note 58, in the same paragraph. */
    private static final String CITES_58 = "Similarly, Moscow has expressed concerns about the proliferation of jihadists"
            + " from Afghanistan into the Central Asian republics.58";
    /** The sentence that cites note 50, the first of Afghanistan in Russia's Calculus. */
    private static final String CITES_50 = "While Moscow’s immediate economic interests in Afghanistan are less pronounced, in"
            + " its new foreign policy doctrine released in 2023 Kremlin envisions integrating Afghanistan into the Eurasian space.50";

    /** The marked sentence's text and its box in the window, or null if nothing is marked. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> marked(ChromeDriver driver) {
        return (Map<String, Object>) driver.executeScript("var h = CSS.highlights.get('landing');"
                + "if (!h || h.size !== 1) { return null; }"
                + "var range = h.values().next().value; var box = range.getBoundingClientRect();"
                + "return {text: range.toString(), top: box.top, bottom: box.bottom, height: innerHeight};");
    }

    private static double number(Map<String, Object> facts, String key) {
        return ((Number) facts.get(key)).doubleValue();
    }

    private static void assertInViewWithLinesAbove(Map<String, Object> sentence, String where) {
        assertTrue(number(sentence, "bottom") <= number(sentence, "height"), where + ": the sentence ends in view " + sentence);
        assertTrue(number(sentence, "top") >= 60, where + ": with a line or more of what comes before it above " + sentence);
    }

    private static boolean previewShown(ChromeDriver driver) {
        return !driver.findElements(By.cssSelector(".popover")).isEmpty();
    }

    @Test
    void fromTheNotesPageTheCitingSentenceIsInViewAndMarkedWithNoPreview() throws IOException {
        for (int[] size : List.of(new int[] {1440, 900}, new int[] {1100, 900})) {
            ChromeDriver driver = Browsers.get(size[0], size[1]);
            driver.get(PreviewIT.SITE.resolve("notes.html").toUri().toString());
            driver.findElement(By.cssSelector("#note-59 a[role=doc-backlink]")).click();
            BriefPages.loaded(driver);
            String where = size[0] + " px";
            assertTrue(driver.getCurrentUrl().endsWith("threats.html#note-59-ref-1"), driver.getCurrentUrl());
            Map<String, Object> sentence = marked(driver);
            assertEquals(CITES_59, sentence.get("text"), where);
            assertInViewWithLinesAbove(sentence, where);
            assertTrue(!previewShown(driver), where + ": no preview on arrival");
            assertEquals(List.of(), PageProblems.of(driver));
        }
    }

    @Test
    void backFromThePartsOwnNotesTheSameAndAKeyboardUserStillGetsThePreviewOnTheWayBack() throws IOException {
        ChromeDriver driver = Browsers.get(1100, 900);
        driver.get(PreviewIT.SITE.resolve("threats.html").toUri().toString());
        BriefPages.loaded(driver);
        WebElement back = driver.findElement(By.cssSelector("#note-58 a[role=doc-backlink]"));
        driver.executeScript("arguments[0].scrollIntoView()", back);
        back.sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#note-58-ref-1"));
        Map<String, Object> sentence = marked(driver);
        assertEquals(CITES_58, sentence.get("text"));
        assertInViewWithLinesAbove(sentence, "same page");
        assertTrue(!previewShown(driver), "no preview on arrival");
        WebElement ref = driver.findElement(By.id("note-58-ref-1"));
        ref.sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(ref, driver.switchTo().activeElement());
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertTrue(marked(driver) == null, "the mark goes once the reader moves on");
    }

    @Test
    void onAPhoneTheSentenceIsInViewUnderTheHeader() throws IOException {
        ChromeDriver driver = Browsers.get(375, 812);
        driver.get(PreviewIT.SITE.resolve("notes.html").toUri().toString());
        driver.findElement(By.cssSelector("#note-50 a[role=doc-backlink]")).click();
        BriefPages.loaded(driver);
        Map<String, Object> sentence = marked(driver);
        assertEquals(CITES_50, sentence.get("text"));
        assertInViewWithLinesAbove(sentence, "375 px");
        assertTrue(!previewShown(driver), "no preview sheet on arrival");
    }

    @Test
    void aParagraphsAddressLandsItAFewLinesDownWithTheEndOfTheOneBeforeInView() throws IOException {
        ChromeDriver driver = Browsers.get(1440, 900);
        driver.get(PreviewIT.SITE.resolve("threats.html").toUri() + "#p-threats-5");
        BriefPages.loaded(driver);
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) driver.executeScript("var p = document.getElementById('p-threats-5');"
                + "var before = p.previousElementSibling.getBoundingClientRect();"
                + "return {top: p.getBoundingClientRect().top, before: before.bottom};");
        assertTrue(number(box, "top") >= 60 && number(box, "top") <= 200, "the paragraph starts near the top: " + box);
        assertTrue(number(box, "before") > 0, "and the end of what comes before it shows: " + box);
    }
}
