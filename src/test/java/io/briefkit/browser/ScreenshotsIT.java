package io.briefkit.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Screenshots of every page on a phone (375 × 812) and a desktop (1440 × 900), kept as the
 * build's output for a person to look at: {@code target/screenshots/}, with an index page that
 * sets each beside the same page's screenshot from the run before, moved to
 * {@code target/screenshots-before/}. Run the tests before a change of layout and after it,
 * and the index shows what changed.
 */
class ScreenshotsIT {
    private static final Path AFTER = Path.of("target/screenshots");
    private static final Path BEFORE = Path.of("target/screenshots-before");
    private static final List<int[]> SIZES = List.of(new int[] {375, 812}, new int[] {1440, 900});

    @Test
    void everyPageOnAPhoneAndADesktop() throws IOException {
        if (Files.isDirectory(AFTER.resolve("375"))) {
            Chromium.delete(BEFORE);
            Files.move(AFTER, BEFORE);
        }
        List<String> pages;
        try (Stream<Path> files = Files.list(PreviewIT.SITE)) {
            pages = files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".html")).sorted().toList();
        }
        StringBuilder index = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Screenshots</title></head><body><h1>Screenshots: before and after</h1>");
        for (int[] size : SIZES) {
            ChromeDriver driver = Browsers.get(size[0], size[1]);
            Path folder = Files.createDirectories(AFTER.resolve(String.valueOf(size[0])));
            index.append("<h2>").append(size[0]).append(" × ").append(size[1]).append("</h2>");
            for (String page : pages) {
                driver.get(PreviewIT.SITE.resolve(page).toUri().toString());
                BriefPages.laidOut(driver);
                String name = page.replaceFirst("\\.html$", ".png");
                byte[] png = driver.getScreenshotAs(OutputType.BYTES);
                Files.write(folder.resolve(name), png);
                assertTrue(png.length > 1000, page + " at " + size[0]);
                String before = "../screenshots-before/" + size[0] + "/" + name;
                index.append("<h3>").append(page).append("</h3><p>");
                if (Files.isRegularFile(BEFORE.resolve(String.valueOf(size[0])).resolve(name))) {
                    index.append("<img src=\"").append(before).append("\" width=\"").append(size[0] / 2)
                            .append("\" alt=\"before\"> ");
                }
                index.append("<img src=\"").append(size[0]).append('/').append(name).append("\" width=\"").append(size[0] / 2)
                        .append("\" alt=\"after\"></p>");
            }
        }
        Files.writeString(AFTER.resolve("index.html"), index.append("</body></html>\n"), StandardCharsets.UTF_8);
        try (Stream<Path> shots = Files.list(AFTER.resolve("375"))) {
            assertEquals(pages.size(), shots.count(), "one phone screenshot a page");
        }
    }
}
