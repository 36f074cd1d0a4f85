package io.briefkit.bake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pages the last bakes rendered, kept by a baker between the preview's bakes so that JBake
 * renders again only the documents whose files changed. That is sound only while every page's
 * template output depends on nothing else that changed: the layout (see {@link Layout}) holds
 * everything else a page's rendering reads, and when it changes every page is rendered again.
 */
final class BakedPages {
    private final Map<String, byte[]> pages = new HashMap<>();
    private String layout;

    /**
     * Whether this bake must render every page: the first bake, or the layout changed, or the
     * last bake failed. Forgets the kept pages when it must.
     */
    boolean renderAll(String layout) {
        boolean all = !layout.equals(this.layout);
        if (all) {
            pages.clear();
            this.layout = null;
        }
        return all;
    }

    /** After a bake: writes the kept pages JBake did not render into {@code output}, and keeps those it did. */
    void complete(Path output, String layout) throws IOException {
        Set<String> restored = new HashSet<>();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            Path file = output.resolve(page.getKey());
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.write(file, page.getValue());
                restored.add(page.getKey());
            }
        }
        try (Stream<Path> walk = Files.walk(output)) {
            for (Path file : walk.filter(f -> f.toString().endsWith(".html")).toList()) {
                String uri = output.relativize(file).toString();
                if (!restored.contains(uri)) {
                    pages.put(uri, Files.readAllBytes(file));
                }
            }
        }
        this.layout = layout;
    }

    /** After a failed bake: the next renders every page. */
    void forget() {
        pages.clear();
        layout = null;
    }
}
