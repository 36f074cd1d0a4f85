package io.briefkit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page costs a reader on first load: the bytes of the page and of everything it
 * loads before it can be read (stylesheets, scripts, icons, images), uncompressed, and the
 * number of requests. Files a script loads later, such as the search index or the glossary's
 * previews, the stylesheet for print, which a browser fetches without waiting for it, and what
 * only a browser without JavaScript loads (from a noscript element), are not part of the
 * first load. The fonts the stylesheets name are weighed apart:
 * a reader downloads them once for the whole site, and they have their own budget ({@link FontBudget}).
 *
 * @param kilobytes the most a page may weigh, in thousands of bytes; 0 for no limit
 * @param requests  the most requests a page may make, itself included; 0 for no limit
 * @param settings  where an editor changes these limits, for the message
 */
public record Budget(int kilobytes, int requests, String settings) {
    /** The files a page loads as it opens. */
    private static final String LOADS = "link[rel~=stylesheet][href]:not([media=print]), link[rel~=icon][href], link[rel~=preload][href],"
            + " link[rel~=modulepreload][href], script[src], img[src]:not([loading=lazy]), video[poster], input[type=image][src]";
    private static final Pattern FONT_FILE = Pattern.compile(".*\\.(?:woff2?|ttf|otf)");
    private static final Pattern FONT = Pattern.compile("url\\(\\s*['\"]?([^'\")]+\\.(?:woff2?|ttf|otf))['\"]?\\s*\\)");

    /** The budget of every page, set by {@code budget.page.kb} and {@code budget.page.requests}. */
    public Budget(int kilobytes, int requests) {
        this(kilobytes, requests, "budget.page.kb and budget.page.requests in jbake.properties");
    }

    /** One page's first load, in bytes by kind, and the fonts its stylesheets name, which it does not count. */
    public record Weight(String page, long html, long css, long js, long other, int requests, Set<String> fonts) {
        public long total() {
            return html + css + js + other;
        }

        String describe() {
            return String.format(Locale.ROOT, "%s (HTML %s, CSS %s, JS %s, other %s) in %d requests",
                    kb(total()), kb(html), kb(css), kb(js), kb(other), requests);
        }
    }

    /** Weighs {@code page}, whose HTML is {@code bytes} long, by what {@code document} loads from {@code site}. */
    public static Weight weigh(Path site, String page, long bytes, Document document) {
        return weigh(new Assets(site), page, bytes, loads(page, document));
    }

    /**
     * The site's files as the budget sees them: each file's size and each stylesheet's fonts,
     * looked up once for all the pages weighed in one check of the site, which load the same few.
     */
    static final class Assets {
        private final Path site;
        private final java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        private final java.util.Map<String, Set<String>> fonts = new java.util.HashMap<>();

        Assets(Path site) {
            this.site = site;
        }

        long size(String file) {
            return sizes.computeIfAbsent(file, f -> Budget.size(site.resolve(f)));
        }

        Set<String> fonts(String sheet) {
            return fonts.computeIfAbsent(sheet, s -> Budget.fonts(site, s));
        }
    }

    /** The site's files that {@code document}, the page {@code page}, loads as it opens (fonts aside). */
    static Set<String> loads(String page, Document document) {
        Set<String> files = new LinkedHashSet<>();
        for (Element asset : document.select(LOADS)) {
            // What a noscript element holds loads only without JavaScript, when no script does.
            if (asset.closest("noscript") != null) {
                continue;
            }
            String url = asset.hasAttr("src") ? asset.attr("src") : asset.hasAttr("poster") ? asset.attr("poster") : asset.attr("href");
            String file = LinkChecker.resolve(page, stripFragment(url));
            if (file != null) {
                files.add(file);
            }
        }
        return files;
    }

    /**
     * Weighs a page by the files it loads, found by {@link #loads}, and names the fonts their
     * stylesheets name; {@code assets} are the site's, shared by the pages of one check.
     */
    static Weight weigh(Assets assets, String page, long bytes, Set<String> loads) {
        Set<String> fonts = new LinkedHashSet<>();
        for (String sheet : loads) {
            if (sheet.endsWith(".css")) {
                fonts.addAll(assets.fonts(sheet));
            }
        }
        long css = 0;
        long js = 0;
        long other = 0;
        int requests = 1;
        for (String file : loads) {
            // A font the page preloads is one of the fonts, weighed with them.
            if (FONT_FILE.matcher(file).matches()) {
                fonts.add(file);
                continue;
            }
            requests++;
            long size = assets.size(file);
            if (file.endsWith(".css")) {
                css += size;
            } else if (file.endsWith(".js")) {
                js += size;
            } else {
                other += size;
            }
        }
        return new Weight(page, bytes, css, js, other, requests, fonts);
    }

    /** What is over budget on the page, or null if nothing is. */
    String problem(Weight weight) {
        boolean heavy = kilobytes > 0 && weight.total() >= kilobytes * 1000L;
        boolean busy = requests > 0 && weight.requests() > requests;
        if (!heavy && !busy) {
            return null;
        }
        return "over the page budget of " + (kilobytes > 0 ? "under " + kilobytes + " KB" : "any weight") + " and "
                + (requests > 0 ? "at most " + requests + " requests" : "any number of requests")
                + " on first load (" + settings + "): " + weight.describe();
    }

    private static Set<String> fonts(Path site, String sheet) {
        Set<String> fonts = new LinkedHashSet<>();
        try {
            Matcher m = FONT.matcher(Files.readString(site.resolve(sheet)));
            while (m.find()) {
                String font = LinkChecker.resolve(sheet, m.group(1));
                if (font != null) {
                    fonts.add(font);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fonts;
    }

    static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripFragment(String url) {
        int cut = url.indexOf('#');
        String path = cut < 0 ? url : url.substring(0, cut);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1000.0);
    }
}
