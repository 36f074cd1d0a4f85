package io.briefkit.serve;

import io.briefkit.Fingerprint;
import io.briefkit.SiteFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Addresses for what the preview's pages load with them (style sheets, scripts, icons, images)
 * that change when the file does: {@code css/site.css} becomes {@code css/site.css?v=} and the
 * start of the file's fingerprint in every page the preview serves, and the server lets a
 * browser keep what it fetched at such an address, for the bytes it answers are those of that
 * version or are not kept. A page that reloads after an edit then fetches itself and whatever the
 * edit changed, not every asset again; an edited asset has a new address. What is loaded by
 * other means (the fonts a style sheet names, what a script fetches) keeps its address and is
 * revalidated by its {@link #of fingerprint} instead. The built site is not touched: this is the
 * preview's alone.
 */
final class AssetVersions {
    /** Elements whose {@code href} or {@code src} the page loads with it, and the address, relative, without query or fragment. */
    private static final Pattern PAGE = Pattern.compile(
            "(<(?:link|script|img|source)\\b[^>]*?\\s(?:href|src)=\")([^\"?#:%]+)\"");

    private final Path root;
    private final Map<Path, Known> known = new ConcurrentHashMap<>();

    /** What a file was, by its attributes, when its version was last taken. */
    private record Known(Object key, long modified, long size, String version) {
    }

    /** Versions of the files under {@code root}, the folder the preview serves. */
    AssetVersions(Path root) {
        this.root = root;
    }

    /** The version of a file whose bytes are {@code bytes}: the start of their fingerprint. */
    static String of(byte[] bytes) {
        return Fingerprint.of(bytes).substring(0, 16);
    }

    /** The page {@code file}, whose text is {@code html}, with its assets' addresses versioned. */
    String page(Path file, String html) {
        Matcher matcher = PAGE.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 256);
        while (matcher.find()) {
            String reference = matcher.group(2);
            String version = reference.endsWith(".html") ? null : version(file.getParent(), reference);
            String replacement = version == null ? matcher.group() : matcher.group(1) + reference + "?v=" + version + "\"";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The version of the file {@code reference} names from {@code folder}, or null if it is not a file of the site. */
    private String version(Path folder, String reference) {
        try {
            Path target = folder.resolve(reference).normalize();
            return target.startsWith(root) ? version(target) : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** The file's version, taken again only when the file changed; null if there is no such file. */
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
            String version = of(SiteFiles.read(file));
            known.put(file, new Known(attributes.fileKey(), attributes.lastModifiedTime().toMillis(), attributes.size(),
                    version));
            return version;
        } catch (IOException e) {
            return null;
        }
    }
}
