package io.briefkit.content;

import io.briefkit.Finding;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * The addresses a build is given on the command line: where the site will be read
 * (site.baseurl, for canonical links, the sitemap and citations) and where it is deployed
 * (site.deploy.url). A mistake names the property and shows an example.
 */
public final class SiteAddress {
    public static final String BASE_URL = "site.baseurl";
    public static final String DEPLOY_URL = "site.deploy.url";
    private static final Set<String> DEPLOY_SCHEMES = Set.of("file", "scm", "scp", "sftp", "ftp", "dav", "http", "https");

    private SiteAddress() {
    }

    /** The public address, ending in "/", or null when none was given. */
    public static String baseUrl(String value, List<Finding> findings) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String problem = null;
        try {
            URI uri = new URI(value.strip());
            if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
                problem = "it must start with https:// or http://";
            } else if (uri.getHost() == null) {
                problem = "it has no host name";
            } else if (uri.getQuery() != null || uri.getFragment() != null) {
                problem = "it must not have a query or a fragment";
            } else if (!uri.getPath().endsWith("/")) {
                problem = "it must end with / (the folder the site is served from)";
            }
        } catch (URISyntaxException e) {
            problem = e.getReason();
        }
        if (problem != null) {
            findings.add(Finding.of(BASE_URL, "\"" + value + "\" is not a usable public address: " + problem
                    + "; for example -D" + BASE_URL + "=https://example.org/brief-636/"));
            return null;
        }
        return value.strip();
    }

    /** For a deployed site, which must know where it will be read. */
    public static Finding missingBaseUrl() {
        return Finding.of(BASE_URL, "missing: a deployed site needs the address readers will use, for its canonical"
                + " links, sitemap and citations; for example -D" + BASE_URL + "=https://example.org/brief-636/");
    }

    public static void checkDeployUrl(String value, List<Finding> findings) {
        if (value == null || value.isBlank()) {
            findings.add(Finding.of(DEPLOY_URL, "no deploy address; for example -D" + DEPLOY_URL
                    + "=file:///var/www/brief-636 or -D" + DEPLOY_URL + "=scm:git:file:///srv/git/site.git"));
            return;
        }
        String scheme = value.contains(":") ? value.substring(0, value.indexOf(':')) : "";
        String rest = value.substring(scheme.length() + (scheme.isEmpty() ? 0 : 1));
        if (!DEPLOY_SCHEMES.contains(scheme) || rest.isBlank() || value.chars().anyMatch(Character::isWhitespace)) {
            findings.add(Finding.of(DEPLOY_URL, "\"" + value + "\" is not a deploy address Maven can use;"
                    + " for example -D" + DEPLOY_URL + "=file:///var/www/brief-636"));
        }
    }
}
