package io.briefkit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cut of a long page that changed within one of its pieces alone, made from the page's last
 * cut (see {@link Sections}) without reading the page's outline again: an edit of one part
 * changes one section of the single page, and an edit of one paragraph one run of an actor's
 * places. (Told by the cross-linker how it changed the page, {@link #edited} takes changes
 * within any number of pieces, the rest as here.) The page must be the last one but for that piece: the shell, and every other piece,
 * where it was or moved along by the change in length. The changed piece must still be whole
 * elements (its tags nest on their own) of at most {@link Sections#LONG} characters, with ids
 * that no other piece or the shell has. Its frame is the one it had: the page's head and the
 * start tags of its ancestors, which are in the shell and did not change. Anything else is cut
 * afresh. The pieces may then be run together otherwise than a fresh cut would run them, which
 * changes nothing that is found in them: each is checked in the same frame, and the pieces are
 * still whole elements, in the page's order.
 */
final class Recut {
    /** How many characters are compared at once by {@link #same}. */
    private static final int RUN = 8192;

    private Recut() {
    }

    /** The cut of {@code html}, from {@code last}, the cut of the page before; null if it must be cut afresh. */
    static Sections of(Sections last, String html) {
        List<Sections.Piece> placed = last.placed();
        int n = placed.size();
        int delta = html.length() - last.length();
        char[][] runs = new char[2][RUN];
        // Where each stretch of the shell (the one before each piece, and the one after the last) is in the shell.
        int[] shellAt = new int[n + 1];
        int cut = 0;
        for (int i = 0; i <= n; i++) {
            shellAt[i] = (i == 0 ? 0 : placed.get(i - 1).end()) - cut;
            if (i < n) {
                cut += placed.get(i).end() - placed.get(i).start();
            }
        }
        int changed = -1;
        for (int i = 0; i < n && changed < 0; i++) {
            if (!shellMatches(runs, last, html, i, 0, shellAt)) {
                return null;
            }
            if (!pieceMatches(runs, last, html, i, 0)) {
                changed = i;
            }
        }
        if (changed < 0) {
            return null;
        }
        for (int i = n - 1; i > changed; i--) {
            if (!shellMatches(runs, last, html, i + 1, delta, shellAt) || !pieceMatches(runs, last, html, i, delta)) {
                return null;
            }
        }
        Sections.Piece was = placed.get(changed);
        if (was.end() + delta < was.start() || !shellMatches(runs, last, html, changed + 1, delta, shellAt)) {
            return null;
        }
        return replaced(last, new java.util.TreeMap<>(Map.of(changed, html.substring(was.start(), was.end() + delta))),
                html.length());
    }

    /**
     * The cut of the page made from the one {@code last} was cut from by {@code changes}, as
     * the cross-linker says it made it, without reading it; null if a change is not within one
     * piece, or if the pieces changed must be cut afresh.
     */
    static Sections edited(Sections last, List<io.briefkit.PageEdit.Change> changes) {
        List<Sections.Piece> placed = last.placed();
        java.util.TreeMap<Integer, String> contents = new java.util.TreeMap<>();
        int delta = 0;
        int p = 0;
        int i = 0;
        while (i < changes.size()) {
            while (p < placed.size() && placed.get(p).end() < changes.get(i).end()) {
                p++;
            }
            if (p == placed.size() || changes.get(i).start() < placed.get(p).start()) {
                return null;
            }
            Sections.Piece piece = placed.get(p);
            int frame = piece.frame()[0].length();
            String was = last.sections().get(p).substring(frame, frame + piece.end() - piece.start());
            StringBuilder content = new StringBuilder();
            int from = piece.start();
            for (; i < changes.size() && changes.get(i).end() <= piece.end(); i++) {
                io.briefkit.PageEdit.Change change = changes.get(i);
                if (change.start() < from || change.end() < change.start()) {
                    return null;
                }
                content.append(was, from - piece.start(), change.start() - piece.start()).append(change.text());
                delta += change.text().length() - (change.end() - change.start());
                from = change.end();
            }
            contents.put(p, content.append(was, from - piece.start(), was.length()).toString());
            p++;
        }
        return contents.isEmpty() ? null : replaced(last, contents, last.length() + delta);
    }

    /**
     * The cut {@code last} with the pieces in {@code contents} (their new text, by index) in
     * place of theirs and those after moved along; the page is now {@code length} long. Null
     * if a new piece is too long to check whole, its tags do not nest on their own, or it has
     * an id the page has elsewhere.
     */
    private static Sections replaced(Sections last, java.util.SortedMap<Integer, String> contents, int length) {
        List<String> sections = new ArrayList<>(last.sections());
        Map<Integer, List<String>> ids = new HashMap<>();
        boolean sameIds = true;
        for (Map.Entry<Integer, String> changed : contents.entrySet()) {
            String content = changed.getValue();
            Outline outline = content.length() > Sections.LONG ? null : Outline.of(content);
            if (outline == null || outline.sharedId()) {
                return null;
            }
            ids.put(changed.getKey(), ids(outline));
            String[] frame = last.placed().get(changed.getKey()).frame();
            String was = last.sections().get(changed.getKey());
            Outline before = Outline.of(was.substring(frame[0].length(), was.length() - frame[1].length()));
            sameIds &= before != null && ids.get(changed.getKey()).equals(ids(before));
            sections.set(changed.getKey(), frame[0] + content + frame[1]);
        }
        // Pieces with the ids they had leave every id where it was: the page's map of them is shared, not copied.
        Map<String, Integer> owners = last.owners();
        if (!sameIds) {
            owners = new HashMap<>(last.owners());
            owners.values().removeIf(contents::containsKey);
            for (Map.Entry<Integer, List<String>> changed : ids.entrySet()) {
                for (String id : changed.getValue()) {
                    if (owners.putIfAbsent(id, changed.getKey()) != null) {
                        return null;
                    }
                }
            }
        }
        List<Sections.Piece> moved = new ArrayList<>();
        int shift = 0;
        for (int i = 0; i < last.placed().size(); i++) {
            Sections.Piece piece = last.placed().get(i);
            int start = piece.start() + shift;
            if (contents.containsKey(i)) {
                shift += contents.get(i).length() - (piece.end() - piece.start());
            }
            moved.add(new Sections.Piece(start, piece.end() + shift, piece.frame()));
        }
        String[] fingerprints;
        synchronized (last.fingerprints()) {
            fingerprints = last.fingerprints().clone();
        }
        contents.keySet().forEach(changed -> fingerprints[changed + 1] = null);
        return new Sections(last.shell(), sections, List.copyOf(moved), length, owners, fingerprints);
    }

    /** The ids of the elements of {@code outline}, in the order they come. */
    private static List<String> ids(Outline outline) {
        List<String> ids = new ArrayList<>();
        for (Outline.Element element : outline.elements()) {
            if (element.id != null) {
                ids.add(element.id);
            }
        }
        return ids;
    }

    /** Whether the stretch of the shell before piece {@code i} (after the last, for {@code i = n}) is in {@code html}, {@code shift} along. */
    private static boolean shellMatches(char[][] runs, Sections last, String html, int i, int shift, int[] shellAt) {
        List<Sections.Piece> placed = last.placed();
        int start = i == 0 ? 0 : placed.get(i - 1).end();
        int end = i < placed.size() ? placed.get(i).start() : last.length();
        return start + shift >= 0 && end + shift <= html.length()
                && same(runs, html, start + shift, last.shell(), shellAt[i], end - start);
    }

    /** Whether piece {@code i} is in {@code html} as it was, {@code shift} along. */
    private static boolean pieceMatches(char[][] runs, Sections last, String html, int i, int shift) {
        Sections.Piece piece = last.placed().get(i);
        return piece.start() + shift >= 0 && piece.end() + shift <= html.length()
                && same(runs, html, piece.start() + shift, last.sections().get(i), piece.frame()[0].length(),
                        piece.end() - piece.start());
    }

    /**
     * Whether the {@code length} characters of {@code a} from {@code aFrom} are those of {@code b}
     * from {@code bFrom}, both within their strings. They are copied a run at a time into
     * {@code runs}, two arrays of {@link #RUN} characters, and the runs compared as arrays, a
     * vector at a time: a region of a string is matched a character at a time, and character
     * by character widened where one string has a character beyond Latin-1 and the other none,
     * which is most of a page's pieces.
     */
    private static boolean same(char[][] runs, String a, int aFrom, String b, int bFrom, int length) {
        char[] one = runs[0];
        char[] other = runs[1];
        for (int done = 0; done < length; done += RUN) {
            int run = Math.min(RUN, length - done);
            a.getChars(aFrom + done, aFrom + done + run, one, 0);
            b.getChars(bFrom + done, bFrom + done + run, other, 0);
            if (!java.util.Arrays.equals(one, 0, run, other, 0, run)) {
                return false;
            }
        }
        return true;
    }
}
