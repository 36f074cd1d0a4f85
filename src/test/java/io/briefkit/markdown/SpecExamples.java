package io.briefkit.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Reads a spec file in the CommonMark style: a heading names the examples below it, and
 * each example is Markdown, a line holding a single dot, then the expected HTML, fenced by
 * lines of backticks followed by the word "example".
 */
final class SpecExamples {
    private static final String FENCE = "```````````````````````````````` example";
    private static final String END = "````````````````````````````````";

    record Example(String section, int line, String markdown, String html) {
    }

    static List<Example> read(String resource) throws IOException {
        try (InputStream in = SpecExamples.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no spec " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Example> examples = new ArrayList<>();
            String section = "";
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].startsWith("#")) {
                    section = lines[i].replaceFirst("^#+\\s*", "");
                } else if (lines[i].equals(FENCE)) {
                    int start = i + 1;
                    StringBuilder markdown = new StringBuilder();
                    StringBuilder html = new StringBuilder();
                    StringBuilder target = markdown;
                    for (i = start; !lines[i].equals(END); i++) {
                        if (lines[i].equals(".") && target == markdown) {
                            target = html;
                        } else {
                            target.append(lines[i].replace('→', '\t')).append('\n');
                        }
                    }
                    examples.add(new Example(section, start, markdown.toString(), html.toString()));
                }
            }
            return examples;
        }
    }

    static Stream<DynamicTest> tests(String resource, java.util.function.UnaryOperator<String> render)
            throws IOException {
        return read(resource).stream().map(example -> DynamicTest.dynamicTest(
                example.section() + " (line " + example.line() + ")",
                () -> assertEquals(example.html(), render.apply(example.markdown()))));
    }
}
