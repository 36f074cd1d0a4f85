package io.briefkit.link;

import java.net.URI;
import java.net.URISyntaxException;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Shows the web addresses in a page's notes as their host and path
 * ({@code atlanticcouncil.org/blogs/new-atlanticist/…}), without the scheme, a leading
 * {@code www.}, the query or the fragment, so that a text fragment ({@code #:~:text=…}) is never
 * shown; the link keeps the full address. Only an address written out as its own link text is
 * shortened, and it is marked {@code address} so that an edition for print or an e-reader can
 * write it out again. The single-page edition, the PDF's source, is made before this and keeps
 * the addresses in full.
 */
final class ShortAddresses {
    private ShortAddresses() {
    }

    static void apply(Document document) {
        for (Element link : document.select(".note-text a[href^=http], .footnote a[href^=http]")) {
            String href = link.attr("href");
            String shown = shorten(href);
            if (link.text().equals(href) && shown != null && !shown.equals(href)) {
                link.text(shown).addClass("address");
            }
        }
    }

    /** Host and path of {@code address}, or null if it is not a web address. */
    static String shorten(String address) {
        try {
            URI uri = new URI(address);
            if (uri.getRawAuthority() == null) {
                return null;
            }
            String host = uri.getRawAuthority().replaceFirst("^www\\.", "");
            String path = uri.getPath() == null ? "" : uri.getPath();
            return host + (path.equals("/") ? "" : path.replaceFirst("/$", ""));
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
