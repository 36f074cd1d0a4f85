package io.briefkit.bake;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import io.briefkit.check.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/** Bakes a project's content and templates into a folder with an embedded JBake oven. */
public final class Baker {
    /** OrientDB logs through java.util.logging; a logger held here keeps its level from being collected. */
    private static final Logger ORIENTDB_LOG = Logger.getLogger("com.orientechnologies");

    static {
        ORIENTDB_LOG.setLevel(Level.SEVERE);
        // FreeMarker would pick the validator's log4j 1.2 when present; keep it on SLF4J with the rest.
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        Engines.register("md", new BriefMarkdownEngine());
    }

    public List<Finding> bake(Path project, Path output) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), output.toFile(), true);
        // The site is the brief's pages only: JBake's blog outputs are switched off here, not
        // left to jbake.properties, because the site has no templates for them.
        for (String jbakeOutput : List.of("index", "feed", "archive", "tags", "tagsindex", "sitemap", "error404")) {
            config.setProperty("render." + jbakeOutput, false);
        }
        config.setProperty("db.store", "memory");
        config.setProperty("asset.ignore", true);
        Oven oven = new Oven(config);
        oven.bake();
        List<Finding> findings = new ArrayList<>();
        for (Throwable error : oven.getErrors()) {
            findings.add(describe(error));
        }
        return findings;
    }

    /** Template mistakes point at the template line; anything else is reported by its message. */
    static Finding describe(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return new Finding("templates/" + parse.getTemplateName(), parse.getLineNumber(),
                        firstLine(parse.getEditorMessage()));
            }
            if (cause instanceof TemplateException template && template.getTemplateSourceName() != null) {
                return new Finding("templates/" + template.getTemplateSourceName(),
                        template.getLineNumber() == null ? 0 : template.getLineNumber(),
                        firstLine(template.getMessageWithoutStackTop()));
            }
        }
        return Finding.of("jbake", firstLine(String.valueOf(error.getMessage())));
    }

    private static String firstLine(String message) {
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
