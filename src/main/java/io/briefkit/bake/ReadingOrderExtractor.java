package io.briefkit.bake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.ModelExtractor;

/**
 * {@code reading_order} in templates: the published parts of the brief, sorted by their
 * {@code order} header, without the search and not-found pages or the single-page edition, each with only what a
 * contents list or pager needs (uri, title, nav, type, order). JBake's own
 * {@code published_content} is fetched from its store, page bodies and all, again for every
 * page that uses it, which made a site of N pages cost N² fetches; this is read once per bake,
 * and a kept store keeps it from bake to bake while no header changed (see {@link BakeStore}),
 * handed to templates as models made once (see {@link TemplateModels}).
 */
public final class ReadingOrderExtractor implements ModelExtractor<List<freemarker.template.TemplateModel>> {
    /** The type of the page that holds the whole brief. */
    public static final String SINGLE_PAGE = "whole";
    /** The type of the page about the edition: the editors' account of their work. */
    public static final String ABOUT_PAGE = "about";
    /** The type of the page that lists the brief's sources. */
    public static final String SOURCES_PAGE = "sources";
    /** The type of the search page. */
    public static final String SEARCH_PAGE = "search";
    /** The types of page that are not parts of the brief: search, not found, the single-page edition, About and Sources. */
    public static final Set<String> NOT_PARTS = Set.of(SEARCH_PAGE, "notfound", SINGLE_PAGE, ABOUT_PAGE, SOURCES_PAGE);
    private static final List<String> FIELDS = List.of("uri", "title", "nav", "type", "order");

    /** What a store that keeps nothing from bake to bake read, while it is in use: a one-off bake's parts, read once. */
    private static final Map<ContentStore, List<Map<String, Object>>> ONE_OFF =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private List<freemarker.template.TemplateModel> parts;

    @Override
    public synchronized List<freemarker.template.TemplateModel> get(ContentStore db, Map model, String key) {
        if (parts == null) {
            parts = TemplateModels.hashes(partsOf(db));
        }
        return parts;
    }

    /** The parts in reading order, read once for a bake, and kept by a kept store while no header changes. */
    static List<Map<String, Object>> partsOf(ContentStore db) {
        return BakeStore.keeps(db) ? BakeStore.ofLayout(db, ReadingOrderExtractor.class.getName(), () -> read(db))
                : ONE_OFF.computeIfAbsent(db, ReadingOrderExtractor::read);
    }

    private static List<Map<String, Object>> read(ContentStore db) {
        List<Map<String, Object>> found = new ArrayList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel document : db.getPublishedContent(type)) {
                if (document.get("order") instanceof Number && !NOT_PARTS.contains(document.getType())) {
                    Map<String, Object> part = new LinkedHashMap<>();
                    FIELDS.forEach(field -> {
                        if (document.get(field) != null) {
                            part.put(field, document.get(field));
                        }
                    });
                    found.add(java.util.Collections.unmodifiableMap(part));
                }
            }
        }
        found.sort(Comparator.comparingInt(part -> ((Number) part.get("order")).intValue()));
        return List.copyOf(found);
    }
}
