package io.briefkit.check;

import io.briefkit.Finding;
import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** epubcheck, run in-process: every error and warning it reports is a finding. */
public final class EpubValidator {

    /**
     * Starts epubcheck's first, slow run in this JVM now, in the background, so that a build
     * which checks its EPUB later does not wait for the schemas to load; see {@link EpubWarmUp}.
     * The warm-up writes a small book into {@code folder}, an empty folder it deletes when done.
     */
    public static void warmUp(Path folder) {
        EpubWarmUp.start(folder);
    }

    public List<Finding> check(Path epub, String name) {
        EpubWarmUp.start(null).join();
        return validate(epub, name);
    }

    static List<Finding> validate(Path epub, String name) {
        Collector report = new Collector(name);
        new EpubCheck(epub.toFile(), report).doValidate();
        return report.findings;
    }

    private static final class Collector extends MasterReport {
        private final String name;
        private final List<Finding> findings = new ArrayList<>();

        Collector(String name) {
            this.name = name;
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.WARNING || severity == Severity.ERROR || severity == Severity.FATAL) {
                String where = location == null || location.path == null || location.path.isEmpty()
                        ? name : name + "/" + location.path;
                findings.add(new Finding(where, location == null ? 0 : Math.max(location.line, 0),
                        "epubcheck " + severity.toString().toLowerCase() + " " + message.getID() + ": " + message.getMessage(args)));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
