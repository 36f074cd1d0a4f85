package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The pages as Chromium prints them, with print media emulated, in the reader's dark
 * scheme too: nothing of the screen's navigation, forms or buttons shows, the text is black
 * on white, and no line of the text runs longer than 90 characters.
 */
class PrintIT {
    static final List<String> PAGES = List.of("index.html", "threats.html", "notes.html", "glossary.html",
            "actor-afghanistan.html", "search.html", "brief.html");

    /** What is still visible of the screen's interface: navigation, forms, buttons and back-links. */
    private static final String VISIBLE_INTERFACE = "return Array.from(document.querySelectorAll("
            + "'nav, form, input, button, .permalink, [role=doc-backlink], .downloads, .editions, .skip-link'))"
            + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0"
            + " && getComputedStyle(e).visibility !== 'hidden'; })"
            + ".map(function (e) { return e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''); });";

    /** The longest line of the text, in characters: each character's line found by its box's top. */
    private static final String LONGEST_LINE = "var longest = 0, where = '';"
            + "document.querySelectorAll('main p, main li, main dd').forEach(function (block) {"
            + "  var lines = {}; var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT); var range = document.createRange();"
            + "  for (var node = walker.nextNode(); node; node = walker.nextNode()) {"
            + "    for (var i = 0; i < node.length; i++) {"
            + "      range.setStart(node, i); range.setEnd(node, i + 1); var boxes = range.getClientRects();"
            + "      if (boxes.length) { var top = Math.round(boxes[0].top); lines[top] = (lines[top] || 0) + 1; }"
            + "    }"
            + "  }"
            + "  Object.keys(lines).forEach(function (top) { if (lines[top] > longest) { longest = lines[top];"
            + "    where = block.textContent.trim().slice(0, 60); } });"
            + "});"
            + "return [longest, where];";

    @Test
    void printedPagesShowNoInterfaceAreBlackOnWhiteAndKeepAReadableMeasure() throws IOException {
        ChromeDriver driver = Browsers.get(1280, 900);
        List<String> problems = new ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                for (String page : PAGES) {
                    driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
                    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print",
                            "features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
                    String where = page + " (" + scheme + "): ";
                    List<?> visible = (List<?>) driver.executeScript(VISIBLE_INTERFACE);
                    if (!visible.isEmpty()) {
                        problems.add(where + "prints " + visible);
                    }
                    Object colours = driver.executeScript("var s = getComputedStyle(document.body);"
                            + " return s.color + ' on ' + s.backgroundColor;");
                    if (!"rgb(0, 0, 0) on rgb(255, 255, 255)".equals(colours)) {
                        problems.add(where + "prints " + colours);
                    }
                    List<?> longest = (List<?>) driver.executeScript(LONGEST_LINE);
                    if (((Number) longest.get(0)).intValue() > 90) {
                        problems.add(where + "a line of " + longest.get(0) + " characters, in “" + longest.get(1) + "…”");
                    }
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
        }
        assertEquals(List.of(), problems);
    }
}
