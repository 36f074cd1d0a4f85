package io.briefkit.bake;

import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * {@code single_page} in templates: the file of the single-page edition (the published page
 * of type {@code whole}) as a list of one, or an empty list when the project has none, so that
 * the templates link to it only when it exists. A list, because JBake hands templates what an
 * extractor gives as a sequence.
 */
public final class SinglePageExtractor implements ModelExtractor<List<String>> {
    private List<String> uri;

    /** Asked once per bake: JBake makes a fresh extractor for every bake. */
    @Override
    public synchronized List<String> get(ContentStore db, Map model, String key) {
        if (uri == null) {
            uri = List.of();
            for (DocumentModel document : db.getPublishedContent(ReadingOrderExtractor.SINGLE_PAGE)) {
                uri = List.of(document.getUri());
            }
        }
        return uri;
    }
}
