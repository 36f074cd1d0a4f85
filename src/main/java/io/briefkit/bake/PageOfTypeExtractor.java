package io.briefkit.bake;

import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.template.ModelExtractor;

/**
 * The file of the published page of one type, for templates, as a list of one, or an empty list
 * when the project has none, so that templates link to such a page only when it exists. A list,
 * because JBake hands templates what an extractor gives as a sequence. Asked once per bake
 * (JBake makes a fresh extractor for every bake), and kept from bake to bake by a kept store
 * while no header changed (see {@link BakeStore}).
 */
abstract class PageOfTypeExtractor implements ModelExtractor<List<String>> {
    private final String type;
    private List<String> uri;

    PageOfTypeExtractor(String type) {
        this.type = type;
    }

    @Override
    public synchronized List<String> get(ContentStore db, Map model, String key) {
        if (uri == null) {
            uri = BakeStore.ofLayout(db, PageOfTypeExtractor.class.getName() + " " + type, () -> read(db));
        }
        return uri;
    }

    private List<String> read(ContentStore db) {
        List<String> found = List.of();
        for (DocumentModel document : db.getPublishedContent(type)) {
            found = List.of(document.getUri());
        }
        return found;
    }
}
