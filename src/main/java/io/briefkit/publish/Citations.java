package io.briefkit.publish;

import io.briefkit.content.Endnote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The citation files the overview offers: the brief in BibTeX and RIS, for citation
 * managers, and its 84 sources in CSL-JSON and BibTeX.
 */
public final class Citations {
    public static final String FOLDER = "cite";

    /** The brief as citation managers need it. {@code url} may be null. */
    public record Brief(String title, String authorGiven, String authorFamily, String publisher, String series,
            String number, int year, int month, String url, String abstractText) {

        /** The series without the brief's number: "ORF Issue Brief No. 636" is number 636 of "ORF Issue Brief". */
        String seriesName() {
            return series.replaceFirst("\\s*(?:No\\.?\\s*)?" + java.util.regex.Pattern.quote(number) + "$", "");
        }
    }

    private Citations() {
    }

    public static void write(Path site, Brief brief, List<Endnote> notes) throws IOException {
        Path folder = Files.createDirectories(site.resolve(FOLDER));
        Files.writeString(folder.resolve("orf-brief-636.bib"), bibtex(brief), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("orf-brief-636.ris"), ris(brief), StandardCharsets.UTF_8);
        List<SourceNote> sources = notes.stream().map(SourceNote::parse).toList();
        Files.writeString(folder.resolve("orf-brief-636-sources.json"), SourceNote.cslJson(sources), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("orf-brief-636-sources.bib"), SourceNote.bibtex(sources), StandardCharsets.UTF_8);
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
