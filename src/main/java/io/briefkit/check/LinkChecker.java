package io.briefkit.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every URL of a baked page: links must resolve inside the site (file and anchor),
 * assets must be relative files of the site, and nothing may be root-absolute or a
 * directory, so the site works from disk and from any sub-path.
 */
final class LinkChecker {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
    /** What the page loads; a canonical or alternate link only names a page, it loads nothing. */
    private static final String ASSET_SELECTOR = "link[href]:not([rel~=canonical]):not([rel~=alternate]), script[src],"
            + " img[src], source[src], video[src], audio[src], iframe[src], embed[src], object[data]";

    private final Set<String> files;
    private final Set<String> folders;
    private final Map<String, Set<String>> idsByPage;
    /**
     * What each reference's check found, by the folder or page it is written on, then by whether
     * it is a link, then by its URL; {@link #RESOLVES} for nothing. Nested rather than keyed by
     * one string, so that a lookup builds no key: a site's every page names every page.
     */
    private final Map<String, Map<String, String>> linkMessages = new HashMap<>();
    private final Map<String, Map<String, String>> assetMessages = new HashMap<>();
    private static final String RESOLVES = "";

    /**
     * @param files     the site's files, as site-relative paths with {@code /}
     * @param folders   the site's folders, likewise
     * @param idsByPage the ids of each page
     */
    LinkChecker(Set<String> files, Set<String> folders, Map<String, Set<String>> idsByPage) {
        this.files = files;
        this.folders = folders;
        this.idsByPage = idsByPage;
    }

    /** A problem with one URL of a page: the page, the URL as written and what is wrong. */
    record Problem(String page, String url, String message) {
    }

    /** A URL written on a page: a link to follow, or an asset the page loads. */
    record Reference(String page, String url, boolean isLink) {
    }

    /**
     * The links and assets of a page, read before any page is checked, so that pages need not be
     * kept. Each address is held once however many pages write it (every page's contents name
     * every page): the site's references are held until all its pages are read.
     */
    static List<Reference> references(String page, Document document) {
        List<Reference> references = new ArrayList<>();
        for (Element link : document.select("a[href], area[href]")) {
            references.add(new Reference(page, link.attr("href").intern(), true));
        }
        for (Element asset : document.select(ASSET_SELECTOR)) {
            String attribute = asset.hasAttr("href") ? "href" : asset.hasAttr("data") ? "data" : "src";
            references.add(new Reference(page, asset.attr(attribute).intern(), false));
        }
        return references;
    }

    /**
     * What is wrong with a reference, or null if it resolves. The answer depends on the URL and
     * on the folder of the page that writes it (on the page itself for a link within it), so it
     * is worked out once per folder and URL: every page's contents list names every page.
     */
    Problem check(Reference reference) {
        String url = reference.url();
        boolean withinPage = url.isEmpty() || url.startsWith("#") || url.startsWith("?");
        int slash = reference.page().lastIndexOf('/');
        String scope = withinPage ? reference.page() : reference.page().substring(0, slash + 1);
        String message = (reference.isLink() ? linkMessages : assetMessages).computeIfAbsent(scope, key -> new HashMap<>())
                .computeIfAbsent(url, key -> Objects.requireNonNullElse(message(reference), RESOLVES));
        return message.equals(RESOLVES) ? null : new Problem(reference.page(), url, message);
    }

    /**
     * The page whose ids a reference's anchor must be among, for a reference with an anchor that
     * stays in the site; null for any other. Its check depends on that page's ids.
     */
    static String anchoredPage(Reference reference) {
        String url = reference.url();
        int hash = url.indexOf('#');
        if (hash < 0 || SCHEME.matcher(url).find() || url.startsWith("/")) {
            return null;
        }
        String path = stripQuery(url.substring(0, hash));
        return path.isEmpty() ? reference.page() : resolve(reference.page(), path);
    }

    private String message(Reference reference) {
        String url = reference.url();
        String message;
        if (reference.isLink()) {
            message = SCHEME.matcher(url).find() ? checkExternal(url) : checkLocal(reference.page(), url, true);
        } else {
            message = SCHEME.matcher(url).find() || url.startsWith("//")
                    ? "asset must be a file of the site, not an absolute or third-party URL"
                    : checkLocal(reference.page(), url, false);
        }
        return message;
    }

    private static String checkExternal(String href) {
        try {
            URI uri = new URI(href);
            if (!LINK_SCHEMES.contains(uri.getScheme().toLowerCase())) {
                return "unsupported link scheme " + uri.getScheme() + ":";
            }
            if (!"mailto".equalsIgnoreCase(uri.getScheme()) && (uri.getHost() == null || uri.getHost().isEmpty())) {
                return "malformed URL: no host";
            }
            return null;
        } catch (URISyntaxException e) {
            return "malformed URL: " + e.getReason();
        }
    }

    private String checkLocal(String page, String url, boolean isLink) {
        if (url.isEmpty()) {
            return "empty URL";
        }
        if (url.startsWith("//")) {
            return "protocol-relative URL leaves the site; write https:// or a relative path";
        }
        if (url.startsWith("/")) {
            return "root-absolute URL breaks from disk and under a sub-path; use a relative path";
        }
        int hash = url.indexOf('#');
        String path = stripQuery(hash < 0 ? url : url.substring(0, hash));
        String fragment = hash < 0 ? null : url.substring(hash + 1);
        String target = path.isEmpty() ? page : resolve(page, path);
        if (target == null) {
            return "points outside the site";
        }
        if (folders.contains(target) || target.isEmpty() || path.endsWith("/")) {
            return "links to a folder, which does not open from disk; link to its index.html";
        }
        if (!files.contains(target)) {
            return isLink ? "broken link: no page " + target : "missing asset: no file " + target;
        }
        if (fragment != null && !fragment.isEmpty() && target.endsWith(".html")) {
            Set<String> ids = idsByPage.getOrDefault(target, Set.of());
            if (!ids.contains(decode(fragment))) {
                return "broken anchor: " + target + " has no id \"" + fragment + "\"";
            }
        }
        return null;
    }

    private static String stripQuery(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    /** The site-relative path of {@code path} written on {@code page}, or null if it leaves the site. */
    static String resolve(String page, String path) {
        Path base = Path.of(page).getParent();
        Path resolved = (base == null ? Path.of(decode(path)) : base.resolve(decode(path))).normalize();
        String result = resolved.toString().replace('\\', '/');
        return result.startsWith("..") ? null : result;
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }
}
