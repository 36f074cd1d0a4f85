package io.briefkit.bake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The site's stylesheets and scripts are written for their editors, with comments, and served
 * without them: every page loads them, so their comments would count against every page's
 * budget. In a stylesheet, comments go, and the spaces and line breaks around braces, ">",
 * semicolons, commas and after colons, which never carry meaning there (the space before a
 * colon, which does, stays). In a script, only comments that fill their lines go, and the
 * indentation, so nothing inside a string or a regular expression is ever touched.
 */
final class AssetComments {
    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern JS_COMMENT = Pattern.compile("(?m)^[ \\t]*/\\*.*?\\*/[ \\t]*$", Pattern.DOTALL);
    private static final Pattern JS_LINE_COMMENT = Pattern.compile("(?m)^[ \\t]*//.*$");
    private static final Pattern CSS_SPACE = Pattern.compile("\\s*([{};,>])\\s*");
    private static final Pattern CSS_COLON = Pattern.compile(":\\s+");
    private static final Pattern CSS_LAST_SEMICOLON = Pattern.compile(";}");
    private static final Pattern INDENT = Pattern.compile("(?m)^[ \\t]+|[ \\t]+$");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    /** Beyond this many remembered files, what is remembered is forgotten. */
    private static final int REMEMBERED = 256;
    /** Each file as served, by its kind and its text as written, for a baker that bakes again and again. */
    private final java.util.Map<String, String> served = new java.util.HashMap<>();

    /** Strips the stylesheets and scripts of the baked {@code site}, each stripped once for as long as its text is the same. */
    void strip(Path site) throws IOException {
        strip(site.resolve("css"), ".css");
        strip(site.resolve("js"), ".js");
    }

    private void strip(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(f -> f.toString().endsWith(extension)).toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (served.size() >= REMEMBERED) {
                served.clear();
            }
            String bare = served.computeIfAbsent(extension + "\n" + text,
                    key -> extension.equals(".css") ? css(text) : script(text));
            if (!bare.equals(text)) {
                Files.writeString(file, bare, StandardCharsets.UTF_8);
            }
        }
    }

    static String css(String css) {
        String bare = CSS_COMMENT.matcher(css).replaceAll("");
        bare = CSS_COLON.matcher(CSS_SPACE.matcher(bare).replaceAll("$1")).replaceAll(":");
        return CSS_LAST_SEMICOLON.matcher(bare).replaceAll("}").strip() + "\n";
    }

    static String script(String script) {
        return tidy(JS_LINE_COMMENT.matcher(JS_COMMENT.matcher(script).replaceAll("")).replaceAll(""));
    }

    private static String tidy(String text) {
        return BLANK_LINES.matcher(INDENT.matcher(text).replaceAll("")).replaceAll("\n").strip() + "\n";
    }
}
