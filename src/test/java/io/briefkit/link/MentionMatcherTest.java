package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MentionMatcherTest {
    private final MentionMatcher matcher = new MentionMatcher(Map.ofEntries(
            Map.entry("united-states", List.of("United States", "US", "U.S.", "Washington")),
            Map.entry("taliban", List.of("Taliban")),
            Map.entry("ttp", List.of("Tehreek Taliban of Pakistan", "TTP")),
            Map.entry("pakistan", List.of("Pakistan")),
            Map.entry("russia", List.of("Russia", "Moscow")),
            Map.entry("moscow-format", List.of("Moscow Format")),
            Map.entry("china", List.of("China", "People's Republic of China")),
            Map.entry("is-k", List.of("IS-K", "Islamic State in Khorasan Province")),
            Map.entry("al-qaeda", List.of("al-Qaeda")),
            Map.entry("ktai", List.of("KTAI", "Kyrgyzstan-Tajikistan-Afghanistan-Iran")),
            Map.entry("iran", List.of("Iran")),
            Map.entry("kyrgyzstan", List.of("Kyrgyzstan"))));

    private List<String> found(String text) {
        return matcher.find(text).stream().map(m -> m.text() + "=" + m.actor()).toList();
    }

    @Test
    void findsNamesAndAliases() {
        assertEquals(List.of("US=united-states", "Taliban=taliban", "Washington=united-states"),
                found("The US exit, the Taliban and Washington."));
    }

    @Test
    void longestNameWinsWhereNamesOverlap() {
        assertEquals(List.of("Tehreek Taliban of Pakistan=ttp", "TTP=ttp", "Pakistan=pakistan"),
                found("Tehreek Taliban of Pakistan (TTP) operates in Pakistan."));
        assertEquals(List.of("Moscow Format=moscow-format", "Moscow=russia"), found("The Moscow Format met in Moscow."));
        assertEquals(List.of("Islamic State in Khorasan Province=is-k", "IS-K=is-k"),
                found("the Islamic State in Khorasan Province (IS-K)"));
    }

    @Test
    void namesMatchOnlyAsWholeWords() {
        assertEquals(List.of(), found("Russian and Chinese officials; Talibans; MoscowX; USA."));
        assertEquals(List.of("China=china", "Russia=russia"), found("China's and Russia’s interests"));
        assertEquals(List.of("US=united-states", "China=china"), found("the escalating US-China rivalry"));
        assertEquals(List.of("US=united-states"), found("in post-US Afghanistan"));
    }

    @Test
    void theCountryIsNotMoneyNorAPronoun() {
        assertEquals(List.of(), found("a US$ 400-billion deal, paid in USD, for us and for Us"));
    }

    @Test
    void aHyphenatedNameAlsoNamesTheActorsItJoins() {
        MentionMatcher.Match corridor = matcher.find("the Kyrgyzstan-Tajikistan-Afghanistan-Iran (KTAI) route").get(0);
        assertEquals("ktai", corridor.actor());
        assertEquals(List.of("Kyrgyzstan=kyrgyzstan@0", "Iran=iran@34"), matcher.nested(corridor).stream()
                .map(m -> m.text() + "=" + m.actor() + "@" + m.start()).toList());
        assertEquals(List.of(), matcher.nested(matcher.find("IS-K").get(0)));
    }

    @Test
    void caseMatters() {
        assertEquals(List.of("al-Qaeda=al-qaeda"), found("Al-qaeda, AL-QAEDA and al-Qaeda"));
    }

    @Test
    void aliasWithPunctuationAndApostrophes() {
        assertEquals(List.of("U.S.=united-states", "People’s Republic of China=china"),
                found("As U.S. Retreats, the People’s Republic of China"));
    }
}
