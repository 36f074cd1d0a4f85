package io.briefkit.bake;

import io.briefkit.Finding;
import io.briefkit.content.ContentFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbake.app.Asset;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/**
 * Bakes a project's content and templates into a folder with an embedded JBake oven. A baker
 * made with {@link #keepingStore()} keeps JBake's content store open between bakes, for the
 * preview, and must be closed.
 */
public final class Baker implements AutoCloseable {
    private static final Pattern TEMPLATE_LOCATION =
            Pattern.compile("\\[?in template \"([^\"]+)\" (?:at|in) line (\\d+), column \\d+]?:?");
    private static final Pattern INCLUDED_SYNTAX_ERROR =
            Pattern.compile("Syntax error in template \"([^\"]+)\" in line (\\d+), column \\d+:\n([^\n]*)");
    private static final String EARLIER_ATTEMPT = "There was an error loading the template on an earlier attempt";
    private static final Pattern ERROR_START = Pattern.compile("(?m)^(?=Failed to render file )");
    /** OrientDB logs through java.util.logging; a logger held here keeps its level from being collected. */
    private static final Logger ORIENTDB_LOG = Logger.getLogger("com.orientechnologies");

    static {
        ORIENTDB_LOG.setLevel(Level.SEVERE);
        // FreeMarker would pick the validator's log4j 1.2 when present; keep it on SLF4J with the rest.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        // JBake opens its store as OrientDB's default user, admin, password admin, which OrientDB
        // makes with each database, hashing the default users' passwords in 65,536 rounds: a
        // second of a build's start for a store that lives in this process's memory alone, behind
        // a password every copy of JBake shares. Read when OrientDB's settings load, after this;
        // a value given on the command line stands.
        if (System.getProperty("security.userPasswordSaltIterations") == null) {
            System.setProperty("security.userPasswordSaltIterations", "1");
        }
        Engines.register("md", new BriefMarkdownEngine());
    }

    private final BakeStore kept;
    private final BakedPages baked;
    private final AssetComments assets = new AssetComments();
    private Set<String> rendered = Set.of();
    private java.util.Map<String, String> fingerprints = java.util.Map.of();
    /** The settings and the renderer of a good bake, with the project and layout they were made for. */
    private record Rendering(String made, DefaultJBakeConfiguration config, Renderer renderer) {
    }

    /** For a baker that keeps its store, those of its last good bake; null when the next bake must start them afresh. */
    private Rendering lastRendering;
    private int renderers;

    public Baker() {
        this(null, null);
    }

    private Baker(BakeStore kept, BakedPages baked) {
        this.kept = kept;
        this.baked = baked;
    }

    /**
     * A baker for many bakes in one JVM: JBake's store is started once, not once per bake, and
     * the pages baked are kept in {@code folder}, which the caller makes and removes, on the
     * file system of the folders baked into.
     */
    public static Baker keepingStore(Path folder) {
        return new Baker(new BakeStore(true), new BakedPages(folder));
    }

    /**
     * Bakes with some settings given on the command line rather than in jbake.properties.
     * {@code files} are the content files as read before the bake: a baker that keeps its store
     * renders again only the files that changed since its last bake, unless their headers, the
     * templates or the settings changed, and hands on the pages it kept for the others
     * ({@link #unplaced}) rather than writing them into {@code output}.
     */
    public List<Finding> bake(Path project, Path output, java.util.Map<String, String> settings, List<ContentFile> files) {
        String layout;
        try {
            layout = Layout.of(project, files, settings);
        } catch (java.io.IOException e) {
            return List.of(Finding.of("templates", "could not read the templates: " + e.getMessage()));
        }
        boolean renderAll = kept == null || baked.renderAll(layout, files);
        DefaultJBakeConfiguration config;
        Renderer renderer;
        ContentStore store = kept != null ? kept : new BakeStore(false);
        String made = project + "\n" + layout;
        if (!renderAll && lastRendering != null && lastRendering.made().equals(made)) {
            // The same settings and templates: the renderer keeps the templates FreeMarker parsed.
            config = lastRendering.config();
            config.setDestinationFolder(output.toFile());
            config.setClearCache(false);
            renderer = lastRendering.renderer();
        } else {
            config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(project.toFile(), output.toFile(), renderAll);
            // The site is the brief's pages only: JBake's blog outputs are switched off here, not
            // left to jbake.properties, because the site has no templates for them.
            for (String jbakeOutput : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
                config.setProperty("render." + jbakeOutput, false);
            }
            config.setProperty("db.store", "memory");
            config.setProperty("asset.ignore", true);
            settings.forEach(config::setProperty);
            renderer = new Renderer(store, config);
            renderers++;
        }
        lastRendering = null;
        if (kept != null) {
            kept.layout(layout);
        }
        Utensils utensils = utensils(config, store, renderer);
        // The same files and headers: only the changed files' documents are put in the store again.
        BodiesCrawler changed = renderAll ? null : BodiesCrawler.of(store, config, files, baked.changed());
        if (changed != null) {
            utensils.setCrawler(changed);
            if (!changed.assetsInContent()) {
                utensils.setAsset(new Asset(config) {
                    @Override
                    public void copyAssetsFromContent(java.io.File path) {
                        // The content folder holds content alone (see ContentFolder): nothing to copy.
                    }
                });
            }
        }
        Oven oven = new Oven(utensils);
        try {
            oven.bake();
        } catch (RuntimeException | Error e) {
            // The store may hold some of this bake's changes: the next bake starts afresh.
            forget();
            throw e;
        }
        List<Finding> findings = new ArrayList<>();
        for (Throwable error : oven.getErrors()) {
            findings.addAll(describe(error));
        }
        fingerprints = java.util.Map.of();
        try {
            if (kept != null && findings.isEmpty()) {
                rendered = Set.copyOf(baked.complete(output, layout));
                fingerprints = baked.fingerprints();
                lastRendering = new Rendering(made, config, renderer);
            } else {
                forget();
                rendered = Set.copyOf(BakedPages.in(output));
            }
        } catch (java.io.IOException e) {
            forget();
            rendered = Set.of();
            findings.add(Finding.of("jbake", "could not keep the pages this bake rendered: " + e.getMessage()));
        }
        try {
            assets.strip(output);
        } catch (java.io.IOException e) {
            findings.add(Finding.of("assets", "could not write the stylesheets and scripts: " + e.getMessage()));
        }
        return findings;
    }

    /**
     * The pages of the last bake that a baker that keeps its store kept from the bake before and
     * did not write into the output, each at its kept copy: whoever writes the site puts each
     * in its place, as a link to that copy ({@link io.briefkit.SiteFiles#link}) or as a page
     * made from it. Empty for another baker, and after a bake that failed.
     */
    public java.util.Map<String, Path> unplaced() {
        return kept != null && !fingerprints.isEmpty() ? baked.unplaced() : java.util.Map.of();
    }

    /** How many renderers this baker has made, for tests of what it keeps. */
    int renderers() {
        return renderers;
    }

    /**
     * The pages, relative to the output, that the last bake rendered; a baker that keeps its
     * store hands on the others as it kept them from the bake before ({@link #unplaced}).
     */
    public Set<String> rendered() {
        return rendered;
    }

    /**
     * The fingerprint of every page of the last bake, by page, for a baker that keeps its store:
     * later stages need not read a page to know whether it is as it was. Empty for another baker.
     */
    public java.util.Map<String, String> fingerprints() {
        return fingerprints;
    }

    private void forget() {
        if (baked != null) {
            baked.forget();
        }
        if (kept != null) {
            kept.forgetLayout();
        }
    }

    /** What JBake's {@code UtensilsFactory} makes, but with this project's store and the renderer given. */
    private static Utensils utensils(DefaultJBakeConfiguration config, ContentStore store, Renderer renderer) {
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(renderer);
        utensils.setAsset(new Asset(config));
        return utensils;
    }

    @Override
    public void close() {
        if (kept != null) {
            kept.release();
        }
    }

    /**
     * JBake reports failed pages as one text with each template error's message, so the
     * template and line are read from FreeMarker's "[in template "x" at line n" marks.
     */
    static List<Finding> describe(Throwable error) {
        List<Finding> findings = new ArrayList<>();
        List<String> again = new ArrayList<>();
        String text = String.valueOf(error.getMessage());
        for (String entry : ERROR_START.split(text)) {
            Matcher included = INCLUDED_SYNTAX_ERROR.matcher(entry);
            if (included.find()) {
                // A partial that does not parse: report it at its own line, with FreeMarker's words.
                findings.add(new Finding("templates/" + included.group(1), Integer.parseInt(included.group(2)),
                        "syntax error: " + included.group(3).replaceFirst(" Help \\(latest version\\):.*", "").strip()));
                continue;
            }
            if (entry.contains(EARLIER_ATTEMPT)) {
                // The same partial again, for another page: its own error is reported once.
                again.add(entry);
                continue;
            }
            locate(entry, findings);
        }
        if (findings.isEmpty()) {
            again.forEach(entry -> locate(entry, findings));
        }
        if (findings.isEmpty()) {
            findings.add(Finding.of("jbake", summary(text)));
        }
        return findings;
    }

    private static void locate(String entry, List<Finding> findings) {
        Matcher where = TEMPLATE_LOCATION.matcher(entry);
        if (where.find()) {
            findings.add(new Finding("templates/" + where.group(1), Integer.parseInt(where.group(2)), summary(entry)));
        }
    }

    /** The error's own words: its first line and a following "==> expression" line, without locations. */
    private static String summary(String entry) {
        String[] lines = entry.strip().split("\n");
        String message = lines[0].replaceFirst("^Failed to render file .*?Cause: ", "")
                .replaceFirst("^([\\w.]+Exception: )+", "").strip();
        if (lines.length > 1 && (lines[1].startsWith("==>") || message.endsWith(":"))) {
            message += " " + lines[1].strip();
        }
        return TEMPLATE_LOCATION.matcher(message).replaceAll("").strip();
    }
}
