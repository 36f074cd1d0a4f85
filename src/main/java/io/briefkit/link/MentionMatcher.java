package io.briefkit.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the actors a text names, from their names and aliases, with one regular expression
 * whose alternatives run longest first, so "Tehreek Taliban of Pakistan" wins over
 * "Taliban" and "Moscow Format" over "Moscow". Matching is case-sensitive and a match must
 * stand as a word: "US" matches in "the US exit" and "US-China", but not in "USD", "US$",
 * "us" or "Russia"; "China" matches in "China's" but not in "Chinese".
 */
public final class MentionMatcher {
    /** A name found in a text: where it is, as written, and whose it is. */
    public record Match(int start, int end, String text, String actor) {
    }

    /** Beyond this many remembered texts, the memory is cleared. */
    private static final int REMEMBERED = 200_000;

    private final Pattern pattern;
    private final Map<String, List<Match>> found = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> actorByName = new HashMap<>();

    /** @param namesByActor every actor's names (name and aliases), by actor id */
    public MentionMatcher(Map<String, List<String>> namesByActor) {
        namesByActor.forEach((actor, names) -> names.forEach(name -> actorByName.put(canonical(name), actor)));
        String alternatives = actorByName.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(MentionMatcher::regex).collect(Collectors.joining("|"));
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}$])");
    }

    /** The names' matches in {@code text}, remembered by text. */
    public List<Match> find(String text) {
        if (found.size() > REMEMBERED) {
            found.clear();
        }
        return found.computeIfAbsent(text, this::search);
    }

    private List<Match> search(String text) {
        List<Match> matches = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String name = m.group();
            matches.add(new Match(m.start(), m.end(), name, actorByName.get(canonical(name))));
        }
        return List.copyOf(matches);
    }

    /**
     * The actors named inside a hyphenated name: "Kyrgyzstan-Tajikistan-Afghanistan-Iran"
     * (the KTAI corridor) also names the four countries. Offsets are within the match.
     */
    public List<Match> nested(Match match) {
        List<Match> inner = new ArrayList<>();
        int offset = 0;
        for (String part : match.text().split("-", -1)) {
            for (Match found : find(part)) {
                if (!found.actor().equals(match.actor())) {
                    inner.add(new Match(offset + found.start(), offset + found.end(), found.text(), found.actor()));
                }
            }
            offset += part.length() + 1;
        }
        return inner;
    }

    /** Apostrophes are written either way, straight in the sources and curly on the page. */
    private static String canonical(String name) {
        return name.replace('\u2019', '\'');
    }

    private static String regex(String name) {
        StringBuilder regex = new StringBuilder();
        for (String part : name.split("'", -1)) {
            if (!regex.isEmpty()) {
                regex.append("['\u2019]");
            }
            regex.append(Pattern.quote(part));
        }
        return regex.toString();
    }
}
