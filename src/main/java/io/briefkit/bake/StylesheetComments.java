package io.briefkit.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site's stylesheets are written for their editors, with comments, and served without
 * them: every page loads the stylesheet, so its comments would count against every page's
 * budget. Only comments and the indentation of lines go; the rules are served as written.
 */
final class StylesheetComments {
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern INDENT = Pattern.compile("(?m)^[ \\t]+|[ \\t]+$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    private StylesheetComments() {
    }

    static void strip(Path site) throws IOException {
        Path css = site.resolve("css");
        if (!Files.isDirectory(css)) {
            return;
        }
        List<Path> sheets;
        try (Stream<Path> files = Files.list(css)) {
            sheets = files.filter(f -> f.toString().endsWith(".css")).toList();
        }
        for (Path sheet : sheets) {
            String text = Files.readString(sheet, StandardCharsets.UTF_8);
            String served = strip(text);
            if (!served.equals(text)) {
                Files.writeString(sheet, served, StandardCharsets.UTF_8);
            }
        }
    }

    static String strip(String css) {
        String text = COMMENT.matcher(css).replaceAll("");
        text = INDENT.matcher(text).replaceAll("");
        return BLANK_LINES.matcher(text).replaceAll("\n").strip() + "\n";
    }
}
