package io.briefkit.content;

import io.briefkit.Finding;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's {@code jbake.properties}, read for what the build checks before baking:
 * the site's required metadata and the content types that have a template.
 */
public final class SiteConfig {
    public static final String FILE = "jbake.properties";
    /** Metadata every page prints; the templates fail without it. */
    static final List<String> REQUIRED = List.of(
            "site.title", "brief.series", "brief.number", "brief.author", "brief.author.given", "brief.author.family", "brief.title.sentence", "brief.date", "brief.date.iso", "brief.publisher",
            "brief.attribution", "brief.copyright", "epub.modified");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
    /** Outputs of JBake's own that this site does not render, so their templates are not page types. */
    private static final Set<String> NOT_PAGE_TYPES = Set.of(
            "masterindex", "feed", "archive", "tag", "tagsindex", "sitemap", "error404");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("template\\.([a-z0-9_-]+)\\.file");
    /** Settings that must be whole numbers: the page budget that the build checks. */
    private static final Set<String> NUMBERS = Set.of("budget.page.kb", "budget.page.requests");
    private static final Pattern WHOLE = Pattern.compile("\\d{1,6}");
    /** JBake splits values on commas unless they are escaped. */
    private static final Pattern UNESCAPED_COMMA = Pattern.compile("(?<!\\\\),");

    private final List<String> lines;
    private final Properties properties = new Properties();
    private final Set<String> templateTypes = new TreeSet<>();

    private SiteConfig(Path project, List<String> lines) throws IOException {
        this.lines = lines;
        properties.load(new StringReader(String.join("\n", lines)));
        templateTypes.add("page");
        for (String key : properties.stringPropertyNames()) {
            Matcher m = TEMPLATE_KEY.matcher(key);
            if (m.matches() && !NOT_PAGE_TYPES.contains(m.group(1))) {
                templateTypes.add(m.group(1));
            }
        }
        templateTypes.removeIf(type -> !Files.isRegularFile(project.resolve("templates").resolve(templateFile(type))));
    }

    public static SiteConfig read(Path project, List<Finding> findings) throws IOException {
        Path file = project.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            findings.add(Finding.of(FILE, "missing: the project needs its site settings"));
            return new SiteConfig(project, List.of());
        }
        SiteConfig config = new SiteConfig(project, Files.readAllLines(file, StandardCharsets.UTF_8));
        config.check(findings);
        return config;
    }

    /** A setting's value, with JBake's escaped commas as plain commas; null if it is not set. */
    public String value(String key) {
        return properties.getProperty(key);
    }

    /**
     * A setting that is a whole number, or {@code otherwise} if it is not set; the build has
     * already reported a value that is not a number (see {@link #NUMBERS}).
     */
    /** The line {@code key} is set on, or 1 if it is not set. */
    public int line(String key) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("\\s*" + java.util.regex.Pattern.quote(key) + "\\s*[=:].*")) {
                return i + 1;
            }
        }
        return 1;
    }

    public int number(String key, int otherwise) {
        String value = properties.getProperty(key);
        return value == null || !WHOLE.matcher(value.strip()).matches() ? otherwise : Integer.parseInt(value.strip());
    }

    public Set<String> templateTypes() {
        return templateTypes;
    }

    String templateFile(String type) {
        return properties.getProperty("template." + type + ".file", type + ".ftl");
    }

    private void check(List<Finding> findings) {
        for (String key : REQUIRED) {
            String value = properties.getProperty(key);
            if (value == null || value.isBlank()) {
                findings.add(Finding.of(FILE, "missing " + key + "=…; every page prints it"));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (line.startsWith("epub.modified=") && !TIMESTAMP.matcher(line.substring(eq + 1).strip()).matches()) {
                findings.add(new Finding(FILE, i + 1, "epub.modified must be a UTC time like 2026-11-29T00:00:00Z"));
            }
            String key = eq > 0 ? line.substring(0, eq).strip() : "";
            if (NUMBERS.contains(key) && !WHOLE.matcher(line.substring(eq + 1).strip()).matches()) {
                findings.add(new Finding(FILE, i + 1, key + " must be a whole number (0 for no limit)"));
            }
            if (line.startsWith("brief.") || line.startsWith("site.")) {
                if (eq > 0 && UNESCAPED_COMMA.matcher(line.substring(eq + 1)).find()) {
                    findings.add(new Finding(FILE, i + 1, "write each comma in " + line.substring(0, eq).strip()
                            + " as \\, (JBake would split the value into a list at a bare comma)"));
                }
            }
        }
    }
}
