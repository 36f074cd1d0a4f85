package io.briefkit.cli;

import io.briefkit.build.SiteBuilder;
import io.briefkit.content.SiteAddress;
import io.briefkit.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bakes content/ with templates/ and assets/ into the output folder, checks the result,"
                + " and replaces the output folder only if every check passed.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--source", description = "Project folder (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path source;

    @Option(names = "--output", description = "Site folder to replace (default: ${DEFAULT-VALUE}).",
            defaultValue = "target/site")
    Path output;

    @Option(names = "--epub", description = "Also write the brief as an EPUB here, checked by epubcheck.")
    Path epub;

    @Option(names = "--pdf", description = "Also write the brief as a tagged PDF here, checked by veraPDF.")
    Path pdf;

    @Option(names = "--offline-zip", description = "Also write the offline edition (the site, zipped) here.")
    Path offlineZip;

    @Option(names = "--base-url", description = "The site's public address, ending in /, for canonical links,"
            + " the sitemap and citations (Maven property site.baseurl); empty for none.")
    String baseUrl;

    @Option(names = "--deploy-url", description = "Where mvn site-deploy will publish (site.deploy.url), checked here"
            + " so that a mistake stops the build before anything is uploaded.")
    String deployUrl;

    /** One line per stage as it ends, so that a build of several seconds shows where it is. */
    private static void progress(String stage, double millis) {
        System.out.printf(java.util.Locale.ROOT, "  %-28s %6.1f s%n", stage, millis / 1000);
        System.out.flush();
    }

    @Override
    public Integer call() throws Exception {
        List<Finding> addressProblems = new java.util.ArrayList<>();
        String base = SiteAddress.baseUrl(baseUrl, addressProblems);
        if (base == null && addressProblems.isEmpty() && Boolean.getBoolean("brief.requireBaseUrl")) {
            addressProblems.add(SiteAddress.missingBaseUrl());
        }
        if (deployUrl != null) {
            SiteAddress.checkDeployUrl(deployUrl, addressProblems);
        }
        if (!addressProblems.isEmpty()) {
            addressProblems.forEach(System.err::println);
            return 1;
        }
        if ((epub == null) != (offlineZip == null) || (epub == null) != (pdf == null)) {
            System.err.println("--epub, --pdf and --offline-zip go together: each page links to all three downloads");
            return 2;
        }
        SiteBuilder.Downloads downloads = epub == null ? null : new SiteBuilder.Downloads(epub, pdf, offlineZip);
        List<Finding> findings;
        try (SiteBuilder builder = new SiteBuilder()) {
            findings = builder.baseUrl(base).onStage(BuildCommand::progress).build(source, output, downloads);
        }
        findings.forEach(System.err::println);
        if (!Finding.anyErrors(findings)) {
            System.out.println("Site written to " + output + (downloads == null ? "" : "; downloads: " + pdf + ", " + epub + ", " + offlineZip));
            return 0;
        }
        long errors = findings.stream().filter(f -> !f.warning()).count();
        System.err.println(errors + (errors == 1 ? " problem" : " problems") + "; " + output + " was left as it was.");
        return 1;
    }
}
