package io.briefkit.build;

import io.briefkit.Finding;
import io.briefkit.content.Actor;
import io.briefkit.content.ActorFile;
import io.briefkit.content.ActorLinkScanner;
import io.briefkit.content.CitationScanner;
import io.briefkit.content.ContentLinter;
import io.briefkit.content.Correction;
import io.briefkit.content.CorrectionsFile;
import io.briefkit.content.DescriptionSources;
import io.briefkit.content.Endnote;
import io.briefkit.content.EndnoteFile;
import io.briefkit.content.SiteConfig;
import io.briefkit.content.Source;
import io.briefkit.content.SourceCheck;
import io.briefkit.content.SourceFile;
import io.briefkit.link.ActorText;
import io.briefkit.link.NoteText;
import io.briefkit.markdown.BriefMarkdown;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The build's first stage: reads the settings, the content files' headers, the endnotes, the
 * actors, the corrections and the sources' records, and checks each against the others (every
 * note cited, every actor linked exists). What the data files give is remembered under their
 * bytes, so a kept builder reads them again only when they changed.
 */
final class ProjectReader {
    /** Beyond this many remembered texts, the memory of rendered notes and descriptions is cleared. */
    private static final int REMEMBERED_TEXTS = 100_000;

    private final Remembered remembered;
    private final BriefMarkdown inlineMarkdown = new BriefMarkdown();
    private final Map<String, String> rendered = new HashMap<>();
    private final ContentLinter.Memory content = new ContentLinter.Memory();
    private final PerFile<io.briefkit.content.Citation> citations = new PerFile<>(CitationScanner::scan);
    private final PerFile<ActorLinkScanner.Link> actorLinks = new PerFile<>(ActorLinkScanner::links);
    private List<Endnote> textsOf;
    private Map<Integer, NoteText> texts;

    ProjectReader(Remembered remembered) {
        this.remembered = remembered;
    }

    /** The project's data, read and checked; the problems found are added to {@code findings}. */
    ProjectData read(Path project, List<Finding> findings) throws IOException {
        SiteConfig config = SiteConfig.read(project, findings);
        ContentLinter.Result content = new ContentLinter(project, config).lint(this.content);
        findings.addAll(content.findings());
        List<Endnote> notes = remembered.get("endnotes", project, List.of(EndnoteFile.PATH), "", findings,
                found -> EndnoteFile.read(project, found));
        // The notes' numbers, as the texts made once for these notes hold them.
        Set<Integer> numbers = noteTexts(notes).keySet();
        List<Actor> actors = remembered.get("actors", project, List.of(ActorFile.PATH), "", findings,
                found -> ActorFile.read(project, found));
        List<Correction> corrections = CorrectionsFile.read(project, numbers,
                content.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).collect(Collectors.toSet()),
                findings);
        List<Source> sources = remembered.get("sources", project, List.of(SourceFile.PATH, EndnoteFile.PATH), "",
                findings, found -> {
                    List<Source> read = SourceFile.read(project, found);
                    SourceCheck.check(read, notes, found);
                    return read;
                });
        BriefSettings settings = new BriefSettings(config);
        String sourceStyle = settings.sourceStyle(findings);
        DescriptionSources.checkNotes(actors, numbers, findings);
        if (!Finding.anyErrors(findings)) {
            findings.addAll(citations.checked(content.files(), notes, found -> CitationScanner.check(found, notes)));
            findings.addAll(actorLinks.checked(content.files(), actors,
                    found -> ActorLinkScanner.unknown(found, actors.stream().map(Actor::id).collect(Collectors.toSet()))));
        }
        return new ProjectData(content.files(), settings, sourceStyle, notes, noteTexts(notes), actors,
                actorTexts(actors), corrections, sources);
    }

    /** The notes' texts made for the notes read last, kept while the same notes are read (see {@link Remembered}). */
    private Map<Integer, NoteText> noteTexts(List<Endnote> notes) {
        if (notes != textsOf) {
            texts = makeNoteTexts(notes);
            textsOf = notes;
        }
        return texts;
    }

    private Map<Integer, NoteText> makeNoteTexts(List<Endnote> notes) {
        Map<Integer, NoteText> texts = new TreeMap<>();
        for (Endnote note : notes) {
            texts.put(note.number(), new NoteText(note.number(), inline(note.text()), note.shortFor(),
                    note.placed(), note.repaired()));
        }
        return texts;
    }

    private List<ActorText> actorTexts(List<Actor> actors) {
        return actors.stream().map(a -> new ActorText(a.id(), a.name(), a.kind(), inline(a.description()),
                a.aliases(), a.related(), a.sources(), a.headword(), a.line())).toList();
    }

    /**
     * A note's or a description's Markdown as HTML, remembered from build to build: a save
     * renders again only the texts it changed.
     */
    private String inline(String markdown) {
        if (rendered.size() > REMEMBERED_TEXTS) {
            rendered.clear();
        }
        return rendered.computeIfAbsent(markdown, inlineMarkdown::renderInline);
    }
}
