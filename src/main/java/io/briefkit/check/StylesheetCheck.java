package io.briefkit.check;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every file a stylesheet of the site names ({@code url(…)}, {@code @import}) is a relative file of the site that exists. */
final class StylesheetCheck {
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    private StylesheetCheck() {
    }

    /** The problems of the stylesheet {@code css} of {@code site}, each at its line. */
    static List<Finding> check(Path site, String css) throws IOException {
        List<Finding> findings = new ArrayList<>();
        List<String> lines = Files.readAllLines(site.resolve(css));
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = CSS_URL.matcher(lines.get(i));
            while (m.find()) {
                String url = m.group(1) != null ? m.group(1).strip() : m.group(2);
                String problem = url.startsWith("data:") ? null
                        : url.contains(":") || url.startsWith("/") ? "asset must be a relative file of the site"
                        : Files.isRegularFile(site.resolve(LinkChecker.resolve(css, url) == null ? "\0" : LinkChecker.resolve(css, url)))
                        ? null : "missing asset";
                if (problem != null) {
                    findings.add(new Finding(css, i + 1, problem + ": \"" + url + "\""));
                }
            }
        }
        return findings;
    }
}
