package io.briefkit.publish;

import io.briefkit.Finding;
import io.briefkit.bake.ReadingOrderExtractor;
import io.briefkit.check.EpubValidator;
import io.briefkit.check.PdfValidator;
import io.briefkit.check.SiteChecker;
import io.briefkit.link.LinkedPage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Makes the downloads from a checked site: the EPUB (checked by epubcheck), the PDF (checked by
 * veraPDF) and the offline edition (checked like the site, and holding the other two), and
 * links them from every page with their sizes. The files are written to a work folder; the
 * caller moves them into place with the site.
 */
public final class Publisher {
    private final EpubMetadata meta;
    private final PdfEdition pdfEdition;
    private final Function<Path, SiteChecker> checkerFor;

    /** @param checkerFor a checker for a copy of the site, to check the offline edition with */
    public Publisher(EpubMetadata meta, PdfEdition pdfEdition, Function<Path, SiteChecker> checkerFor) {
        this.meta = meta;
        this.pdfEdition = pdfEdition;
        this.checkerFor = checkerFor;
    }


    /**
     * Makes the EPUB, the PDF (from {@code singlePage}, when there is one) and the offline
     * edition into {@code work}, checks them, and links them from every page of {@code site}.
     */
    public List<Finding> publish(Path site, List<LinkedPage> pages, String singlePage, Path work, Path epub, Path pdf,
            Path zip) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Path pdfFile = work.resolve(pdf.getFileName().toString());
        // The PDF and the EPUB are made and checked side by side: each takes seconds, mostly in its checker.
        CompletableFuture<List<Finding>> pdfMade = CompletableFuture.supplyAsync(() -> makePdf(site, singlePage, pdfFile,
                pdf.getFileName().toString()), runnable -> {
                    Thread thread = new Thread(runnable, "pdf-edition");
                    thread.setDaemon(true);
                    thread.start();
                });
        Path epubFile = work.resolve(epub.getFileName().toString());
        new EpubWriter(meta).write(site, pages, epubFile);
        findings.addAll(new EpubValidator().check(epubFile, epub.getFileName().toString()));
        try {
            findings.addAll(pdfMade.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        }
        if (Finding.anyErrors(findings)) {
            return findings;
        }
        Path downloads = Files.createDirectories(site.resolve(Downloads.FOLDER));
        Files.copy(epubFile, downloads.resolve(epubFile.getFileName()));
        Files.copy(pdfFile, downloads.resolve(pdfFile.getFileName()));
        List<Downloads.File> files = List.of(Downloads.File.of(pdfFile, "PDF"), Downloads.File.of(epubFile, "EPUB"));

        String zipName = zip.getFileName().toString();
        Path bundle = work.resolve("bundle").resolve(zipName.replaceFirst("(-offline)?\\.zip$", ""));
        OfflineBundle.copySite(site, bundle);
        Downloads.write(bundle, files, null);
        for (Finding finding : checkerFor.apply(bundle).check()) {
            findings.add(new Finding(zipName + ": " + finding.path(), finding.line(), finding.message(), finding.warning()));
        }
        if (Finding.anyErrors(findings)) {
            return findings;
        }
        Path zipFile = work.resolve(zipName);
        OfflineBundle.zip(bundle, zipFile);
        Downloads.write(site, files, Downloads.File.of(zipFile, "offline edition"));
        Files.copy(zipFile, downloads.resolve(zipName));
        return findings;
    }

    private List<Finding> makePdf(Path site, String singlePage, Path pdfFile, String name) {
        if (singlePage == null) {
            return List.of(Finding.of("content", "the PDF is made from the single-page edition, and no published page"
                    + " has type=" + ReadingOrderExtractor.SINGLE_PAGE));
        }
        try {
            List<Finding> made = pdfEdition.write(site.resolve(singlePage), pdfFile);
            return made.isEmpty() ? PdfValidator.check(pdfFile, name, PdfValidator.FLAVOURS) : made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
