package io.briefkit.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cut of a long page that changed within one of its pieces alone, made from the page's last
 * cut (see {@link Sections}) without reading the page's outline again: an edit of one part
 * changes one section of the single page, and an edit of one paragraph one run of an actor's
 * places. The page must be the last one but for that piece: the shell, and every other piece,
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
            if (!shellMatches(last, html, i, 0, shellAt)) {
                return null;
            }
            if (!pieceMatches(last, html, i, 0)) {
                changed = i;
            }
        }
        if (changed < 0) {
            return null;
        }
        for (int i = n - 1; i > changed; i--) {
            if (!shellMatches(last, html, i + 1, delta, shellAt) || !pieceMatches(last, html, i, delta)) {
                return null;
            }
        }
        Sections.Piece was = placed.get(changed);
        if (was.end() + delta < was.start() || !shellMatches(last, html, changed + 1, delta, shellAt)) {
            return null;
        }
        String content = html.substring(was.start(), was.end() + delta);
        Outline outline = content.length() > Sections.LONG ? null : Outline.of(content);
        if (outline == null || outline.sharedId()) {
            return null;
        }
        int piece = changed;
        Map<String, Integer> owners = new HashMap<>(last.owners());
        owners.values().removeIf(owner -> owner == piece);
        for (Outline.Element element : outline.elements()) {
            if (element.id != null && owners.putIfAbsent(element.id, piece) != null) {
                return null;
            }
        }
        List<String> sections = new ArrayList<>(last.sections());
        sections.set(changed, was.frame()[0] + content + was.frame()[1]);
        List<Sections.Piece> moved = new ArrayList<>(placed.subList(0, changed));
        moved.add(new Sections.Piece(was.start(), was.end() + delta, was.frame()));
        for (Sections.Piece after : placed.subList(changed + 1, n)) {
            moved.add(new Sections.Piece(after.start() + delta, after.end() + delta, after.frame()));
        }
        String[] fingerprints;
        synchronized (last.fingerprints()) {
            fingerprints = last.fingerprints().clone();
        }
        fingerprints[changed + 1] = null;
        return new Sections(last.shell(), sections, List.copyOf(moved), html.length(), owners, fingerprints);
    }

    /** Whether the stretch of the shell before piece {@code i} (after the last, for {@code i = n}) is in {@code html}, {@code shift} along. */
    private static boolean shellMatches(Sections last, String html, int i, int shift, int[] shellAt) {
        List<Sections.Piece> placed = last.placed();
        int start = i == 0 ? 0 : placed.get(i - 1).end();
        int end = i < placed.size() ? placed.get(i).start() : last.length();
        return start + shift >= 0 && end + shift <= html.length()
                && same(html, start + shift, last.shell(), shellAt[i], end - start);
    }

    /** Whether piece {@code i} is in {@code html} as it was, {@code shift} along. */
    private static boolean pieceMatches(Sections last, String html, int i, int shift) {
        Sections.Piece piece = last.placed().get(i);
        return piece.start() + shift >= 0 && piece.end() + shift <= html.length()
                && same(html, piece.start() + shift, last.sections().get(i), piece.frame()[0].length(),
                        piece.end() - piece.start());
    }

    /**
     * Whether the {@code length} characters of {@code a} from {@code aFrom} are those of {@code b}
     * from {@code bFrom}, both within their strings. They are copied a run at a time and the
     * runs compared as arrays, a vector at a time: a region of a string is matched a character
     * at a time, and character by character widened where one string has a character beyond
     * Latin-1 and the other none, which is most of a page's pieces.
     */
    private static boolean same(String a, int aFrom, String b, int bFrom, int length) {
        char[] one = new char[Math.min(RUN, length)];
        char[] other = new char[one.length];
        for (int done = 0; done < length; done += one.length) {
            int run = Math.min(one.length, length - done);
            a.getChars(aFrom + done, aFrom + done + run, one, 0);
            b.getChars(bFrom + done, bFrom + done + run, other, 0);
            if (!java.util.Arrays.equals(one, 0, run, other, 0, run)) {
                return false;
            }
        }
        return true;
    }
}
