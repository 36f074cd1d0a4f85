package io.briefkit.bake;

/** {@code search_page} in templates: the file of the search page, if the project has one. */
public final class SearchPageExtractor extends PageOfTypeExtractor {
    public SearchPageExtractor() {
        super(ReadingOrderExtractor.SEARCH_PAGE);
    }
}
