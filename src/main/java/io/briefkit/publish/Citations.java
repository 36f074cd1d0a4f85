package io.briefkit.publish;

import io.briefkit.cite.Brief;
import io.briefkit.cite.CslItems;
import io.briefkit.cite.SourceExports;
import io.briefkit.content.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The citation files the overview offers: the brief in BibTeX, RIS and CSL-JSON, for citation
 * managers, and its sources, one entry each from the editors' records, in CSL-JSON, biblatex
 * and RIS.
 */
public final class Citations {
    public static final String FOLDER = "cite";

    private Citations() {
    }

    /** The citation files of a brief and its sources, by name in the folder, made once and written into each new site. */
    public record Files(Brief brief, List<Source> sources, java.util.Map<String, String> texts) {
        /** The files of {@code brief} and {@code sources}: {@code last} if it was made of the same, else made now. */
        public static Files of(Brief brief, List<Source> sources, Files last) {
            if (last != null && last.brief().equals(brief) && last.sources() == sources) {
                return last;
            }
            java.util.Map<String, String> texts = new java.util.LinkedHashMap<>();
            texts.put("orf-brief-636.bib", bibtex(brief));
            texts.put("orf-brief-636.ris", ris(brief));
            texts.put("orf-brief-636.json", SourceExports.cslJson(CslItems.brief(brief, false)));
            if (!sources.isEmpty()) {
                texts.put("orf-brief-636-sources.json", SourceExports.cslJson(sources));
                texts.put("orf-brief-636-sources.bib", SourceExports.biblatex(sources));
                texts.put("orf-brief-636-sources.ris", SourceExports.ris(sources));
            }
            return new Files(brief, sources, java.util.Collections.unmodifiableMap(texts));
        }

        /** Writes the files into the folder for them in {@code site}. */
        public void write(Path site) throws IOException {
            Path folder = java.nio.file.Files.createDirectories(site.resolve(FOLDER));
            for (java.util.Map.Entry<String, String> file : texts.entrySet()) {
                java.nio.file.Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        }
    }

    static String bibtex(Brief b) {
        return "@techreport{ahmadzai2023china,\n"
                + "  author = {" + b.authorFamily() + ", " + b.authorGiven() + "},\n"
                + "  title = {{" + b.title() + "}},\n"
                + "  institution = {" + b.publisher() + "},\n"
                + "  type = {" + b.seriesName() + "},\n"
                + "  number = {" + b.number() + "},\n"
                + "  year = {" + b.year() + "},\n"
                // A month is BibTeX's own macro, unbraced: biber takes {apr} for a malformed month.
                + "  month = " + MONTHS[b.month() - 1] + ",\n"
                + (b.url() == null ? "" : "  url = {" + b.url() + "},\n")
                + "  language = {english}\n}\n";
    }

    /** RIS as Zotero reads a report: the series title in T2, the report number in SN, the institution in PB. */
    static String ris(Brief b) {
        return "TY  - RPRT\r\nAU  - " + b.authorFamily() + ", " + b.authorGiven() + "\r\nTI  - " + b.title()
                + "\r\nPB  - " + b.publisher() + "\r\nT2  - " + b.seriesName() + "\r\nSN  - " + b.number()
                + "\r\nPY  - " + b.year() + "\r\nDA  - " + b.year() + "/" + String.format("%02d", b.month())
                + "\r\nLA  - English" + (b.abstractText().isEmpty() ? "" : "\r\nAB  - " + b.abstractText())
                + (b.url() == null ? "" : "\r\nUR  - " + b.url()) + "\r\nER  - \r\n";
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
}
