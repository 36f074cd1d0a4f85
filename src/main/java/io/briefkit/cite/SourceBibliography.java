package io.briefkit.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import io.briefkit.content.Endnote;
import io.briefkit.content.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bibliography of the sources for the Sources page: every record rendered by citeproc-java
 * in the chosen style, in the style's order, with its kind and every note that cites it
 * (short forms included).
 *
 * @param style   the CSL style's name, e.g. apa
 * @param entries the sources in the style's order
 */
public record SourceBibliography(String style, List<Entry> entries) {

    /**
     * One source: its key, kind, rendered entry (HTML), the notes that cite it, in order, and
     * where the record departs from them, field by field, with the reason.
     */
    public record Entry(String id, String kind, String html, List<Integer> notes, Map<String, String> differs) {
    }

    public static SourceBibliography of(String style, List<Source> sources, List<Endnote> notes) {
        Map<String, Source> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.put(source.id(), source));
        Map<String, String> rendered = Styles.bibliography(style, sources.stream().map(CslItems::of).toList());
        // The notes that cite each note's source, in the notes' order: the note that cites it in full and its short forms.
        Map<Integer, List<Integer>> citingFull = new java.util.HashMap<>();
        Map<Integer, Integer> order = new java.util.HashMap<>();
        for (Endnote note : notes) {
            int full = note.shortFor() > 0 ? note.shortFor() : note.number();
            citingFull.computeIfAbsent(full, n -> new ArrayList<>()).add(note.number());
            order.putIfAbsent(note.number(), order.size());
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, String> entry : rendered.entrySet()) {
            Source source = byId.get(entry.getKey());
            List<Integer> citing = new ArrayList<>();
            new java.util.LinkedHashSet<>(source.notes())
                    .forEach(full -> citing.addAll(citingFull.getOrDefault(full, List.of())));
            citing.sort(java.util.Comparator.comparing(order::get));
            entries.add(new Entry(source.id(), source.kind(), entry.getValue(), List.copyOf(citing), source.differs()));
        }
        return new SourceBibliography(style, List.copyOf(entries));
    }

    /** The brief itself in each of {@link Styles#BRIEF_STYLES}: label to HTML. */
    public static Map<String, String> citeBrief(Brief brief) {
        Map<String, String> citations = new LinkedHashMap<>();
        Styles.BRIEF_STYLES.forEach((label, style) -> {
            CSLItemData item = CslItems.brief(brief, style.equals("modern-language-association") || style.startsWith("harvard"));
            if (style.equals("apa")) {
                item = new CSLItemDataBuilder(item).title(brief.sentenceTitle()).build();
            }
            citations.put(label, Styles.entry(style, item));
        });
        return citations;
    }
}
