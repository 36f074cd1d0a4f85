package io.briefkit.bake;

import java.util.List;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

/**
 * {@code reading_index} in templates: each part's place in {@code reading_order}, by its uri, in
 * a list of one (JBake hands templates what extractors find as lists), so that a page finds its
 * own place at once ({@code reading_index?first[content.uri]}) and its contents
 * and pager compare places, which are numbers. FreeMarker compares strings with the locale's
 * collator, even for equality: a contents list that compared every part's uri with the page's
 * made a site of N pages N² such comparisons, a large share of the time it took to bake. The map
 * is handed on as a model made once (see {@link TemplateModels}), which FreeMarker would
 * otherwise copy for every page.
 */
public final class ReadingIndexExtractor implements ModelExtractor<List<freemarker.template.TemplateModel>> {
    private List<freemarker.template.TemplateModel> index;

    @Override
    public synchronized List<freemarker.template.TemplateModel> get(ContentStore db, Map model, String key) {
        if (index == null) {
            index = List.of(TemplateModels.hash(indexOf(ReadingOrderExtractor.partsOf(db))));
        }
        return index;
    }

    /** Each part's place by its address, in reading order. */
    private static Map<String, Integer> indexOf(List<Map<String, Object>> parts) {
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            index.put(String.valueOf(parts.get(i).get("uri")), i);
        }
        return index;
    }
}
