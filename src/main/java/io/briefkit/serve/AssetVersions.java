package io.briefkit.serve;

import io.briefkit.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses for the preview's style sheets, scripts, fonts and images that change when the file
 * does: {@code css/site.css} becomes {@code css/site.css?v=} and the start of the file's
 * fingerprint, in every page and style sheet the preview serves, and the server lets a browser
 * keep what it fetched at such an address. A page that reloads after an edit then fetches itself
 * and whatever the edit changed, not every asset again; an edited asset has a new address, so
 * nothing stale is ever shown. The built site is not touched: this is the preview's alone.
 */
final class AssetVersions {
    /** Elements whose {@code href} or {@code src} the page loads with it, and the address, relative, without query or fragment. */
    private static final Pattern PAGE = Pattern.compile(
            "(<(?:link|script|img|source)\\b[^>]*?\\s(?:href|src)=\")([^\"?#:%]+)\"");
    /** A style sheet's {@code url(…)}, relative, without query or fragment. */
    private static final Pattern STYLE_SHEET = Pattern.compile("(url\\((['\"]?))([^'\")?#:%]+)\\2\\)");

    private final Path root;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** What a file was, by its attributes, when its version was last taken. */
    private record Known(Object key, long modified, long size, String version) {
    }

    /** Versions of the files under {@code root}, the folder the preview serves. */
    AssetVersions(Path root) {
        this.root = root;
    }

    /** The page {@code file}, whose text is {@code html}, with its assets' addresses versioned. */
    String page(Path file, String html) {
        return rewrite(file, html, PAGE, 1, 2);
    }

    /** The style sheet {@code file}, whose text is {@code css}, with the addresses of what it loads versioned. */
    String styleSheet(Path file, String css) {
        return rewrite(file, css, STYLE_SHEET, 1, 3);
    }

    /**
     * Whether a request for {@code file} with {@code query} asks for the file as it is now, so
     * that the answer may be kept: false for an address without a version, or of an older one.
     */
    boolean current(Path file, String query) {
        String version = version(file);
        return version != null && query != null && query.equals("v=" + version);
    }

    private String rewrite(Path file, String text, Pattern pattern, int before, int address) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 256);
        while (matcher.find()) {
            String reference = matcher.group(address);
            Path target = file.getParent().resolve(reference).normalize();
            String version = reference.endsWith(".html") || !target.startsWith(root) ? null : version(target);
            String replacement = version == null ? matcher.group()
                    : matcher.group(before) + reference + "?v=" + version + text.substring(matcher.end(address), matcher.end());
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The start of the file's fingerprint, taken again only when the file changed; null if there is no such file. */
    String version(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return null;
            }
            Known last = known.get(file);
            if (last != null && java.util.Objects.equals(last.key(), attributes.fileKey())
                    && last.modified() == attributes.lastModifiedTime().toMillis() && last.size() == attributes.size()) {
                return last.version();
            }
            String version = Fingerprint.of(Files.readAllBytes(file)).substring(0, 16);
            known.put(file, new Known(attributes.fileKey(), attributes.lastModifiedTime().toMillis(), attributes.size(),
                    version));
            return version;
        } catch (IOException e) {
            return null;
        }
    }
}
