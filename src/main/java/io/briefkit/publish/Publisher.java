package io.briefkit.publish;

import io.briefkit.check.EpubValidator;
import io.briefkit.Finding;
import io.briefkit.check.SiteChecker;
import io.briefkit.link.LinkedPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Makes the downloads from a checked site: the EPUB (checked by epubcheck) and the offline
 * edition (checked like the site), and links both from every page with their sizes. Both
 * files are written to a work folder; the caller moves them into place with the site.
 */
public final class Publisher {
    private final EpubMetadata meta;
    private final Function<Path, SiteChecker> checkerFor;

    /** @param checkerFor a checker for a copy of the site, to check the offline edition with */
    public Publisher(EpubMetadata meta, Function<Path, SiteChecker> checkerFor) {
        this.meta = meta;
        this.checkerFor = checkerFor;
    }


    public List<Finding> publish(Path site, List<LinkedPage> pages, Path work, Path epub, Path zip) throws IOException {
        List<Finding> findings = new ArrayList<>();
        Path epubFile = work.resolve(epub.getFileName().toString());
        new EpubWriter(meta).write(site, pages, epubFile);
        findings.addAll(new EpubValidator().check(epubFile, epub.getFileName().toString()));
        if (Finding.anyErrors(findings)) {
            return findings;
        }
        long epubSize = Files.size(epubFile);
        Path downloads = Files.createDirectories(site.resolve(Downloads.FOLDER));
        Files.copy(epubFile, downloads.resolve(epubFile.getFileName()));

        String zipName = zip.getFileName().toString();
        Path bundle = work.resolve("bundle").resolve(zipName.replaceFirst("(-offline)?\\.zip$", ""));
        OfflineBundle.copySite(site, bundle);
        Downloads.write(bundle, epubFile.getFileName().toString(), epubSize, null, 0);
        for (Finding finding : checkerFor.apply(bundle).check()) {
            findings.add(new Finding(zipName + ": " + finding.path(), finding.line(), finding.message(), finding.warning()));
        }
        if (Finding.anyErrors(findings)) {
            return findings;
        }
        Path zipFile = work.resolve(zipName);
        OfflineBundle.zip(bundle, zipFile);
        Downloads.write(site, epubFile.getFileName().toString(), epubSize, zipName, Files.size(zipFile));
        Files.copy(zipFile, downloads.resolve(zipName));
        return findings;
    }
}
