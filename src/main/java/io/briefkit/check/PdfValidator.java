package io.briefkit.check;

import io.briefkit.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.verapdf.core.EncryptedPdfException;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, run in-process: the PDF against PDF/UA-1 (accessibility) and PDF/A-2a (archiving).
 * Every rule a check fails is one finding, with the number of places that fail it and the
 * first of them.
 */
public final class PdfValidator {
    /** The standards the PDF edition claims. */
    public static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

    /** veraPDF logs what it meets in a PDF to the console; what matters, it reports, and the build says. */
    private static final Logger QUIET = Logger.getLogger("org.verapdf");

    static {
        QUIET.setLevel(Level.OFF);
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static CompletableFuture<Void> warmUp;

    private PdfValidator() {
    }

    /**
     * veraPDF's first check in a JVM spends seconds loading its profiles and classes: a build
     * that will check a PDF starts one at once, on a page made here in memory, so that it
     * overlaps the bake. Once per JVM; {@link #check} waits for it.
     */
    public static synchronized void warmUp() {
        if (warmUp == null) {
            warmUp = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                    PDPage page = new PDPage();
                    page.setResources(new PDResources());
                    document.addPage(page);
                    document.save(out);
                    check(out.toByteArray(), "warm-up.pdf", FLAVOURS);
                } catch (IOException | RuntimeException e) {
                    // Only time is at stake: the real check reports whatever is wrong.
                } finally {
                    warmUp.complete(null);
                }
            }, "verapdf-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Checks {@code pdf} against every one of {@code flavours}; {@code name} is how findings name it. */
    public static List<Finding> check(Path pdf, String name, List<PDFAFlavour> flavours) {
        CompletableFuture<Void> started;
        synchronized (PdfValidator.class) {
            started = warmUp;
        }
        if (started != null) {
            started.join();
        }
        try {
            return check(Files.readAllBytes(pdf), name, flavours);
        } catch (IOException e) {
            return List.of(Finding.of(name, "the PDF could not be read: " + e.getMessage()));
        }
    }

    /** All flavours in one pass over the PDF: veraPDF reads the file once and applies each profile. */
    private static List<Finding> check(byte[] pdf, String name, List<PDFAFlavour> flavours) {
        List<Finding> findings = new ArrayList<>();
        try (InputStream in = new ByteArrayInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, flavours.get(0));
                PDFAValidator validator = Foundries.defaultInstance().createValidator(flavours)) {
            for (ValidationResult result : validator.validateAll(parser)) {
                PDFAFlavour flavour = result.getPDFAFlavour();
                Map<RuleId, String> first = new LinkedHashMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        first.putIfAbsent(assertion.getRuleId(), assertion.getLocation().getContext());
                    }
                }
                result.getFailedChecks().forEach((rule, count) -> findings.add(Finding.of(name,
                        describe(flavour, rule, count, result.getValidationProfile().getRuleByRuleId(rule),
                                first.get(rule)))));
            }
        } catch (EncryptedPdfException | ModelParsingException | ValidationException | IOException e) {
            findings.add(Finding.of(name, "veraPDF could not read the PDF: " + e.getMessage()));
        } catch (Exception e) {
            findings.add(Finding.of(name, "veraPDF failed on the PDF: " + e));
        }
        return findings;
    }

    private static String describe(PDFAFlavour flavour, RuleId id, int count, Rule rule, String where) {
        return "veraPDF " + flavour.getId() + " rule " + id.getClause() + "-" + id.getTestNumber() + " fails "
                + count + (count == 1 ? " time" : " times") + ": "
                + (rule == null ? "(no description)" : rule.getDescription().strip())
                + (where == null ? "" : " (first at " + where + ")");
    }
}
