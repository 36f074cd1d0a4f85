package io.briefkit.check;

import io.briefkit.Fingerprint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the site checks remember of each page, within a check of a site and from one check to
 * the next for a builder that lives on: its facts (see {@link PageFacts}), by its path and bytes, those of
 * its pieces, shared by the pages of a folder that hold the same piece, and merged for a long
 * page; whether it has a title; what the link check found on it ({@link LinkResults}); and,
 * when asked, the cut of a long page, to cut its next version from. The Nu checker's own
 * memory is {@link MarkupValidation}'s.
 */
final class PageMemory {
    /** Beyond this many remembered titles the memory is cleared, so a long preview session stays small. */
    private static final int REMEMBERED = 20_000;
    /** Pages this long or longer have their last cut kept, when {@link #rememberCuts()} says so. */
    private static final int KEPT_CUT = 1 << 20;
    private Map<String, PageFacts> facts = new HashMap<>();
    private final Map<String, Boolean> titles = new ConcurrentHashMap<>();
    private Map<String, PageFacts> lastFacts = Map.of();
    /** The facts of the pieces read at this check of a site, by their page's folder and their fingerprint: see {@link #alike}. */
    private Map<String, PageFacts> alike = new HashMap<>();
    private final LinkResults links = new LinkResults();
    /** The last cut of each page this long or longer, kept when {@link #rememberCuts()} says so. */
    private final Map<String, Sections> cuts = new ConcurrentHashMap<>();
    /** Each long page's facts, as merged from its pieces' at this check of a site and at the last. */
    private Map<String, PageFacts> mergedNow = new HashMap<>();
    private Map<String, PageFacts> lastMerged = new HashMap<>();
    /** The fingerprint of the version of each page its kept cut was made from. */
    private final Map<String, String> cutFrom = new ConcurrentHashMap<>();
    private boolean rememberCuts;

    /** What the link check found on each page at the last check of a site, to be looked up again only where something changed. */
    LinkResults links() {
        return links;
    }

    /**
     * Keeps the cut of every page of a megabyte or more from one check to the next, for a builder
     * kept warm: an edit of one part changes one piece of the single page and of a few actors'
     * pages, which are then cut again from their last cut (see {@link Recut}) rather than read
     * whole. A one-off build keeps none, to hold no more than it needs.
     */
    void rememberCuts() {
        rememberCuts = true;
    }

    /**
     * The long page {@code page}'s cut into sections, or null if it cannot be cut (see {@link
     * Sections}); its {@link Fingerprint} is {@code digest} and its text is {@code html}, read
     * only if need be: a page that {@code edit} (or null) says was made from
     * the version last cut is cut again from that cut without being read.
     */
    Sections cut(String page, String digest, java.util.function.Supplier<String> html, io.briefkit.PageEdit edit) {
        Sections last = cuts.get(page);
        Sections cut = last != null && edit != null && java.util.Objects.equals(edit.was(), cutFrom.get(page))
                ? Recut.edited(last, edit.changes()) : null;
        if (cut == null) {
            String text = html.get();
            cut = last == null ? null : Recut.of(last, text);
            if (cut == null) {
                cut = Sections.of(text);
            }
        }
        if (rememberCuts && cut != null && cut.length() >= KEPT_CUT) {
            cuts.put(page, cut);
            cutFrom.put(page, digest);
        } else {
            cuts.remove(page);
            cutFrom.remove(page);
        }
        return cut;
    }

    /** Whether the page whose {@link Fingerprint} is {@code digest} has a title: {@code look} looks, if it is not remembered. */
    boolean titled(String digest, java.util.function.Supplier<Boolean> look) {
        if (titles.size() >= REMEMBERED) {
            titles.clear();
        }
        return titles.computeIfAbsent(digest, key -> look.get());
    }

    /** Starts a check of a whole site: facts of pages it no longer has are forgotten after it. */
    synchronized void newSite() {
        lastFacts = facts;
        facts = new HashMap<>();
        lastMerged = mergedNow;
        mergedNow = new HashMap<>();
        alike = new HashMap<>();
    }

    /**
     * The facts of a piece of {@code page} whose {@link Fingerprint} is {@code digest}: those of
     * the same piece of another page in the same folder, read at this check of the site, made
     * {@code page}'s own (see {@link PageFacts#on}); else {@code read}. The same bytes read on
     * two pages of one folder give the same facts but for the page their links are on: a
     * relative link or file resolves against the folder, and a link within the page is looked
     * up in the page it is on when the links are checked. The pages of a series list the same
     * parts in runs that they share (see {@link Sections}), each then parsed once for all.
     */
    synchronized PageFacts alike(String page, String digest, java.util.function.Supplier<PageFacts> read) {
        String key = page.substring(0, page.lastIndexOf('/') + 1) + "\n" + digest;
        PageFacts known = alike.get(key);
        if (known != null) {
            return known.on(page);
        }
        PageFacts facts = read.get();
        alike.put(key, facts);
        return facts;
    }

    /** The page's facts, remembered by its path and bytes from the last check of the site. */
    synchronized PageFacts facts(String page, String digest, java.util.function.Supplier<PageFacts> read) {
        String key = page + "\n" + digest;
        PageFacts known = facts.get(key);
        if (known == null) {
            known = lastFacts.get(key);
        }
        if (known == null) {
            known = read.get();
        }
        facts.put(key, known);
        return known;
    }

    /**
     * The facts of the long page {@code page}, from those of its {@code pieces}: see {@link
     * PageFacts#merge}, given the page's facts as last merged.
     */
    synchronized PageFacts merge(String page, List<PageFacts> pieces) {
        PageFacts merged = PageFacts.merge(pieces, mergedNow.getOrDefault(page, lastMerged.get(page)));
        mergedNow.put(page, merged);
        return merged;
    }
}
