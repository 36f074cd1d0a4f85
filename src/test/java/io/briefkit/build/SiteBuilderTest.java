package io.briefkit.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.FixtureProject;
import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bakes small fixture projects, with the fixture's own templates, and checks what an editor sees. */
class SiteBuilderTest {
    @TempDir
    Path dir;
    FixtureProject project;

    @BeforeEach
    void setUp() throws IOException {
        project = FixtureProject.create(dir);
    }

    private List<String> build() throws IOException {
        return new SiteBuilder().build(project.root(), project.output()).stream().map(Finding::toString).toList();
    }

    private Document page(String name) throws IOException {
        return Jsoup.parse(project.output().resolve(name).toFile());
    }

    /** Builds once, marks the live site, breaks the project, and checks the failed build left it alone. */
    private List<String> buildBroken(String path, String from, String to) throws IOException {
        assertEquals(List.of(), build());
        Files.writeString(project.output().resolve("marker.txt"), "live");
        String before = Files.readString(project.output().resolve("one.html"));
        project.replace(path, from, to);
        List<String> findings = build();
        assertEquals("live", Files.readString(project.output().resolve("marker.txt")), "live site replaced");
        assertEquals(before, Files.readString(project.output().resolve("one.html")), "live page changed");
        try (Stream<Path> siblings = Files.list(project.output().getParent())) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).toList(),
                    "staging folders left behind");
        }
        return findings;
    }

    @Test
    void bakesPagesInHeaderOrderWithNavigation() throws IOException {
        project.write("content/a-last.md", FixtureProject.page("Part Two", "page", 2, "Two", "More."));
        assertEquals(List.of(), build());
        Document one = page("one.html");
        assertEquals(List.of("index.html", "one.html", "a-last.html", "glossary.html"), one.select("nav.toc a").eachAttr("href"));
        assertEquals("one.html", one.selectFirst("nav.toc a[aria-current=page]").attr("href"));
        assertEquals("index.html", one.selectFirst("a[rel=prev]").attr("href"));
        assertEquals("a-last.html", one.selectFirst("a[rel=next]").attr("href"));
        assertEquals("glossary.html", page("a-last.html").selectFirst("a[rel=next]").attr("href"));
        assertTrue(page("glossary.html").select("a[rel=next]").isEmpty());
        assertTrue(page("index.html").select("a[rel=prev]").isEmpty());
    }

    @Test
    void endnoteMarkerStaysVisible() throws IOException {
        assertEquals(List.of(), build());
        assertEquals("1", page("one.html").selectFirst("main .note-ref").text());
    }

    @Test
    void brokenLinkIsReportedAtTheContentLine() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.", "See [part two](two.html).");
        assertEquals(List.of("content/one.md:8: broken link: no page two.html: \"two.html\""), findings);
    }

    @Test
    void anImageWithoutAltTextIsReportedAtTheContentLine() throws IOException {
        project.write("assets/map.png", "not really a picture");
        List<String> findings = buildBroken("content/one.md", "The first part.", "The first part.\n\n![](map.png)");
        assertEquals(List.of("content/one.md:10: image without alt text: describe it between the brackets of"
                + " ![…](map.png) for readers who cannot see it, and for the tagged PDF"), findings);
    }

    @Test
    void aPageHeaderSetsThatPagesOwnBudget() throws IOException {
        project.replace("content/one.md", "nav=One\n", "nav=One\nbudget=1\n");
        List<String> findings = build();
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("one.html: over the page budget of under 1 KB and at most 6 requests on first"
                + " load (budget= in content/one.md's header, and budget.page.requests in jbake.properties)"), findings.get(0));
    }

    @Test
    void anImageWithAltTextIsFine() throws IOException {
        project.write("assets/map.png", "not really a picture");
        project.replace("content/one.md", "The first part.", "The first part.\n\n![A map of the region](map.png)");
        assertEquals(List.of(), build());
    }

    @Test
    void brokenAnchorIsReported() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.", "See [the abstract](index.html#nowhere).");
        assertEquals(List.of("content/one.md:8: broken anchor: index.html has no id \"nowhere\": \"index.html#nowhere\""),
                findings);
    }

    @Test
    void rootAbsoluteAndFolderLinksAreRejected() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.", "[Home](/index.html) and [CSS](css/).");
        assertEquals(List.of(
                "content/one.md:8: links to a folder, which does not open from disk; link to its index.html: \"css/\"",
                "content/one.md:8: root-absolute URL breaks from disk and under a sub-path; use a relative path:"
                        + " \"/index.html\""), findings.stream().sorted().toList());
    }

    @Test
    void thirdPartyAssetInTemplateIsRejected() throws IOException {
        List<String> findings = buildBroken("templates/layout.ftl", "<link rel=\"stylesheet\" href=\"${root}css/site.css\">",
                "<link rel=\"stylesheet\" href=\"${root}css/site.css\">\n<script src=\"https://cdn.example.com/x.js\"></script>");
        assertEquals(List.of("actor-kabul.html", "glossary.html", "index.html", "one.html"),
                findings.stream().map(f -> f.substring(0, f.indexOf(':'))).toList(), findings::toString);
        assertTrue(findings.get(2).matches("index\\.html:\\d+: asset must be a file of the site, not an absolute or"
                + " third-party URL: \"https://cdn.example.com/x.js\" \\(page built from content/index\\.md\\)"),
                findings.get(2));
    }

    @Test
    void styleOrScriptWrittenIntoAPageIsReportedBecauseTheSitesPolicyBlocksIt() throws IOException {
        project.replace("templates/layout.ftl", "<link rel=\"stylesheet\" href=\"${root}css/site.css\">",
                "<link rel=\"stylesheet\" href=\"${root}css/site.css\">\n<noscript><style>p { color: red; }</style></noscript>");
        project.replace("content/one.md", "The first part.", "The <span onclick=\"go()\">first</span> part.");
        List<String> findings = build();
        assertFalse(Files.exists(project.output()), "no site written");
        assertTrue(findings.contains("one.html: an onclick attribute on <span>, which the site's Content-Security-Policy"
                + " blocks (hosting/nginx-site.conf): move it to a file under assets/ (page built from content/one.md)"),
                findings::toString);
        assertEquals(List.of("actor-kabul.html", "glossary.html", "index.html", "one.html"), findings.stream()
                .filter(f -> f.contains(": a <style> element inside <noscript>, which the site's Content-Security-Policy blocks"))
                .map(f -> f.substring(0, f.indexOf(':'))).toList(), findings::toString);
    }

    @Test
    void invalidHtmlIsReported() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.", "<span><div>block in inline</div></span>");
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.startsWith("one.html:") && f.contains("invalid HTML: ")
                && f.endsWith("(page built from content/one.md)")), findings::toString);
    }

    @Test
    void markupThatTheCrossLinkerWouldRepairIsReportedAsWritten() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.",
                "Misnested <em>a <strong>b</em> c</strong> here.");
        assertFalse(findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.startsWith("one.html:") && f.contains("invalid HTML: ")
                && f.endsWith("(page built from content/one.md)")), findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.contains("“em”")), findings::toString);
    }

    @Test
    void pageWithoutTitleIsReported() throws IOException {
        List<String> findings = buildBroken("templates/layout.ftl",
                "<title>${content.title} · ${config.brief_series}</title>",
                "<title> </title>");
        assertTrue(findings.contains("index.html: page has no title"), findings::toString);
        assertTrue(findings.contains("one.html: page has no title"), findings::toString);
    }

    @Test
    void templateErrorIsReportedAtTheTemplateLine() throws IOException {
        List<String> findings = buildBroken("templates/page.ftl", "<h1>${content.title}</h1>", "<h1>${content.nosuchfield}</h1>");
        assertEquals(1, findings.size(), findings::toString);
        assertEquals("templates/page.ftl:5: The following has evaluated to null or missing: ==> content.nosuchfield",
                findings.get(0));
    }

    @Test
    void templateSyntaxErrorIsReportedAtTheTemplateLine() throws IOException {
        List<String> findings = buildBroken("templates/page.ftl", "<h1>${content.title}</h1>", "<h1><#if>x</#if></h1>");
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).startsWith("templates/page.ftl:5: syntax error: #if is an existing directive, but the tag is malformed."), findings.get(0));
    }

    @Test
    void aSyntaxErrorInAPartialIsReportedOnceAtItsOwnLine() throws IOException {
        List<String> findings = buildBroken("templates/partials/footer.ftl", "</#if>", "</#iff>");
        assertEquals(List.of("templates/partials/footer.ftl:5: syntax error: Unknown directive: #iff."), findings);
    }

    @Test
    void referenceToAnUndefinedNoteIsReportedAtTheContentLine() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.[^1]", "The first part.[^1] More.[^7]");
        assertEquals(List.of("content/one.md:8: reference to note 7, which notes/endnotes.yaml does not define"), findings);
    }

    @Test
    void noteNeverCitedIsReportedAtTheNotesLine() throws IOException {
        List<String> findings = buildBroken("notes/endnotes.yaml", "<https://example.org/a>.\n",
                "<https://example.org/a>.\n- note: 2\n  text: Never cited.\n");
        assertEquals(List.of("notes/endnotes.yaml:3: note 2 is never cited: add [^2] where the text cites it"), findings);
    }

    @Test
    void malformedUrlInANoteIsReportedAtItsLine() throws IOException {
        List<String> findings = buildBroken("notes/endnotes.yaml", "<https://example.org/a>", "<http://doi:10.1/x>");
        assertEquals(List.of("notes/endnotes.yaml:2: note 1: malformed URL <http://doi:10.1/x>: no valid host name"), findings);
    }

    private static final String SOURCE = "- id: author2020\n  notes: [1]\n  kind: news\n  type: webpage\n"
            + "  author:\n    - {family: Author, given: A.}\n  title: A Source\n  URL: https://example.org/a\n";

    @Test
    void aSourceRecordTheNoteDoesNotBearOutStopsTheBuildAtTheRecord() throws IOException {
        project.write("notes/sources.yaml", SOURCE);
        List<String> findings = buildBroken("notes/sources.yaml", "title: A Source", "title: Another Source");
        assertEquals(List.of("notes/sources.yaml:1: author2020: note 1 does not print its title \"Another Source\": correct"
                + " the record, or say why it differs under differs-from-note"), findings);
    }

    @Test
    void aSourceRecordWithABadDateStopsTheBuildAtTheRecord() throws IOException {
        project.write("notes/sources.yaml", SOURCE);
        List<String> findings = buildBroken("notes/sources.yaml", "  URL:", "  issued: 20-01\n  URL:");
        assertEquals(List.of("notes/sources.yaml:1: author2020: issued must be a date written like 2021, 2021-06 or"
                + " 2021-06-18, not \"20-01\""), findings);
    }

    @Test
    void anUnknownCitationStyleIsReportedAtItsLine() throws IOException {
        project.write("notes/sources.yaml", SOURCE);
        project.write("jbake.properties", project.read("jbake.properties") + "\nsources.style=apa\n");
        List<String> findings = buildBroken("jbake.properties", "sources.style=apa", "sources.style=apa-7");
        int line = project.read("jbake.properties").lines().toList().indexOf("sources.style=apa-7") + 1;
        assertEquals(List.of("jbake.properties:" + line + ": sources.style: \"apa-7\" is not a CSL style citeproc-java knows;"
                + " use a style's file name without .csl, e.g. apa, chicago-author-date or modern-language-association"),
                findings);
    }

    @Test
    void linkToAnUnknownActorIsReportedAtTheContentLine() throws IOException {
        List<String> findings = buildBroken("content/one.md", "The first part.[^1]", "The [capital](actor:kabol).[^1]");
        assertEquals(List.of("content/one.md:8: link to unknown actor \"kabol\": use an id from glossary/actors.yaml,"
                + " or actor:none to keep the words unlinked"), findings);
    }

    @Test
    void aliasClaimedByTwoActorsStopsTheBuild() throws IOException {
        List<String> findings = buildBroken("glossary/actors.yaml", "The capital of Afghanistan.\n",
                "The capital of Afghanistan.\n- id: city\n  name: Kabul\n  kind: place\n  description: A city.\n");
        assertEquals(List.of("glossary/actors.yaml:5: \"Kabul\" is claimed by city and by kabul (line 1):"
                + " a name belongs to one actor"), findings);
    }

    @Test
    void anActorNamedNowhereWarnsButTheSiteIsBuilt() throws IOException {
        project.replace("glossary/actors.yaml", "The capital of Afghanistan.\n",
                "The capital of Afghanistan.\n- id: herat\n  name: Herat\n  kind: place\n  description: A city.\n");
        List<String> findings = build();
        assertEquals(List.of("glossary/actors.yaml:5: warning: herat is named nowhere in the brief, neither in its text"
                + " nor in its notes"), findings);
        assertTrue(Files.isRegularFile(project.output().resolve("actor-herat.html")));
    }

    @Test
    void malformedHeaderStopsTheBuildBeforeBaking() throws IOException {
        List<String> findings = buildBroken("content/one.md", "type=page\n", "type page\n");
        assertEquals(List.of("content/one.md:2: malformed header line \"type page\": expected key=value,"
                + " and the header must end with a line \"~~~~~~\""), findings);
    }

    @Test
    void pageOverItsBudgetStopsTheBuild() throws IOException {
        List<String> findings = buildBroken("jbake.properties", "budget.page.kb=60", "budget.page.kb=1");
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("one.html: over the page budget of under 1 KB and at"
                + " most 6 requests on first load (budget.page.kb and budget.page.requests in jbake.properties): ")
                && f.endsWith("(page built from content/one.md)")), findings::toString);
        String one = findings.stream().filter(f -> f.startsWith("one.html:")).findFirst().orElseThrow();
        assertTrue(one.matches(".*: \\d+\\.\\d KB \\(HTML \\d+\\.\\d KB, CSS \\d+\\.\\d KB, JS \\d+\\.\\d KB,"
                + " other 0\\.\\d KB\\) in 4 requests .*"), one);
    }

    @Test
    void tooManyRequestsStopTheBuild() throws IOException {
        List<String> findings = buildBroken("jbake.properties", "budget.page.requests=6", "budget.page.requests=3");
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("one.html: over the page budget")
                && f.contains(" in 4 requests")), findings::toString);
        assertFalse(findings.stream().anyMatch(f -> f.startsWith("glossary.html:")),
                "the glossary page loads no script, so 3 requests are enough: " + findings);
    }

    @Test
    void budgetThatIsNotANumberIsReportedAtItsLine() throws IOException {
        List<String> findings = buildBroken("jbake.properties", "budget.page.kb=60", "budget.page.kb=60KB");
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).matches("jbake\\.properties:\\d+: budget\\.page\\.kb must be a whole number \\(0 for no limit\\)"),
                findings::toString);
    }

    @Test
    void aBuildClearsWhatAKilledBuildLeftBesideTheOutputButNotWhatARunningOneUses() throws IOException {
        Path target = project.output().getParent();
        Files.createDirectories(target.resolve(".site-new-2147483646-123/css"));
        Files.writeString(target.resolve(".site-new-2147483646-123/css/site.css"), "body {}");
        Files.createDirectories(target.resolve(".site-work-2147483646-456"));
        Files.createDirectories(target.resolve(".site-kept-2147483646-321/baked"));
        Files.createDirectories(target.resolve(".site-old-2147483646-654/site/css"));
        Files.createDirectories(target.resolve(".site-new-789"));
        Path running = Files.createDirectories(target.resolve(".site-new-" + ProcessHandle.current().pid() + "-1"));
        Path other = Files.createDirectories(target.resolve("classes"));
        assertEquals(List.of(), build());
        try (Stream<Path> siblings = Files.list(target)) {
            assertEquals(List.of(".site-new-" + ProcessHandle.current().pid() + "-1", "classes", "site"),
                    siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(Files.isDirectory(running) && Files.isDirectory(other));
    }

    @Test
    void aBuilderKeptWarmCarriesAnUnchangedPageOverWithoutWritingItAndLeavesNothingBehindWhenClosed()
            throws IOException {
        Path target = project.output().getParent();
        Path page = project.output().resolve("two.html");
        project.write("content/two.md", FixtureProject.page("Part Two", "page", 2, "Two", "The second part."));
        try (SiteBuilder builder = new SiteBuilder().keepWarm()) {
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            Object written = Files.getAttribute(page, "unix:ino");
            project.replace("content/one.md", "The first part.", "The first part, changed.");
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            assertEquals(written, Files.getAttribute(page, "unix:ino"), "the page is the file first written, linked");
            project.replace("content/two.md", "The second part.", "The second part, changed.");
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            assertTrue(Files.readString(page).contains("The second part, changed."));
            project.replace("content/two.md", "The second part, changed.", "The second part.");
            project.replace("content/one.md", "The first part, changed.", "The first part.");
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            assertTrue(Files.readString(page).contains("The second part.<"), "a page changed back is as it was");
            assertTrue(Files.readString(project.output().resolve("one.html")).contains("The first part."));
        }
        try (Stream<Path> siblings = Files.list(target)) {
            assertEquals(List.of("site"), siblings.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aRebuildByTheSameBuilderReportsInvalidHtmlAgainAndRecoversWhenFixed() throws IOException {
        SiteBuilder builder = new SiteBuilder();
        assertEquals(List.of(), builder.build(project.root(), project.output()));
        project.replace("content/one.md", "The first part.", "<span><div>block in inline</div></span>");
        List<Finding> first = builder.build(project.root(), project.output());
        assertTrue(Finding.anyErrors(first), first::toString);
        assertEquals(first, builder.build(project.root(), project.output()), "the remembered result is the same");
        project.replace("content/one.md", "<span><div>block in inline</div></span>", "The first part.");
        assertEquals(List.of(), builder.build(project.root(), project.output()));
    }

    @Test
    void aBuilderKeptWarmReportsMarkupAParserWouldRepairInAPageItCarriesOverUntilItIsFixed() throws IOException {
        project.write("content/two.md", FixtureProject.page("Part Two", "page", 2, "Two", "The second part."));
        try (SiteBuilder builder = new SiteBuilder().keepWarm()) {
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            project.replace("content/one.md", "The first part.", "Misnested <em>a <strong>b</em> c</strong> here.");
            List<Finding> broken = builder.build(project.root(), project.output());
            assertTrue(broken.stream().anyMatch(f -> f.toString().startsWith("one.html:")
                    && f.toString().contains("invalid HTML: ") && f.toString().contains("“em”")), broken::toString);
            // Only two.md changes: the linker reads two.html again and carries one.html over unread.
            project.replace("content/two.md", "The second part.", "The second part, changed.");
            assertEquals(broken, builder.build(project.root(), project.output()), "the repaired page is still reported");
            project.replace("content/one.md", "Misnested <em>a <strong>b</em> c</strong> here.", "The first part.");
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            project.replace("content/two.md", "The second part, changed.", "The second <em>part <strong>x</em></strong>.");
            List<Finding> again = builder.build(project.root(), project.output());
            assertTrue(again.stream().anyMatch(f -> f.toString().startsWith("two.html:")
                    && f.toString().contains("invalid HTML: ")), again::toString);
            assertTrue(again.stream().noneMatch(f -> f.toString().startsWith("one.html:")), again::toString);
        }
    }

    @Test
    void aSourcesPageWithNoSourcesToListIsCheckedAsTheTemplateWroteIt() throws IOException {
        Files.writeString(project.root().resolve("jbake.properties"), "\ntemplate.sources.file=page.ftl\n",
                java.nio.file.StandardOpenOption.APPEND);
        project.write("content/sources.md", FixtureProject.page("Sources", "sources", 5, "Sources", "No sources yet."));
        assertEquals(List.of(), build());
        assertTrue(Files.readString(project.output().resolve("sources.html")).contains("No sources yet."));
        project.replace("content/sources.md", "No sources yet.", "No <em>sources <strong>yet</em></strong>.");
        List<String> findings = build();
        assertTrue(findings.stream().anyMatch(f -> f.startsWith("sources.html:") && f.contains("invalid HTML: ")
                && f.contains("“em”")), findings::toString);
    }

    @Test
    void aBuilderKeptWarmBakesWhatIsThereNowAddedRenamedOrDeleted() throws IOException {
        try (SiteBuilder builder = new SiteBuilder().keepWarm()) {
            project.write("content/two.md", FixtureProject.page("Part Two", "page", 2, "Two", "More."));
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            assertEquals(List.of("index.html", "one.html", "two.html", "glossary.html"),
                    page("one.html").select("nav.toc a").eachAttr("href"));
            Files.move(project.root().resolve("content/two.md"), project.root().resolve("content/second.md"));
            project.replace("content/second.md", "title=Part Two", "title=The Second Part");
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            assertEquals(List.of("index.html", "one.html", "second.html", "glossary.html"),
                    page("one.html").select("nav.toc a").eachAttr("href"));
            assertTrue(page("one.html").selectFirst("a[rel=next]").text().contains("The Second Part"));
            Files.delete(project.root().resolve("content/second.md"));
            assertEquals(List.of(), builder.build(project.root(), project.output()));
            assertEquals(List.of("index.html", "one.html", "glossary.html"), page("one.html").select("nav.toc a").eachAttr("href"));
            assertFalse(Files.exists(project.output().resolve("second.html")));
        }
    }
}
