package io.briefkit.check;

import io.briefkit.Finding;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubValidatorTest {
    @TempDir
    Path dir;

    @Test
    void aBrokenEpubIsReportedWithEpubchecksOwnWords() throws IOException {
        Path epub = dir.resolve("broken.epub");
        try (OutputStream out = Files.newOutputStream(epub); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("mimetype"));
            zip.write("application/epub+zip".getBytes(StandardCharsets.US_ASCII));
            zip.putNextEntry(new ZipEntry("META-INF/container.xml"));
            zip.write(("<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
                    + "<rootfiles><rootfile full-path=\"OEBPS/package.opf\" media-type=\"application/oebps-package+xml\"/>"
                    + "</rootfiles></container>").getBytes(StandardCharsets.UTF_8));
        }
        List<Finding> findings = new EpubValidator().check(epub, "broken.epub");
        assertTrue(!findings.isEmpty());
        assertTrue(findings.stream().allMatch(f -> f.path().startsWith("broken.epub") && f.message().startsWith("epubcheck ")),
                findings::toString);
        assertTrue(findings.stream().anyMatch(f -> f.message().contains("package.opf")), findings::toString);
    }
}
