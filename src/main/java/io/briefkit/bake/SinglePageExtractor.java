package io.briefkit.bake;

/** {@code single_page} in templates: the single-page edition's file, if the project has one. */
public final class SinglePageExtractor extends PageOfTypeExtractor {
    public SinglePageExtractor() {
        super(ReadingOrderExtractor.SINGLE_PAGE);
    }
}
