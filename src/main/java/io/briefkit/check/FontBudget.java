package io.briefkit.check;

import java.nio.file.Path;
import java.util.Collection;

/**
 * What the site's fonts cost a reader: every font file its stylesheets name, together, in
 * thousands of bytes. A reader downloads them once and the browser keeps them for every page,
 * so they are weighed once for the site, not with each page ({@link Budget}).
 *
 * @param kilobytes the most the fonts may weigh together; 0 for no limit
 */
public record FontBudget(int kilobytes) {

    /** What is over budget in {@code fonts}, files of {@code site}, or null if nothing is. */
    String problem(Path site, Collection<String> fonts) {
        long bytes = fonts.stream().mapToLong(font -> Budget.size(site.resolve(font))).sum();
        if (kilobytes == 0 || bytes < kilobytes * 1000L) {
            return null;
        }
        return "the fonts the stylesheets name weigh " + Budget.kb(bytes) + " together (" + String.join(", ", fonts)
                + "), over the fonts' budget of under " + kilobytes + " KB (budget.fonts.kb in jbake.properties):"
                + " cut them to fewer characters or weights";
    }
}
