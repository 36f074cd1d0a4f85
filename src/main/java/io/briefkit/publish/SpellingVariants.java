package io.briefkit.publish;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The spellings the search treats as one word, taken from the glossary: of one actor's
 * one-word names, those that differ by at most two letters (Uyghur and Uighur, Uyghurs and
 * Uighurs). Other names of an actor (Moscow for Russia) stay words of their own.
 */
final class SpellingVariants {
    private static final int MAX_EDITS = 2;
    private static final int MIN_LENGTH = 4;

    private SpellingVariants() {
    }

    /** Groups of two or more spellings, folded as the search folds a query. */
    static List<List<String>> of(List<List<String>> namesByActor) {
        List<List<String>> groups = new ArrayList<>();
        for (List<String> names : namesByActor) {
            List<String> words = names.stream().filter(n -> !n.contains(" ")).map(SpellingVariants::fold)
                    .filter(w -> w.length() >= MIN_LENGTH).distinct().toList();
            List<Set<String>> actorGroups = new ArrayList<>();
            for (String word : words) {
                Set<String> joined = null;
                for (Set<String> group : actorGroups) {
                    if (group.stream().anyMatch(other -> distance(word, other) <= MAX_EDITS)) {
                        group.add(word);
                        joined = group;
                        break;
                    }
                }
                if (joined == null) {
                    actorGroups.add(new LinkedHashSet<>(List.of(word)));
                }
            }
            actorGroups.stream().filter(g -> g.size() > 1).map(List::copyOf).forEach(groups::add);
        }
        return groups;
    }

    static String fold(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('‘', '\'').replace('’', '\'');
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
