package io.briefkit.bake;

/** {@code about_page} in templates: the file of the page about the edition, if the project has one. */
public final class AboutPageExtractor extends PageOfTypeExtractor {
    public AboutPageExtractor() {
        super(ReadingOrderExtractor.ABOUT_PAGE);
    }
}
