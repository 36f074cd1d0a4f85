package io.briefkit.bake;

/** {@code sources_page} in templates: the file of the page that lists the notes' sources, if the project has one. */
public final class SourcesPageExtractor extends PageOfTypeExtractor {
    public SourcesPageExtractor() {
        super(ReadingOrderExtractor.SOURCES_PAGE);
    }
}
