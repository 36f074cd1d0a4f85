package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import freemarker.template.Configuration;
import freemarker.template.SimpleSequence;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts handed to templates as models made once read as the plain maps did. */
class TemplateModelsTest {
    private static final String CONTENTS = "<#list parts as part>${part.uri} ${part.title} ${part.order}"
            + "<#if part.nav??> (${part.nav})</#if>; </#list>here: ${index?first[\"b.html\"]}";

    private static Map<String, Object> part(String uri, String title, int order, String nav) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("uri", uri);
        part.put("title", title);
        part.put("order", order);
        if (nav != null) {
            part.put("nav", nav);
        }
        return part;
    }

    private static String render(Object parts, Object index) throws Exception {
        Configuration configuration = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        Template template = new Template("contents", new StringReader(CONTENTS), configuration);
        StringWriter out = new StringWriter();
        template.process(Map.of("parts", parts, "index", index), out);
        return out.toString();
    }

    @Test
    void aContentsListReadsTheModelsAsItReadTheMaps() throws Exception {
        List<Map<String, Object>> parts = List.of(part("a.html", "Overview & aims", 1, "Overview"),
                part("b.html", "History", 2, null));
        Map<String, Integer> index = Map.of("a.html", 0, "b.html", 1);
        String fromMaps = render(parts, List.of(index));
        assertEquals("a.html Overview & aims 1 (Overview); b.html History 2; here: 1", fromMaps);
        assertEquals(fromMaps, render(TemplateModels.hashes(parts), List.of(TemplateModels.hash(index))));
    }

    @Test
    void eachPageGetsTheSamePartModelsNotCopies() throws Exception {
        List<freemarker.template.TemplateModel> parts = TemplateModels.hashes(List.of(part("a.html", "A", 1, null)));
        // What JBake makes of an extractor's list for each page it renders.
        SimpleSequence onePage = new SimpleSequence(parts, TemplateModels.WRAPPER);
        SimpleSequence another = new SimpleSequence(parts, TemplateModels.WRAPPER);
        assertSame(parts.get(0), onePage.get(0));
        assertSame(onePage.get(0), another.get(0));
    }
}
