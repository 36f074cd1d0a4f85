package io.briefkit.cite;

import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import io.briefkit.content.Source;
import java.util.Arrays;

/** The editors' records of the sources, and the brief itself, as CSL items: what citeproc-java renders and CSL-JSON holds. */
public final class CslItems {
    private CslItems() {
    }

    public static CSLItemData of(Source source) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(source.id()).type(CSLType.fromString(source.type()));
        item.author(source.authors().stream().map(CslItems::name).toArray(CSLName[]::new));
        if (!source.issued().isEmpty()) {
            item.issued(new CSLDateBuilder().dateParts(Arrays.stream(source.issued().split("-"))
                    .mapToInt(Integer::parseInt).toArray()).build());
        }
        item.title(source.title());
        set(source, "container-title", item::containerTitle);
        set(source, "collection-title", item::collectionTitle);
        set(source, "collection-number", item::collectionNumber);
        set(source, "publisher", item::publisher);
        set(source, "publisher-place", item::publisherPlace);
        set(source, "volume", item::volume);
        set(source, "issue", item::issue);
        set(source, "page", item::page);
        set(source, "URL", item::URL);
        set(source, "DOI", item::DOI);
        set(source, "note", item::note);
        return item.build();
    }

    /**
     * The brief: a report in its publisher's series, given as the series (collection) or, for
     * styles that print a report's series only that way (MLA's and Harvard's), as the report's
     * genre and number.
     */
    public static CSLItemData brief(Brief brief, boolean seriesAsGenre) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(brief.key()).type(CSLType.REPORT)
                .author(new CSLNameBuilder().family(brief.authorFamily()).given(brief.authorGiven()).build())
                .title(brief.title()).publisher(brief.publisher())
                .issued(new CSLDateBuilder().dateParts(brief.year(), brief.month()).build());
        if (seriesAsGenre) {
            item.genre(brief.seriesName()).number(brief.number());
        } else {
            item.collectionTitle(brief.seriesName()).collectionNumber(brief.number());
        }
        if (brief.url() != null) {
            item.URL(brief.url());
        }
        return item.build();
    }

    private static CSLName name(Source.Name name) {
        return name.literal().isEmpty() ? new CSLNameBuilder().family(name.family()).given(name.given()).build()
                : new CSLNameBuilder().literal(name.literal()).isInstitution(true).build();
    }

    private static void set(Source source, String field, java.util.function.Consumer<String> setter) {
        if (!source.field(field).isEmpty()) {
            setter.accept(source.field(field));
        }
    }
}
