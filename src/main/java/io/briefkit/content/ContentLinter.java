package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks every content file before baking: a readable header, the required fields,
 * a template that exists, and an explicit, unique reading order. Given the {@link Memory} of
 * its last reading, a file whose bytes are as they were is the same {@link ContentFile} as
 * then, not decoded or parsed again, so that what is found in it can be kept with it.
 */
public final class ContentLinter {
    private static final Set<String> KNOWN_KEYS = Set.of("title", "type", "status", "order", "nav", "description", "budget", "title-by");
    private static final Set<String> STATUSES = Set.of("published", "draft");

    private final Path project;
    private final SiteConfig config;

    public ContentLinter(Path project, SiteConfig config) {
        this.project = project;
        this.config = config;
    }

    public record Result(List<ContentFile> files, List<Finding> findings) {
    }

    /** The content files of a linter's last reading, each with its bytes and what its header's parse found. */
    public static final class Memory {
        private record Read(byte[] bytes, ContentFile file, List<Finding> findings) {
        }

        private Map<String, Read> files = Map.of();
        /** The files' bytes, read again only when a file's length, times or identity say it changed (see FileReads). */
        private final io.briefkit.FileReads reads = new io.briefkit.FileReads();
    }

    public Result lint() throws IOException {
        return lint(new Memory());
    }

    /** The content files and what is wrong with them, those as they were in {@code memory} not parsed again. */
    public Result lint(Memory memory) throws IOException {
        Map<String, Memory.Read> read = new HashMap<>();
        List<ContentFile> files = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Map<Integer, ContentFile> orders = new HashMap<>();
        List<Path> contentFiles = contentFiles();
        for (Path file : contentFiles) {
            String path = projectPath(file);
            byte[] bytes = memory.reads.read(file);
            Memory.Read was = memory.files.get(path);
            if (was == null || !java.util.Arrays.equals(was.bytes(), bytes)) {
                List<String> lines = lines(bytes);
                if (lines == null) {
                    findings.add(Finding.of(path, "not valid UTF-8 text"));
                    continue;
                }
                List<Finding> parsed = new ArrayList<>();
                was = new Memory.Read(bytes, new ContentFile(path, lines, HeaderParser.parse(path, lines, parsed)),
                        List.copyOf(parsed));
            }
            read.put(path, was);
            ContentFile content = was.file();
            findings.addAll(was.findings());
            if (was.findings().isEmpty()) {
                checkFields(content, findings);
                checkOrder(content, orders, findings);
                checkBudget(content, findings);
                checkTitleBy(content, findings);
            }
            files.add(content);
        }
        if (files.isEmpty()) {
            findings.add(Finding.of("content", "no Markdown (.md) content files found"));
        }
        memory.files = read;
        memory.reads.retain(contentFiles);
        return new Result(files, findings);
    }

    /** The Markdown files in the content folder and its folders, in order, each looked at once. */
    private List<Path> contentFiles() throws IOException {
        Path content = project.resolve("content");
        if (!Files.isDirectory(content)) {
            return List.of();
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(content, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
                // A link to a file counts as the file, as the bake reads it.
                if (file.toString().endsWith(".md")
                        && (attributes.isRegularFile() || attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                    found.add(file);
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    /** The path of {@code file}, in the project, with {@code /}, as findings name it. */
    private String projectPath(Path file) {
        String whole = file.toString();
        String base = project.toString();
        // A file found under the project's folder is named after it, as relativize would, without its cost.
        if (!base.isEmpty() && whole.startsWith(base) && whole.length() > base.length()
                && whole.charAt(base.length()) == file.getFileSystem().getSeparator().charAt(0)) {
            return whole.substring(base.length() + 1).replace('\\', '/');
        }
        return project.relativize(file).toString().replace('\\', '/');
    }

    /** The lines of {@code bytes}, as {@link Files#readAllLines} reads them; null if they are not UTF-8. */
    private static List<String> lines(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString().lines().toList();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private void checkFields(ContentFile file, List<Finding> findings) {
        file.header().forEach((key, field) -> {
            if (!KNOWN_KEYS.contains(key)) {
                findings.add(new Finding(file.path(), field.line(), "unknown header key \"" + key
                        + "\" (known: " + String.join(", ", new TreeSet<>(KNOWN_KEYS)) + ")"));
            }
        });
        requireValue(file, "title", findings);
        if (requireValue(file, "type", findings) && !config.templateTypes().contains(file.get("type"))) {
            findings.add(new Finding(file.path(), file.lineOf("type"), "unknown template type \""
                    + file.get("type") + "\" (known: " + String.join(", ", config.templateTypes()) + ")"));
        }
        if (requireValue(file, "status", findings) && !STATUSES.contains(file.get("status"))) {
            findings.add(new Finding(file.path(), file.lineOf("status"), "status must be published or draft, not \""
                    + file.get("status") + "\""));
        }
    }

    /** Who wrote the page's title: the author (the default) or the editors, where the extraction lost the author's. */
    private static void checkTitleBy(ContentFile file, List<Finding> findings) {
        String by = file.get("title-by");
        if (by != null && !List.of("author", "editors").contains(by.strip())) {
            findings.add(new Finding(file.path(), file.lineOf("title-by"), "title-by must be author or editors, not \""
                    + by + "\""));
        }
    }

    /** A page's own budget, in KB, for a page that must weigh more than the others, such as the whole brief on one page. */
    private static void checkBudget(ContentFile file, List<Finding> findings) {
        String budget = file.get("budget");
        if (budget != null && !budget.strip().matches("[1-9]\\d{0,5}")) {
            findings.add(new Finding(file.path(), file.lineOf("budget"), "budget must be a whole number of KB, not \""
                    + budget + "\""));
        }
    }

    private static void checkOrder(ContentFile file, Map<Integer, ContentFile> orders, List<Finding> findings) {
        if (!requireValue(file, "order", findings)) {
            return;
        }
        int line = file.lineOf("order");
        try {
            int order = Integer.parseInt(file.get("order"));
            ContentFile other = orders.putIfAbsent(order, file);
            if (other != null && "published".equals(file.get("status"))) {
                findings.add(new Finding(file.path(), line, "order " + order + " is also used by " + other.path()
                        + ": each page needs its own place in the reading order"));
            }
        } catch (NumberFormatException e) {
            findings.add(new Finding(file.path(), line, "order must be a whole number, not \"" + file.get("order") + "\""));
        }
    }

    private static boolean requireValue(ContentFile file, String key, List<Finding> findings) {
        String value = file.get(key);
        if (value == null || value.isBlank()) {
            findings.add(new Finding(file.path(), file.lineOf(key), (value == null ? "missing " : "empty ")
                    + key + "= in the header"));
            return false;
        }
        return true;
    }
}
