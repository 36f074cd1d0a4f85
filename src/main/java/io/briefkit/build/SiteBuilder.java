package io.briefkit.build;

import io.briefkit.bake.Baker;
import io.briefkit.bake.ReadingOrderExtractor;
import io.briefkit.Finding;
import io.briefkit.check.Budget;
import io.briefkit.check.EpubValidator;
import io.briefkit.check.MarkupValidation;
import io.briefkit.check.PdfValidator;
import io.briefkit.check.SiteChecker;
import io.briefkit.cite.Brief;
import io.briefkit.cite.BriefMetadata;
import io.briefkit.cite.SourceBibliography;
import io.briefkit.content.Actor;
import io.briefkit.content.ContentFile;
import io.briefkit.content.EndnoteFile;
import io.briefkit.content.SiteAddress;
import io.briefkit.content.Source;
import io.briefkit.content.SourceFile;
import io.briefkit.link.CrossLinker;
import io.briefkit.link.LinkMemory;
import io.briefkit.link.LinkedPage;
import io.briefkit.link.MentionMatcher;
import io.briefkit.publish.Citations;
import io.briefkit.publish.PdfEdition;
import io.briefkit.publish.Publisher;
import io.briefkit.publish.SearchIndex;
import io.briefkit.publish.SocialCard;
import io.briefkit.publish.SiteMap;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The whole build: check the sources and notes, bake into a fresh folder beside the output,
 * cross-link the pages, check what was baked, and only then swap it in, so a failed build
 * never touches the live site.
 */
public final class SiteBuilder implements AutoCloseable {
    /** Where the replaced sites are removed: a thread of their own, which does not keep the JVM alive. */
    private static final java.util.concurrent.Executor REMOVER = task -> {
        Thread thread = new Thread(task, "remove-old-site");
        thread.setDaemon(true);
        thread.start();
    };

    /** Where the downloads go: the EPUB, the PDF and the offline edition's zip, beside the site. */
    public record Downloads(Path epub, Path pdf, Path zip) {
    }


    private final MarkupValidation validation = new MarkupValidation();
    private final Remembered remembered = new Remembered();
    private final ProjectReader reader = new ProjectReader(remembered);
    private Baker baker = new Baker();
    /** Whether this builder is kept warm (see {@link #keepWarm()}). */
    private boolean warm;
    /** The folder beside the output where a builder kept warm keeps its last build's pages; null until its first build. */
    private Path kept;
    /** What the last cross-linking made, and its search index, kept by a builder kept warm; null otherwise. */
    private LinkMemory linkMemory;
    private SearchIndex lastIndex;
    private Citations.Files citationFiles;
    private String baseUrl;
    private Stages stages = new Stages();
    /** The removal of the sites a builder kept warm replaced, one after the other, while it goes on. */
    private java.util.concurrent.CompletableFuture<Void> removing = java.util.concurrent.CompletableFuture.completedFuture(null);
    private BiConsumer<String, Double> progress = (stage, ms) -> { };

    public List<Finding> build(Path project, Path output) throws IOException {
        return build(project, output, null);
    }

    /**
     * Keeps what a build starts (JBake's content store) and what it makes for the next build, as
     * the preview wants; {@link #close()} lets it go. A builder without this starts everything afresh.
     */
    public SiteBuilder keepWarm() {
        warm = true;
        validation.rememberCuts();
        validation.rememberShapes();
        return this;
    }

    /** Stops the HTML checkers' threads and closes, and removes, what {@link #keepWarm()} kept. */
    @Override
    public void close() {
        removing.exceptionally(failure -> null).join();
        validation.close();
        baker.close();
        if (kept != null) {
            removeQuietly(kept);
        }
    }

    /** Removes a folder of the builder's, or leaves it to a later build beside the same output, this process having ended. */
    private static void removeQuietly(Path folder) {
        try {
            Folders.delete(folder);
        } catch (IOException | RuntimeException e) {
            // Left for a later build.
        }
    }

    /**
     * For a builder kept warm, its first build makes the folder beside {@code output} where the
     * baker and the cross-linker keep what they made, as files that the next build links to.
     */
    private void keepBeside(Path output) throws IOException {
        if (warm && kept == null) {
            kept = Folders.fresh(output, "kept");
            baker.close();
            baker = Baker.keepingStore(kept.resolve("baked"));
            linkMemory = new LinkMemory(kept.resolve("linked"));
        }
    }

    /** Tells {@code progress} each stage's name and milliseconds as it ends, for a build that shows its progress. */
    public SiteBuilder onStage(BiConsumer<String, Double> progress) {
        this.progress = progress;
        return this;
    }

    /** The site's public address (ending in /) for canonical links and the sitemap; null for none. */
    public SiteBuilder baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * Returns the problems found; with no errors among them the output folder now holds the
     * new site, and the downloads, if asked for, are in place.
     */
    public List<Finding> build(Path project, Path output, Downloads downloads) throws IOException {
        project = project.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        stages = new Stages(progress);
        if (downloads != null) {
            Files.createDirectories(output.getParent());
            EpubValidator.warmUp(Folders.fresh(output, "work"));
            PdfValidator.warmUp();
        }
        List<Finding> findings = new ArrayList<>();
        ProjectData data = reader.read(project, findings);
        List<ContentFile> files = data.files();
        BriefSettings settings = data.settings();
        List<Source> sources = data.sources();
        stages.end("read and lint");
        if (Finding.anyErrors(findings)) {
            return sorted(findings);
        }
        Files.createDirectories(output.getParent());
        Folders.clearLeftovers(output);
        keepBeside(output);
        Path staging = Folders.fresh(output, "new");
        Path work = Folders.fresh(output, "work");
        Folders.readableByAll(staging);
        List<LinkedPage> parts = readingOrder(files);
        try {
            Budget budget = settings.budget();
            String singlePage = singlePage(files);
            SiteChecker checker = checker(staging, files, budget, baseUrl).fontBudget(settings.fontBudget());
            SearchIndex index = null;
            Map<String, String> written = Map.of();
            Map<String, io.briefkit.PageEdit> edits = Map.of();
            findings.addAll(baker.bake(project, staging,
                    baseUrl == null ? Map.of() : Map.of(SiteAddress.BASE_URL, baseUrl), files));
            stages.end("bake");
            if (!Finding.anyErrors(findings)) {
                index = new SearchIndex(staging, parts);
                index.names(data.actors().stream().map(Actor::names).toList());
                CrossLinker linker = new CrossLinker(staging, parts, data.noteTexts(), data.actorTexts())
                        .bakedAs(baker.fingerprints()).unplaced(baker.unplaced()).singlePage(singlePage)
                        .aboutPage(pageOfType(files, ReadingOrderExtractor.ABOUT_PAGE), data.corrections())
                        .citations(pageOfType(files, ReadingOrderExtractor.SOURCES_PAGE),
                                sources.isEmpty() ? null : remembered.get("bibliography", project,
                                        List.of(SourceFile.PATH, EndnoteFile.PATH), data.sourceStyle(), findings,
                                        found -> SourceBibliography.of(data.sourceStyle(), sources, data.notes())),
                                briefMetadata(settings.citedBrief(baseUrl), sources));
                // The templates' HTML is checked while the pages are cross-linked, from the
                // linker's own reading of each page it links; if it is invalid, that is what the
                // editor needs to see, not what linking made of it.
                SiteChecker.Pending markup = checker.startMarkupCheck(baker.fingerprints(), linker.reads(), baker.unplaced());
                List<Finding> linking = linker.onParse(markup::parsed)
                        .matchers(names -> remembered.get("mention matcher", names, MentionMatcher::new))
                        .onWrite(index::add).remember(linkMemory).onKeep(keeping(index)).link();
                written = linker.written();
                edits = linker.edits();
                lastIndex = index;
                stages.end("cross-link");
                List<Finding> invalid = markup.join();
                findings.addAll(Finding.anyErrors(invalid) ? invalid : linking);
                stages.end("check templates' HTML");
            }
            if (!Finding.anyErrors(findings)) {
                index.write();
                if (baseUrl != null) {
                    SiteMap.write(staging, baseUrl);
                }
                // Made again only when the brief's record or the sources' did.
                citationFiles = Citations.Files.of(settings.citedBrief(baseUrl), sources, citationFiles);
                citationFiles.write(staging);
                // The card is drawn again only when its words or its fonts changed.
                SocialCard.Text card = settings.socialCard();
                Path fonts = project.resolve(SocialCard.FONTS);
                byte[] png = remembered.get("social card", project,
                        List.of(SocialCard.FONTS + "/SourceSerif4-Regular.ttf", SocialCard.FONTS + "/SourceSerif4-Bold.ttf"),
                        card.toString(), findings, found -> SocialCard.draw(fonts, card));
                Files.write(staging.resolve(SocialCard.FILE), png);
                stages.end("search index and citations");
            }
            if (!Finding.anyErrors(findings)) {
                findings.addAll(checker.check(written, edits));
                stages.end("check site");
            }
            if (!Finding.anyErrors(findings) && downloads != null) {
                findings.addAll(new Publisher(settings.epubMetadata(), new PdfEdition(project, settings.pdfMetadata()),
                        copy -> checker(copy, files, budget, baseUrl).fontBudget(settings.fontBudget()))
                        .publish(staging, parts, singlePage, work, downloads.epub(), downloads.pdf(), downloads.zip()));
                if (!Finding.anyErrors(findings)) {
                    findings.addAll(checker.check());
                }
                stages.end("downloads (EPUB, PDF, zip)");
            }
            if (!Finding.anyErrors(findings)) {
                if (warm) {
                    // The last site is removed after the build has answered, not before.
                    Path old = Folders.replaceLeavingOld(output, staging);
                    removing = removing.exceptionally(failure -> null).thenRunAsync(() -> removeQuietly(old), REMOVER);
                } else {
                    Folders.replace(output, staging);
                }
                if (downloads != null) {
                    Folders.move(work.resolve(downloads.epub().getFileName().toString()), downloads.epub());
                    Folders.move(work.resolve(downloads.pdf().getFileName().toString()), downloads.pdf());
                    Folders.move(work.resolve(downloads.zip().getFileName().toString()), downloads.zip());
                }
                stages.end("swap in");
            }
        } finally {
            Folders.delete(staging);
            Folders.delete(work);
        }
        return sorted(findings);
    }

    /** What the overview says of {@code brief}, whose citations in five styles are made again only when it changed. */
    private BriefMetadata briefMetadata(Brief brief, List<Source> sources) {
        return new BriefMetadata(brief, (baseUrl == null ? "" : baseUrl) + SocialCard.FILE, sources,
                remembered.get("brief's citations", brief, SourceBibliography::citeBrief));
    }

    /** What indexes a page the cross-linker wrote as it was: the last build's entries for it. */
    private java.util.function.Consumer<String> keeping(SearchIndex index) {
        SearchIndex last = lastIndex;
        return uri -> index.keep(uri, last);
    }

    /**
     * The parts the last build's cross-linker linked: every one, or, for a builder kept warm,
     * only those a save changed when nothing they share with other pages did (see {@link LinkMemory}).
     */
    public java.util.Set<String> relinked() {
        return linkMemory == null ? java.util.Set.of() : linkMemory.relinked();
    }

    /** How long each stage of the last build took. */
    public Stages stages() {
        return stages;
    }

    /** The published parts of the brief, in the order their headers give; search, not found and the single page are not parts. */
    static List<LinkedPage> readingOrder(List<ContentFile> files) {
        return files.stream().filter(f -> "published".equals(f.get("status"))
                        && !ReadingOrderExtractor.NOT_PARTS.contains(f.get("type")))
                .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.get("order"))))
                .map(f -> new LinkedPage(f.outputUri(), f.get("nav") != null ? f.get("nav") : f.get("title")))
                .toList();
    }

    /** The single-page edition's file, or null when no published page has that type. */
    static String singlePage(List<ContentFile> files) {
        return pageOfType(files, ReadingOrderExtractor.SINGLE_PAGE);
    }

    /** The file of the published page of {@code type}, or null when there is none. */
    private static String pageOfType(List<ContentFile> files, String type) {
        return files.stream().filter(f -> "published".equals(f.get("status")) && type.equals(f.get("type")))
                .map(ContentFile::outputUri).findFirst().orElse(null);
    }

    /**
     * A checker of {@code site}, with the budget of every page but those whose header sets their
     * own ({@code budget=}); with the public address {@code baseUrl} (or null), the not-found page
     * writes its links from the address's path, to be served at any depth.
     */
    private SiteChecker checker(Path site, List<ContentFile> files, Budget budget, String baseUrl) {
        SiteChecker checker = new SiteChecker(site, files, validation, budget);
        String notFound = pageOfType(files, "notfound");
        if (notFound != null && baseUrl != null) {
            checker.servedAtAnyDepth(notFound, URI.create(baseUrl).getRawPath());
        }
        for (ContentFile file : files) {
            if (file.get("budget") != null) {
                checker.budget(file.outputUri(), new Budget(Integer.parseInt(file.get("budget").strip()), budget.requests(),
                        "budget= in " + file.path() + "'s header, and budget.page.requests in jbake.properties"));
            }
        }
        return checker;
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted().distinct().toList();
    }
}
