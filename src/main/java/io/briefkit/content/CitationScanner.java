package io.briefkit.content;

import io.briefkit.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the endnote references ({@code [^12]}) in content files and checks them against
 * the notes: every reference names a note, and every note is cited somewhere.
 */
public final class CitationScanner {
    /** The same syntax the Markdown note extension parses: a number without leading zero. */
    private static final Pattern REFERENCE = Pattern.compile("\\[\\^([1-9][0-9]*)]");

    private CitationScanner() {
    }

    public static List<Citation> scan(List<ContentFile> files) {
        List<Citation> citations = new ArrayList<>();
        files.forEach(file -> citations.addAll(scan(file)));
        return citations;
    }

    /** The references in the body of {@code file}, in order. */
    public static List<Citation> scan(ContentFile file) {
        List<Citation> citations = new ArrayList<>();
        boolean body = false;
        for (int i = 0; i < file.lines().size(); i++) {
            String line = file.lines().get(i);
            if (!body) {
                body = line.equals(HeaderParser.SEPARATOR);
                continue;
            }
            Matcher m = REFERENCE.matcher(line);
            while (m.find()) {
                citations.add(new Citation(Integer.parseInt(m.group(1)), file.path(), i + 1));
            }
        }
        return List.copyOf(citations);
    }

    public static List<Finding> check(List<Citation> citations, List<Endnote> notes) {
        Map<Integer, Endnote> byNumber = notes.stream()
                .collect(Collectors.toMap(Endnote::number, n -> n, (a, b) -> a, TreeMap::new));
        List<Finding> findings = new ArrayList<>();
        Set<Integer> cited = new HashSet<>();
        for (Citation citation : citations) {
            cited.add(citation.number());
            if (!byNumber.containsKey(citation.number())) {
                findings.add(new Finding(citation.path(), citation.line(), "reference to note " + citation.number()
                        + ", which " + EndnoteFile.PATH + " does not define"));
            }
        }
        for (Endnote note : byNumber.values()) {
            if (!cited.contains(note.number())) {
                findings.add(new Finding(EndnoteFile.PATH, note.line(), "note " + note.number()
                        + " is never cited: add [^" + note.number() + "] where the text cites it"));
            }
        }
        return findings;
    }
}
