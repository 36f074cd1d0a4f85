package io.briefkit.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A linker with a memory links again only the parts a save changed, when they bring the site
 * what they brought before, and every page otherwise; either way the site is what linking every
 * page makes.
 */
class LinkMemoryTest {
    @TempDir
    Path dir;

    static final LinkedPage HISTORY = new LinkedPage("history.html", "History");
    static final LinkedPage THREATS = new LinkedPage("threats.html", "Threats");
    static final LinkedPage NOTES = new LinkedPage("notes.html", "Notes");
    static final LinkedPage GLOSSARY = new LinkedPage("glossary.html", "Glossary");
    static final List<LinkedPage> PAGES = List.of(HISTORY, THREATS, NOTES, GLOSSARY);
    static final Map<Integer, NoteText> TEXTS = Map.of(
            1, new NoteText(1, "A. Author, <em>Source</em>.", 0),
            2, new NoteText(2, "The IMU's own account.", 0));
    static final List<ActorText> ACTORS = List.of(
            new ActorText("imu", "Islamic Movement of Uzbekistan", "armed group", "An armed group.", List.of("IMU"),
                    List.of(), 1),
            new ActorText("united-states", "United States", "state", "A state.", List.of("US"), List.of(), 8));
    private static final String TOC = "<nav class=\"toc\"><ol><li><a href=\"history.html\">History</a></li>"
            + "<li><a href=\"threats.html\">Threats</a></li><li><a href=\"notes.html\">Notes</a></li>"
            + "<li><a href=\"glossary.html\">Glossary</a></li></ol></nav>";

    private LinkMemory memory;
    private int builds;

    private static String ref(int n) {
        return "<sup class=\"notes\"><span class=\"note-ref\" data-note=\"" + n + "\">" + n + "</span></sup>";
    }

    private void page(String uri, String article) throws IOException {
        Files.writeString(dir.resolve("baked").resolve(uri), "<!DOCTYPE html><html><head><title>t</title></head><body>"
                + TOC + "<main><article>" + article + "</article></main></body></html>");
    }

    @BeforeEach
    void bake() throws IOException {
        memory = new LinkMemory(dir.resolve("kept"));
        Files.createDirectories(dir.resolve("baked"));
        page("history.html", "<h1>History</h1><p>The IMU came first." + ref(1) + "</p><h2>Stakes</h2><p>The US left.</p>");
        page("threats.html", "<h1>Threats</h1><p>Again the IMU." + ref(1) + ref(2) + "</p>");
        page("notes.html", "<h1 id=\"page-title\">Notes</h1><section class=\"endnotes\" data-endnotes=\"all\"></section>");
        page("glossary.html", "<h1>Glossary</h1><section data-glossary></section>");
        page("brief.html", "<h1>The Brief</h1><div data-single-page></div>");
    }

    /** Links a copy of the baked pages, as a build links its new folder; returns every file of it. */
    private Map<String, String> link(LinkMemory with) throws IOException {
        Path site = dir.resolve("site-" + builds++);
        Files.createDirectories(site.resolve("js"));
        try (Stream<Path> baked = Files.list(dir.resolve("baked"))) {
            for (Path page : baked.toList()) {
                Files.copy(page, site.resolve(page.getFileName().toString()));
            }
        }
        CrossLinker linker = new CrossLinker(site, PAGES, TEXTS, ACTORS).singlePage("brief.html");
        List<Finding> findings = (with == null ? linker : linker.remember(with)).link();
        assertEquals(List.of(), findings.stream().filter(f -> !f.warning()).toList());
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(file).toString(), Files.readString(file));
            }
        }
        return files;
    }

    private void edit(String uri, String from, String to) throws IOException {
        Path page = dir.resolve("baked").resolve(uri);
        String html = Files.readString(page);
        assertEquals(true, html.contains(from), from);
        Files.writeString(page, html.replace(from, to));
    }

    @Test
    void aChangedParagraphLinksItsPartAloneAndTheSiteIsWhatLinkingEveryPageMakes() throws IOException {
        link(memory);
        assertEquals(Set.of("history.html", "threats.html", "notes.html", "glossary.html"), memory.relinked());
        edit("history.html", "The US left.", "The US left in 2021, and the IMU stayed.");
        Map<String, String> quick = link(memory);
        assertEquals(Set.of("history.html"), memory.relinked());
        Map<String, String> full = link(null);
        assertEquals(full.keySet(), quick.keySet());
        full.forEach((file, html) -> assertEquals(html, quick.get(file), file));
        assertEquals(true, quick.get("actor-imu.html").contains("and the <mark>IMU</mark> stayed"), "the actor's page quotes the new words");
        assertEquals(true, quick.get("brief.html").contains("the IMU stayed"), "so does the single page");
        link(memory);
        assertEquals(Set.of(), memory.relinked(), "nothing changed: nothing linked again");
        edit("history.html", "The IMU came first.", "The IMU came first of all.");
        edit("threats.html", "Again the IMU.", "Again, the IMU.");
        Map<String, String> both = link(memory);
        assertEquals(Set.of("history.html", "threats.html"), memory.relinked());
        assertEquals(link(null), both);
    }

    @Test
    void aPartThatComesToGatherFromOthersLinksEveryPage() throws IOException {
        link(memory);
        edit("threats.html", "<p>Again the IMU.", "<section data-endnotes=\"all\"></section><p>Again the IMU.");
        Map<String, String> kept = link(memory);
        assertEquals(4, memory.relinked().size());
        assertEquals(link(null), kept);
    }

    @Test
    void aChangeOtherPagesDependOnLinksEveryPage() throws IOException {
        link(memory);
        List<String[]> edits = List.of(
                new String[] {"history.html", "The US left.", "The US left." + ref(2)},
                new String[] {"history.html", "<h2>Stakes</h2>", "<h2>What is at stake</h2>"},
                new String[] {"notes.html", "<h1 id=\"page-title\">Notes</h1>", "<h1 id=\"page-title\">Endnotes</h1>"});
        List<String> linkedAgain = new ArrayList<>();
        for (String[] edit : edits) {
            edit(edit[0], edit[1], edit[2]);
            Map<String, String> kept = link(memory);
            linkedAgain.add(String.valueOf(memory.relinked().size()));
            assertEquals(link(null), kept, edit[2]);
        }
        assertEquals(List.of("4", "4", "4"), linkedAgain, "a note cited anew, a heading's id, the notes page");
    }
}
