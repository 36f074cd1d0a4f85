package io.briefkit.build;

import io.briefkit.bake.Baker;
import io.briefkit.check.Finding;
import io.briefkit.check.SiteChecker;
import io.briefkit.content.Actor;
import io.briefkit.content.ActorFile;
import io.briefkit.content.ActorLinkScanner;
import io.briefkit.content.CitationScanner;
import io.briefkit.content.ContentFile;
import io.briefkit.content.ContentLinter;
import io.briefkit.content.Endnote;
import io.briefkit.content.EndnoteFile;
import io.briefkit.content.SiteConfig;
import io.briefkit.link.ActorText;
import io.briefkit.link.CrossLinker;
import io.briefkit.link.LinkedPage;
import io.briefkit.link.NoteText;
import io.briefkit.markdown.BriefMarkdown;
import io.briefkit.publish.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole build: check the sources and notes, bake into a fresh folder beside the output,
 * cross-link the pages, check what was baked, and only then swap it in, so a failed build
 * never touches the live site.
 */
public final class SiteBuilder {

    /** Returns the problems found; with no errors among them the output folder now holds the new site. */
    public List<Finding> build(Path project, Path output) throws IOException {
        project = project.toAbsolutePath().normalize();
        output = output.toAbsolutePath().normalize();
        List<Finding> findings = new ArrayList<>();
        SiteConfig config = SiteConfig.read(project, findings);
        ContentLinter.Result content = new ContentLinter(project, config).lint();
        findings.addAll(content.findings());
        List<Endnote> notes = EndnoteFile.read(project, findings);
        List<Actor> actors = ActorFile.read(project, findings);
        if (!Finding.anyErrors(findings)) {
            findings.addAll(CitationScanner.check(CitationScanner.scan(content.files()), notes));
            findings.addAll(ActorLinkScanner.check(content.files(),
                    actors.stream().map(Actor::id).collect(Collectors.toSet())));
        }
        if (Finding.anyErrors(findings)) {
            return sorted(findings);
        }
        Files.createDirectories(output.getParent());
        Path staging = Files.createTempDirectory(output.getParent(), "." + output.getFileName() + "-new-");
        try {
            SiteChecker checker = new SiteChecker(staging, content.files());
            findings.addAll(new Baker().bake(project, staging));
            if (!Finding.anyErrors(findings)) {
                findings.addAll(checker.checkMarkup());
            }
            if (!Finding.anyErrors(findings)) {
                findings.addAll(new CrossLinker(staging, readingOrder(content.files()), noteTexts(notes),
                        actorTexts(actors)).link());
            }
            if (!Finding.anyErrors(findings)) {
                new SearchIndex(staging).write(readingOrder(content.files()));
            }
            if (!Finding.anyErrors(findings)) {
                findings.addAll(checker.check());
            }
            if (!Finding.anyErrors(findings)) {
                replace(output, staging);
            }
        } finally {
            deleteTree(staging);
        }
        return sorted(findings);
    }

    /** The published parts of the brief, in the order their headers give; the search page is not one. */
    static List<LinkedPage> readingOrder(List<ContentFile> files) {
        return files.stream().filter(f -> "published".equals(f.get("status")) && !"search".equals(f.get("type")))
                .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.get("order"))))
                .map(f -> new LinkedPage(f.outputUri(), f.get("nav") != null ? f.get("nav") : f.get("title")))
                .toList();
    }

    private static Map<Integer, NoteText> noteTexts(List<Endnote> notes) {
        BriefMarkdown markdown = new BriefMarkdown();
        Map<Integer, NoteText> texts = new TreeMap<>();
        for (Endnote note : notes) {
            texts.put(note.number(), new NoteText(note.number(), markdown.renderInline(note.text()), note.shortFor()));
        }
        return texts;
    }

    private static List<ActorText> actorTexts(List<Actor> actors) {
        BriefMarkdown markdown = new BriefMarkdown();
        return actors.stream().map(a -> new ActorText(a.id(), a.name(), a.kind(), markdown.renderInline(a.description()),
                a.aliases(), a.related(), a.line())).toList();
    }

    private static void replace(Path output, Path staging) throws IOException {
        Path old = output.resolveSibling("." + output.getFileName() + "-old");
        deleteTree(old);
        if (Files.exists(output)) {
            Files.move(output, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, output, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<Finding> sorted(List<Finding> findings) {
        return findings.stream().sorted().distinct().toList();
    }
}
