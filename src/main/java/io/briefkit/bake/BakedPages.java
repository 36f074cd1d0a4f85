package io.briefkit.bake;

import io.briefkit.Fingerprint;
import io.briefkit.SiteFiles;
import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The pages the last bakes rendered, kept by a baker between the preview's bakes so that JBake
 * renders again only the documents whose files changed. That is sound only while every page's
 * template output depends on nothing else that changed: the layout (see {@link Layout}) holds
 * everything else a page's rendering reads, and when it changes every page is rendered again.
 * The pages are kept as files, in a folder of the builder's, and handed on to the stages after
 * the bake where they are kept, with their fingerprints, so that no later stage need read them
 * to know they are as they were, and the one that writes the site links them into it.
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
    private Map<String, Path> unplaced = Map.of();

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
     * After a bake: keeps the pages JBake rendered into {@code output}, which it returns. The
     * kept pages it did not render are not written into the output (see {@link #unplaced}).
     */
    Set<String> complete(Path output, String layout) throws IOException {
        Set<String> rendered = in(output);
        for (String uri : rendered) {
            Path file = output.resolve(uri);
            SiteFiles.link(folder.resolve(uri), file);
            pages.put(uri, Fingerprint.of(SiteFiles.read(file)));
        }
        Map<String, Path> unplaced = new HashMap<>();
        pages.keySet().stream().filter(page -> !rendered.contains(page))
                .forEach(page -> unplaced.put(page, folder.resolve(page)));
        this.unplaced = Map.copyOf(unplaced);
        this.layout = layout;
        return rendered;
    }

    /**
     * The pages of the last bake that are not in its output, each at its kept copy: those kept
     * from the bake before, which it did not render. Whoever writes the site links each in its
     * place ({@link SiteFiles#link}), or, as the cross-linker does, puts its own page there
     * instead; a page is then written once, not linked as baked and replaced as linked.
     */
    Map<String, Path> unplaced() {
        return unplaced;
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
        unplaced = Map.of();
        layout = null;
    }
}
