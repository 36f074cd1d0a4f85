package io.briefkit.check;

import io.briefkit.Finding;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidator() {
    }

    /** Checks {@code pdf} against every one of {@code flavours}; {@code name} is how findings name it. */
    public static List<Finding> check(Path pdf, String name, List<PDFAFlavour> flavours) {
        List<Finding> findings = new ArrayList<>();
        for (PDFAFlavour flavour : flavours) {
            try (InputStream in = Files.newInputStream(pdf);
                    PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
                    PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
                ValidationResult result = validator.validate(parser);
                Map<RuleId, String> first = new LinkedHashMap<>();
                for (TestAssertion assertion : result.getTestAssertions()) {
                    if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                        first.putIfAbsent(assertion.getRuleId(), assertion.getLocation().getContext());
                    }
                }
                result.getFailedChecks().forEach((rule, count) -> findings.add(Finding.of(name,
                        describe(flavour, rule, count, result.getValidationProfile().getRuleByRuleId(rule),
                                first.get(rule)))));
            } catch (EncryptedPdfException | ModelParsingException | ValidationException | java.io.IOException e) {
                findings.add(Finding.of(name, "veraPDF could not read the PDF as " + flavour.getId() + ": " + e.getMessage()));
            } catch (Exception e) {
                findings.add(Finding.of(name, "veraPDF failed on the PDF: " + e));
            }
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
