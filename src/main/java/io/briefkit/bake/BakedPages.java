package io.briefkit.bake;

import io.briefkit.Fingerprint;
import io.briefkit.SiteFiles;
import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pages the last bakes rendered, kept by a baker between the preview's bakes so that JBake
 * renders again only the documents whose files changed. That is sound only while every page's
 * template output depends on nothing else that changed: the layout (see {@link Layout}) holds
 * everything else a page's rendering reads, and when it changes every page is rendered again.
 * The pages are kept as files, in a folder of the builder's, and carried into a new bake's
 * folder as links to them, with their fingerprints, so that no later stage need read them to
 * know they are as they were.
 */
final class BakedPages {
    /** Each kept page's fingerprint, by page. */
    private final Map<String, String> pages = new HashMap<>();
    private final Path folder;
    private String layout;
    /**
     * Each content file's text at the last bake, by path: the fingerprint of its lines, and the
     * lines themselves for as long as the reader holds them (the reader hands over the same list
     * while the file's bytes are the same), so that only a file read anew is fingerprinted again
     * and no old text is kept alive for the comparison.
     */
    private Map<String, Text> texts = Map.of();

    private record Text(java.lang.ref.WeakReference<List<String>> lines, String fingerprint) {
    }
    /** The content files, by path, whose text the last call of {@link #renderAll} found changed. */
    private List<String> changed = List.of();

    /** Pages kept in {@code folder}, which the baker's owner made and removes. */
    BakedPages(Path folder) {
        this.folder = folder;
    }

    /**
     * Whether this bake must render every page: the first bake, or the layout changed, or the
     * last bake failed; or so many files changed (more than a quarter) that JBake's emptying
     * its store and rendering all is quicker than its updating each document. Forgets the kept
     * pages when it renders all.
     */
    boolean renderAll(String layout, List<ContentFile> files) {
        Map<String, Text> texts = new HashMap<>();
        List<String> changed = new java.util.ArrayList<>();
        for (ContentFile file : files) {
            Text was = this.texts.get(file.path());
            Text now = was != null && was.lines().get() == file.lines() ? was
                    : new Text(new java.lang.ref.WeakReference<>(file.lines()),
                            Fingerprint.of(String.join("\n", file.lines()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            texts.put(file.path(), now);
            if (was == null || !was.fingerprint().equals(now.fingerprint())) {
                changed.add(file.path());
            }
        }
        this.changed = changed.stream().sorted().toList();
        this.texts = texts;
        boolean all = !layout.equals(this.layout) || this.changed.size() * 4 > files.size();
        if (all) {
            forget();
        }
        return all;
    }

    /**
     * The content files, by their paths in the project, whose text changed since the last bake,
     * as the last call of {@link #renderAll} found: when it did not render all, the only files
     * whose documents the bake changes.
     */
    List<String> changed() {
        return changed;
    }

    /**
     * After a bake: links the kept pages JBake did not render into {@code output}, and keeps
     * those it did, which it returns.
     */
    Set<String> complete(Path output, String layout) throws IOException {
        Set<String> restored = new HashSet<>();
        for (String page : pages.keySet()) {
            Path file = output.resolve(page);
            if (!Files.exists(file)) {
                SiteFiles.link(file, folder.resolve(page));
                restored.add(page);
            }
        }
        Set<String> rendered = new HashSet<>();
        for (String uri : in(output)) {
            if (!restored.contains(uri)) {
                Path file = output.resolve(uri);
                SiteFiles.link(folder.resolve(uri), file);
                pages.put(uri, Fingerprint.of(SiteFiles.read(file)));
                rendered.add(uri);
            }
        }
        this.layout = layout;
        return rendered;
    }

    /** The fingerprint of every page of the last bake, by page. */
    Map<String, String> fingerprints() {
        return Map.copyOf(pages);
    }

    /** The pages in {@code output}, relative to it; none if it is not there. */
    static Set<String> in(Path output) throws IOException {
        if (!Files.isDirectory(output)) {
            return Set.of();
        }
        try (Stream<Path> walk = Files.walk(output)) {
            return walk.filter(f -> f.toString().endsWith(".html")).map(f -> output.relativize(f).toString())
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    /** After a failed bake, or before rendering every page: the next keeps nothing of the last. */
    void forget() {
        pages.clear();
        layout = null;
    }
}
