package io.briefkit.cite;

import io.briefkit.Json;
import io.briefkit.content.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the overview tells readers, crawlers and scholarly search engines about the brief,
 * all from the brief's settings and the records of its sources: its citation in several
 * styles, and schema.org JSON-LD (a {@code Report} with its sources as {@code citation}).
 *
 * @param brief     the brief as cited
 * @param image     the address of the link preview's image
 * @param sources   the records of the sources
 * @param citations the brief in each of {@link Styles#BRIEF_STYLES}: label to HTML
 */
public record BriefMetadata(Brief brief, String image, List<Source> sources, Map<String, String> citations) {

    /** The brief's metadata, with its citations made from it: see {@link SourceBibliography#citeBrief}. */
    public BriefMetadata(Brief brief, String image, List<Source> sources) {
        this(brief, image, sources, SourceBibliography.citeBrief(brief));
    }

    /** The overview's JSON-LD, with {@code description} the overview's own. */
    public String jsonLd(String description) {
        List<String> fields = new ArrayList<>(List.of(
                "\"@context\": \"https://schema.org\"", "\"@type\": \"Report\"",
                "\"name\": " + Json.string(brief.title()), "\"headline\": " + Json.string(brief.title()),
                "\"reportNumber\": " + Json.string(brief.number()),
                "\"author\": {\"@type\": \"Person\", \"name\": " + Json.string(brief.authorGiven() + " " + brief.authorFamily()) + "}",
                "\"publisher\": {\"@type\": \"Organization\", \"name\": " + Json.string(brief.publisher()) + "}",
                "\"datePublished\": " + Json.string(String.format("%d-%02d", brief.year(), brief.month())),
                "\"inLanguage\": \"en\"",
                "\"isPartOf\": {\"@type\": \"CreativeWorkSeries\", \"name\": " + Json.string(brief.seriesName()) + "}",
                "\"image\": " + Json.string(image)));
        if (description != null && !description.isBlank()) {
            fields.add("\"description\": " + Json.string(description));
        }
        if (brief.url() != null) {
            fields.add("\"url\": " + Json.string(brief.url()));
        }
        if (!sources.isEmpty()) {
            fields.add("\"citation\": [" + sources.stream().map(BriefMetadata::work).collect(Collectors.joining(",")) + "]");
        }
        return "{" + String.join(", ", fields) + "}";
    }

    /** A source as schema.org describes it, kept short: the overview carries all of them. */
    private static String work(Source source) {
        List<String> fields = new ArrayList<>(List.of("\"@type\":" + Json.string(schemaType(source.type())),
                "\"name\":" + Json.string(source.title())));
        if (!source.authors().isEmpty()) {
            fields.add("\"author\":[" + source.authors().stream().map(a -> a.literal().isEmpty()
                    ? "{\"@type\":\"Person\",\"name\":" + Json.string((a.given() + " " + a.family()).strip()) + "}"
                    : "{\"@type\":\"Organization\",\"name\":" + Json.string(a.literal()) + "}")
                    .collect(Collectors.joining(",")) + "]");
        }
        if (!source.issued().isEmpty()) {
            fields.add("\"datePublished\":" + Json.string(source.issued()));
        }
        if (!source.url().isEmpty()) {
            fields.add("\"url\":" + Json.string(source.url()));
        }
        return "{" + String.join(",", fields) + "}";
    }

    private static String schemaType(String cslType) {
        return switch (cslType) {
            case "article-journal" -> "ScholarlyArticle";
            case "article-newspaper", "article-magazine" -> "NewsArticle";
            case "report" -> "Report";
            case "book" -> "Book";
            case "chapter" -> "Chapter";
            case "webpage", "post-weblog" -> "WebPage";
            default -> "CreativeWork";
        };
    }
}
