package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The reader's choice of colours in Chromium: light, dark or the system's, kept between pages and visits. */
class ThemeIT {
    private static final String PAPER = "rgb(253, 252, 249)";
    private static final String NIGHT = "rgb(22, 24, 27)";

    private static String background(ChromeDriver driver) {
        return (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor");
    }

    private static WebElement button(ChromeDriver driver) {
        return new WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("footer .theme-choice button")));
    }

    @Test
    void aChosenSchemeHoldsAcrossPagesFromTheFirstPaintAndAutomaticGoesBackToTheSystems() throws Exception {
        ChromeDriver driver = Browsers.get(1280, 900);
        try {
            driver.get(PreviewIT.SITE.resolve("threats.html").toUri().toString());
            driver.executeScript("localStorage.removeItem('brief-theme')");
            driver.navigate().refresh();
            assertEquals("Colours: automatic", button(driver).getText());
            assertEquals(PAPER, background(driver), "the system's light scheme");
            button(driver).click();
            assertEquals("Colours: light", button(driver).getText());
            button(driver).click();
            assertEquals("Colours: dark", button(driver).getText());
            assertEquals(NIGHT, background(driver));
            driver.get(PreviewIT.SITE.resolve("history.html").toUri().toString());
            assertEquals("dark", driver.executeScript("return document.documentElement.getAttribute('data-theme')"),
                    "set by the time the page is read, by a script in the head");
            assertEquals(NIGHT, background(driver));
            assertEquals("Colours: dark", button(driver).getText());
            @SuppressWarnings("unchecked")
            List<Object> script = (List<Object>) driver.executeScript("var s = document.body.firstElementChild;"
                    + " return [s.tagName, /theme\\.js$/.test(s.src), !s.defer && !s.async];");
            assertEquals(List.of("SCRIPT", true, true), script,
                    "a script run before anything in the body is drawn: no flash of the other scheme");
            button(driver).click();
            assertEquals("Colours: automatic", button(driver).getText());
            assertNull(driver.executeScript("return document.documentElement.getAttribute('data-theme')"));
            assertNull(driver.executeScript("return localStorage.getItem('brief-theme')"));
            assertEquals(PAPER, background(driver));
            assertTrue(PageProblems.of(driver).isEmpty(), PageProblems.of(driver).toString());
        } finally {
            driver.executeScript("localStorage.removeItem('brief-theme')");
            driver.get("about:blank");
        }
    }
}
