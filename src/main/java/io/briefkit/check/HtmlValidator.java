package io.briefkit.check;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nu.validator.checker.InfoAwareErrorHandler;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, run in-process and offline (its schemas ship in its jar).
 * Set up once per thread and reused for every page; only errors count, not advice.
 */
final class HtmlValidator {
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    static {
        System.setProperty("nu.validator.datatype.warn", "false");
        // The checker logs through log4j 1.2: a silent appender keeps it from complaining, and
        // switching the level off keeps it from formatting messages nobody reads.
        org.apache.log4j.BasicConfigurator.configure(new org.apache.log4j.varia.NullAppender());
        org.apache.log4j.Logger.getRootLogger().setLevel(org.apache.log4j.Level.OFF);
    }

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** Sets up one checker; it is not safe for use by two threads at once. */
    HtmlValidator() throws IOException {
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

    /** The errors in a page given as its UTF-8 bytes. */
    List<Error> validate(byte[] html) {
        collector.errors.clear();
        try {
            InputSource source = new InputSource(new ByteArrayInputStream(html));
            source.setSystemId("about:blank");
            validator.checkHtmlInputSource(source);
        } catch (SAXException | IOException e) {
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
