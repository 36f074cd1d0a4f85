package io.briefkit.bake;

import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every page's template reads of the other pages, as FreeMarker's models, made once for a
 * bake. JBake hands a template what an extractor found as a sequence made anew for every page,
 * which wraps each item again, and FreeMarker wraps a map by copying it: a contents list of N
 * parts on each of N pages copied N² maps, and the place of each part (a map of N addresses) N
 * times. Items that are models already are read as they are.
 */
final class TemplateModels {
    /** The wrapper of JBake's FreeMarker configuration, which keeps FreeMarker's first defaults. */
    static final ObjectWrapper WRAPPER = Configuration.getDefaultObjectWrapper(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);

    private TemplateModels() {
    }

    /** Each map as a hash whose values are wrapped already. */
    static List<TemplateModel> hashes(List<? extends Map<String, ?>> maps) {
        return maps.stream().map(TemplateModels::hash).toList();
    }

    /** The map as a hash whose values are wrapped already. */
    static TemplateModel hash(Map<String, ?> map) {
        Map<String, TemplateModel> wrapped = new LinkedHashMap<>();
        map.forEach((key, value) -> wrapped.put(key, wrap(value)));
        return new SimpleHash(wrapped, WRAPPER);
    }

    private static TemplateModel wrap(Object value) {
        try {
            return WRAPPER.wrap(value);
        } catch (TemplateModelException e) {
            throw new IllegalArgumentException("cannot hand " + value + " to a template", e);
        }
    }
}
