package io.briefkit.build;

import io.briefkit.Finding;
import io.briefkit.check.Budget;
import io.briefkit.check.FontBudget;
import io.briefkit.cite.Brief;
import io.briefkit.cite.Styles;
import io.briefkit.content.SiteConfig;
import io.briefkit.publish.EpubMetadata;
import io.briefkit.publish.PdfEdition;
import io.briefkit.publish.SocialCard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * What the later stages need from {@code jbake.properties}, each as the record its stage takes:
 * the page budget, the Sources page's citation style, the brief as cited, the link preview's
 * card, and the EPUB's and the PDF's metadata.
 */
final class BriefSettings {
    /** Every page under 60 KB on first load, in at most 8 requests, unless jbake.properties says otherwise. */
    static final Budget DEFAULT_BUDGET = new Budget(60, 8);

    private final SiteConfig config;

    BriefSettings(SiteConfig config) {
        this.config = config;
    }

    Budget budget() {
        return new Budget(config.number("budget.page.kb", DEFAULT_BUDGET.kilobytes()),
                config.number("budget.page.requests", DEFAULT_BUDGET.requests()));
    }

    /** The budget of the site's fonts, {@code budget.fonts.kb}: 100 KB if unset. */
    FontBudget fontBudget() {
        return new FontBudget(config.number("budget.fonts.kb", 100));
    }

    /** The CSL style of the Sources page, {@code sources.style} (apa if unset); an unknown style is a finding. */
    String sourceStyle(List<Finding> findings) {
        String style = config.value("sources.style") == null ? "apa" : config.value("sources.style").strip();
        if (!Styles.known(style)) {
            findings.add(new Finding(SiteConfig.FILE, config.line("sources.style"), "sources.style: \"" + style
                    + "\" is not a CSL style citeproc-java knows; use a style's file name without .csl, e.g. apa,"
                    + " chicago-author-date or modern-language-association"));
        }
        return style;
    }

    /** @param baseUrl the site's public address, or null */
    Brief citedBrief(String baseUrl) {
        String[] date = config.value("brief.date.iso").split("-");
        String sentence = config.value("brief.title.sentence");
        return new Brief(config.value("site.title"), sentence == null ? config.value("site.title") : sentence,
                config.value("brief.author.given"),
                config.value("brief.author.family"), config.value("brief.publisher"), config.value("brief.series"),
                config.value("brief.number"), Integer.parseInt(date[0]), Integer.parseInt(date[1]), baseUrl,
                config.value("brief.abstract") == null ? "" : config.value("brief.abstract"));
    }

    SocialCard.Text socialCard() {
        return new SocialCard.Text(config.value("brief.series") + " · " + config.value("brief.date"),
                config.value("site.title"), config.value("brief.author"), config.value("brief.publisher"));
    }

    PdfEdition.Metadata pdfMetadata() {
        return new PdfEdition.Metadata(config.value("site.title"), config.value("brief.author"),
                config.value("brief.series") + ", " + config.value("brief.publisher") + ", " + config.value("brief.date"),
                config.value("epub.modified"));
    }

    EpubMetadata epubMetadata() {
        String title = config.value("site.title");
        String series = config.value("brief.series");
        return new EpubMetadata("urn:uuid:" + UUID.nameUUIDFromBytes((series + "\n" + title).getBytes(StandardCharsets.UTF_8)),
                title, config.value("brief.author"), config.value("brief.publisher"), config.value("brief.date.iso"),
                config.value("brief.copyright"), series, config.value("epub.modified"));
    }
}
