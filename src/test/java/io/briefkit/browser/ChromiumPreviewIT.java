package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The note preview in Debian's Chromium, over the built site opened from disk. */
class ChromiumPreviewIT {
    ChromeDriver driver;

    @AfterEach
    void tearDown() {
        if (driver != null) {
            assertEquals(List.of(), PageProblems.of(driver), "console errors and failed requests");
        }
    }

    private void open(String page, int width, int height) throws IOException {
        driver = Browsers.get(width, height);
        driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
    }

    /** Saves what the reader sees to target/screenshots/, for looking at a change of layout. */
    private void screenshot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private WebElement ref(int note) {
        return driver.findElement(By.cssSelector("a[role=doc-noteref][href='#note-" + note + "']"));
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(10));
    }

    private boolean popoverShown() {
        return !driver.findElements(By.cssSelector(".popover")).isEmpty();
    }

    @Test
    void tabToAReferenceShowsItsNoteAndEscapeReturnsFocus() throws IOException {
        // Below the width at which the notes stand in the margin (MarginNotesIT), where notes preview.
        open("history.html", 1100, 900);
        WebElement ref = ref(8);
        // Focus whatever precedes the reference in tab order, then press Tab as a keyboard user would.
        driver.executeScript("var all = Array.from(document.querySelectorAll('a[href], button'));"
                + "all[all.indexOf(arguments[0]) - 1].focus()", ref);
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals(ref, driver.switchTo().activeElement(), "Tab reaches the reference");
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        assertTrue(box.getText().contains("Beijing's Afghan Gamble") || box.getText().contains("Beijing’s Afghan Gamble"),
                box.getText());
        screenshot("preview-desktop");
        Rectangle r = box.getRect();
        assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= 1100, "popover inside the window: " + r.getX() + "+" + r.getWidth());
        assertEquals(box.findElement(By.className("popover-text")).getAttribute("id"), ref.getAttribute("aria-describedby"));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertTrue(!popoverShown(), "Escape closes");
        assertEquals(ref, driver.switchTo().activeElement(), "focus stays on the reference");
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertEquals("permalink", driver.switchTo().activeElement().getAttribute("class"),
                "Tab goes on through the text, to the paragraph's permalink, not into the preview");
    }

    @Test
    void hoverShowsTheNoteWhichStaysWhileHoveredAndGoesWhenLeft() throws IOException {
        open("threats.html", 1100, 900);
        WebElement ref = ref(63);
        new Actions(driver).scrollToElement(ref).moveToElement(ref).perform();
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        // The behaviour under test is a delay: preview.js closes a preview 350 ms after the
        // pointer leaves its link, unless the pointer is on the preview. Twice that must pass.
        new Actions(driver).moveToElement(box).pause(Duration.ofMillis(700)).perform();
        assertTrue(popoverShown(), "hoverable");
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector("main h1"))).perform();
        waiting().until(d -> !popoverShown());
    }

    @Test
    void onAPhoneATapShowsTheNoteAsASheetAndASecondTapGoesToIt() throws IOException {
        open("russia.html", 375, 812);
        WebElement ref = ref(50);
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", ref);
        ref.click();
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        assertTrue(box.getAttribute("class").contains("popover-sheet"));
        screenshot("preview-phone");
        Rectangle r = box.getRect();
        assertTrue(r.getX() >= 0 && r.getX() + r.getWidth() <= 375, "sheet inside the screen: " + r.getX() + "+" + r.getWidth());
        assertTrue(!driver.getCurrentUrl().contains("#"), "first tap stays");
        ref.click();
        assertTrue(driver.getCurrentUrl().endsWith("#note-50"), driver.getCurrentUrl());
    }

    @Test
    void hoverOnAGlossaryLinkShowsWhoTheActorIs() throws IOException {
        open("threats.html", 1280, 900);
        WebElement imu = driver.findElement(By.cssSelector("a[role=doc-glossref][href='actor-imu.html']"));
        new Actions(driver).scrollToElement(imu).moveToElement(imu).perform();
        WebElement box = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".popover")));
        assertTrue(box.getText().startsWith("Islamic Movement of Uzbekistan (armed group)"), box.getText());
        screenshot("preview-glossary");
    }

    @Test
    void backLinkReturnsToTheReference() throws IOException {
        open("notes.html", 1280, 900);
        driver.findElement(By.cssSelector("#note-71 a[role=doc-backlink]")).click();
        assertTrue(driver.getCurrentUrl().endsWith("threats.html#note-71-ref-1"), driver.getCurrentUrl());
        Object top = driver.executeScript("return document.getElementById('note-71-ref-1').getBoundingClientRect().top");
        double y = ((Number) top).doubleValue();
        assertTrue(y >= 0 && y < 900, "the reference is in view: " + y);
    }
}
