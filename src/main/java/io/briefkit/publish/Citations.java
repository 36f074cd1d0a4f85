package io.briefkit.publish;

import io.briefkit.cite.Brief;
import io.briefkit.cite.CslItems;
import io.briefkit.cite.SourceExports;
import io.briefkit.content.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    public static void write(Path site, Brief brief, List<Source> sources) throws IOException {
        Path folder = Files.createDirectories(site.resolve(FOLDER));
        Files.writeString(folder.resolve("orf-brief-636.bib"), bibtex(brief), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("orf-brief-636.ris"), ris(brief), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("orf-brief-636.json"), SourceExports.cslJson(CslItems.brief(brief, false)),
                StandardCharsets.UTF_8);
        if (!sources.isEmpty()) {
            Files.writeString(folder.resolve("orf-brief-636-sources.json"), SourceExports.cslJson(sources), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("orf-brief-636-sources.bib"), SourceExports.biblatex(sources), StandardCharsets.UTF_8);
            Files.writeString(folder.resolve("orf-brief-636-sources.ris"), SourceExports.ris(sources), StandardCharsets.UTF_8);
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
