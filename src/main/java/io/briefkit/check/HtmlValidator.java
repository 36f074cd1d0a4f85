package io.briefkit.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, run in-process and offline (its schemas ship in its jar).
 * Set up once per build and reused for every page; only errors count, not advice.
 */
final class HtmlValidator {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    HtmlValidator() throws IOException {
        System.setProperty("nu.validator.datatype.warn", "false");
        // The checker logs through log4j 1.2; give it a silent appender so it does not complain.
        org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(SCHEMA, new Collector());
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IOException("could not start the HTML checker: " + e.getMessage(), e);
        }
    }

    record Error(int line, String message) {
    }

    List<Error> validate(Path file) throws IOException {
        collector.errors.clear();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            validator.checkHtmlInputSource(source);
        } catch (SAXException e) {
            collector.errors.add(new Error(0, e.getMessage()));
        }
        return List.copyOf(collector.errors);
    }

    private static final class Collector implements InfoAwareErrorHandler {
        private final List<Error> errors = new ArrayList<>();

        @Override
        public void info(SAXParseException e) {
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(new Error(Math.max(e.getLineNumber(), 0), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
