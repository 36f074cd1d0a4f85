package io.briefkit.bench;

import io.briefkit.FixtureProject;
import io.briefkit.content.Endnote;
import io.briefkit.content.EndnoteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Synthetic projects for the benchmark: the brief itself plus N generated pages, each a copy
 * of the brief's longest part (its paragraphs, actor mentions and note references), so that
 * cost can be followed from 10 to 1,000 pages. Each copy cites notes of its own, appended to
 * the endnotes, as the parts of a long document do: were every copy to cite the same notes,
 * each note would carry N back-links on every page and the site would grow with N squared.
 * The same Markdown is written as a Hugo site.
 */
public final class Series {
    private static final Pattern NOTE = Pattern.compile("\\[\\^(\\d+)]");
    /** The notes a source's record lists, in notes/sources.yaml. */
    private static final Pattern RECORD_NOTES = Pattern.compile("(?m)^  notes: \\[([^\\]]*)]$");
    private Series() {
    }

    /** The brief in {@code project} and {@code pages} generated parts, written to {@code target}. */
    public static Path project(Path project, Path target, int pages) throws IOException {
        copy(project, target);
        List<String> part = Files.readAllLines(project.resolve("content/threats.md"));
        String body = String.join("\n", part.subList(part.indexOf("~~~~~~") + 1, part.size()));
        List<Endnote> notes = EndnoteFile.read(project, new ArrayList<>());
        Map<Integer, Endnote> byNumber = new TreeMap<>();
        notes.forEach(note -> byNumber.put(note.number(), note));
        List<Integer> cited = new ArrayList<>();
        Matcher reference = NOTE.matcher(body);
        while (reference.find()) {
            cited.add(Integer.parseInt(reference.group(1)));
        }
        StringBuilder endnotes = new StringBuilder(Files.readString(project.resolve("notes/endnotes.yaml")));
        Map<Integer, List<Integer>> copies = new TreeMap<>();
        int next = notes.size() + 1;
        for (int i = 1; i <= pages; i++) {
            Map<Integer, Integer> renumbered = new TreeMap<>();
            for (int number : cited) {
                renumbered.putIfAbsent(number, next++);
            }
            for (Map.Entry<Integer, Integer> entry : renumbered.entrySet()) {
                Endnote note = byNumber.get(entry.getKey());
                copies.computeIfAbsent(entry.getKey(), n -> new ArrayList<>()).add(entry.getValue());
                endnotes.append("\n- note: ").append(entry.getValue()).append("\n  text: >-\n    ")
                        .append(note.text().replace("\n", "\n    ")).append('\n');
                if (note.shortFor() != 0) {
                    endnotes.append("  short-for: ").append(renumbered.getOrDefault(note.shortFor(), note.shortFor()))
                            .append('\n');
                }
            }
            String text = NOTE.matcher(body).replaceAll(m -> "[^" + renumbered.get(Integer.parseInt(m.group(1))) + "]");
            Files.writeString(target.resolve(String.format("content/series-%04d.md", i)),
                    "title=Generated part " + i + "\ntype=page\nstatus=published\norder=" + (1000 + i)
                            + "\nnav=Part " + i + "\n~~~~~~\n" + text + "\n");
        }
        Files.writeString(target.resolve("notes/endnotes.yaml"), endnotes);
        // Each copy of a note cites the source its original cites: its record lists the copies too.
        Path sources = target.resolve("notes/sources.yaml");
        Files.writeString(sources, RECORD_NOTES.matcher(Files.readString(sources)).replaceAll(m -> {
            StringBuilder listed = new StringBuilder(m.group(1));
            for (String number : m.group(1).split(",\\s*")) {
                copies.getOrDefault(Integer.parseInt(number.strip()), List.of()).forEach(copy -> listed.append(", ").append(copy));
            }
            return "  notes: [" + listed + "]";
        }));
        // The pages that hold every part or every note (budget= in their headers) grow with the series: no limit either.
        try (java.util.stream.Stream<Path> files = Files.list(target.resolve("content"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                if (text.contains("\nbudget=")) {
                    Files.writeString(file, text.replaceFirst("\nbudget=[^\n]*", ""));
                }
            }
        }
        Path settings = target.resolve("jbake.properties");
        Files.writeString(settings, Files.readString(settings).replaceAll("(?m)^budget\\.page\\.(kb|requests)=.*$",
                "budget.page.$1=0"));
        return target;
    }

    /** The same pages as a Hugo site: front matter for the header, the Markdown as it is. */
    static Path hugoSite(Path project, Path target, int pages) throws IOException {
        Files.createDirectories(target.resolve("content"));
        Files.createDirectories(target.resolve("layouts/_default"));
        Files.writeString(target.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Benchmark'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n");
        Files.writeString(target.resolve("layouts/_default/baseof.html"), "<!DOCTYPE html><html lang=\"en\"><head>"
                + "<meta charset=\"utf-8\"><title>{{ .Title }}</title><link rel=\"stylesheet\" href=\"css/site.css\"></head>"
                + "<body><nav>{{ range .Site.RegularPages.ByWeight }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ end }}</nav>"
                + "<main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
        Files.writeString(target.resolve("layouts/_default/single.html"),
                "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n");
        Files.writeString(target.resolve("layouts/_default/list.html"),
                "{{ define \"main\" }}<h1>{{ .Title }}</h1>{{ end }}\n");
        try (Stream<Path> files = Files.list(project.resolve("content"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                List<String> lines = Files.readAllLines(file);
                int separator = lines.indexOf("~~~~~~");
                String title = lines.stream().filter(l -> l.startsWith("title=")).findFirst().orElse("title=x").substring(6);
                String order = lines.stream().filter(l -> l.startsWith("order=")).findFirst().orElse("order=0").substring(6);
                String name = file.getFileName().toString().equals("index.md") ? "overview.md" : file.getFileName().toString();
                Files.writeString(target.resolve("content").resolve(name), "---\ntitle: \"" + title.replace("\"", "'")
                        + "\"\nweight: " + order + "\n---\n" + String.join("\n", lines.subList(separator + 1, lines.size())) + "\n");
            }
        }
        return target;
    }

    static void copy(Path from, Path to) throws IOException {
        for (String part : List.of("content", "notes", "glossary", "templates", "assets", "jbake.properties")) {
            FixtureProject.copyTree(from.resolve(part), to.resolve(part));
        }
    }
}
