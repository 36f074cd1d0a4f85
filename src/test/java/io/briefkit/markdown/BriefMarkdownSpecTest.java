package io.briefkit.markdown;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class BriefMarkdownSpecTest {
    private final BriefMarkdown markdown = new BriefMarkdown();

    @TestFactory
    Stream<DynamicTest> notes() throws IOException {
        return SpecExamples.tests("/spec/notes.md", markdown::render);
    }

    @TestFactory
    Stream<DynamicTest> pullQuotes() throws IOException {
        return SpecExamples.tests("/spec/pull-quotes.md", markdown::render);
    }
}
