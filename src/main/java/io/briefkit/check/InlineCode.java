package io.briefkit.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Style and script written into a page rather than loaded from the site's files: style
 * elements and attributes, scripts without a source, event-handler attributes and
 * {@code javascript:} links. The site's Content-Security-Policy (hosting/nginx-site.conf)
 * blocks them all, so a page that has any works from disk but breaks on a host that sends
 * the policy. Data blocks, such as the overview's JSON-LD, are not run and are allowed.
 */
final class InlineCode {
    private static final Set<String> DATA_BLOCKS = Set.of("application/ld+json", "application/json");

    private InlineCode() {
    }

    /** What the page has written into it, one short description each, in document order. */
    static List<String> find(Document document) {
        List<String> found = new ArrayList<>();
        for (Element element : document.getAllElements()) {
            String tag = element.tagName();
            if (tag.equals("style")) {
                found.add("a <style> element" + within(element));
            } else if (tag.equals("script") && !element.hasAttr("src") && !DATA_BLOCKS.contains(element.attr("type"))) {
                found.add("a <script> without src" + within(element));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey();
                if (name.equals("style")) {
                    found.add("a style attribute on <" + tag + ">");
                } else if (name.startsWith("on") && name.length() > 2) {
                    found.add("an " + name + " attribute on <" + tag + ">");
                } else if ((name.equals("href") || name.equals("src")) && attribute.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    found.add("a javascript: URL on <" + tag + ">");
                }
            }
        }
        return found;
    }

    private static String within(Element element) {
        for (Element parent : element.parents()) {
            if (parent.tagName().equals("noscript")) {
                return " inside <noscript>";
            }
        }
        return "";
    }
}
