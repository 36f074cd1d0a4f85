package io.briefkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A small project for tests, with content files the test writes itself. Unit tests use the
 * fixture's own templates, assets and settings ({@code src/test/resources/fixture/}), so
 * that an editor's change to the project's templates never fails a unit test; the
 * integration tests of the templates use the project's own.
 */
public final class FixtureProject {
    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path FIXTURE = PROJECT.resolve("src/test/resources/fixture");

    private final Path root;

    private FixtureProject(Path root) {
        this.root = root;
    }

    /** A project in {@code dir} with the fixture's templates, assets and settings, and two valid pages. */
    public static FixtureProject create(Path dir) throws IOException {
        return create(dir, FIXTURE);
    }

    /** A project in {@code dir} with this project's own templates, assets, PDF style and settings, for integration tests. */
    public static FixtureProject withProjectTemplates(Path dir) throws IOException {
        return create(dir, PROJECT);
    }

    private static FixtureProject create(Path dir, Path design) throws IOException {
        FixtureProject fixture = new FixtureProject(dir);
        copyTree(design.resolve("templates"), dir.resolve("templates"));
        copyTree(design.resolve("assets"), dir.resolve("assets"));
        Files.copy(design.resolve("jbake.properties"), dir.resolve("jbake.properties"));
        if (Files.isDirectory(design.resolve("pdf"))) {
            copyTree(design.resolve("pdf"), dir.resolve("pdf"));
        }
        Files.createDirectories(dir.resolve("content"));
        fixture.write("content/index.md", page("Fixture Brief", "overview", 0, "Overview", "An abstract about Kabul."));
        fixture.write("content/one.md", page("Part One", "page", 1, "One", "The first part.[^1]"));
        fixture.write("notes/endnotes.yaml", "- note: 1\n  text: A. Author, \"A Source,\" <https://example.org/a>.\n");
        fixture.write("content/glossary.md", page("Glossary", "glossary", 9, "Glossary", ""));
        fixture.write("glossary/actors.yaml", "- id: kabul\n  name: Kabul\n  kind: place\n"
                + "  description: The capital of Afghanistan.\n");
        return fixture;
    }

    public static String page(String title, String type, int order, String nav, String body) {
        return "title=" + title + "\ntype=" + type + "\nstatus=published\norder=" + order + "\nnav=" + nav
                + "\n~~~~~~\n\n" + body + "\n";
    }

    public Path root() {
        return root;
    }

    public Path output() {
        return root.resolve("target/site");
    }

    public FixtureProject write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public String read(String path) throws IOException {
        return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    }

    public FixtureProject replace(String path, String from, String to) throws IOException {
        String text = read(path);
        if (!text.contains(from)) {
            throw new IllegalArgumentException(path + " has no " + from);
        }
        return write(path, text.replace(from, to));
    }

    /** Copies the folder or file {@code from} to {@code to}, creating the folders it needs. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
