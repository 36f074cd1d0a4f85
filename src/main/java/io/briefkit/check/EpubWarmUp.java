package io.briefkit.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * epubcheck spends most of its first run in a JVM loading and compiling its schemas, several
 * seconds, and later runs reuse them. A build that will check an EPUB starts that first run
 * at once, on a book of one page written here, so that it overlaps the bake instead of
 * following it. The book is written to a folder the build names like its own work folders,
 * so that a build killed meanwhile leaves nothing the next build does not remove.
 */
final class EpubWarmUp {
    private static CompletableFuture<Void> run;

    private EpubWarmUp() {
    }

    /**
     * Starts the warm-up, once per JVM, writing its book into {@code folder}, which it
     * deletes when done, or when the JVM exits first; the future completes when it is over,
     * however it ended. Null starts nothing, but gives the run started before, if any.
     */
    static synchronized CompletableFuture<Void> start(Path folder) {
        if (run == null) {
            if (folder == null) {
                return CompletableFuture.completedFuture(null);
            }
            run = new CompletableFuture<>();
            Path book = folder.resolve("warm-up.epub");
            folder.toFile().deleteOnExit();
            book.toFile().deleteOnExit();
            Thread thread = new Thread(() -> checkOnePageBook(folder, book), "epubcheck-warm-up");
            thread.setDaemon(true);
            thread.start();
        } else if (folder != null) {
            delete(folder, null);
        }
        return run;
    }

    private static void checkOnePageBook(Path folder, Path book) {
        try {
            write(book);
            EpubValidator.validate(book, "warm-up.epub");
        } catch (IOException | RuntimeException e) {
            // Only time is at stake: the real check reports whatever is wrong.
        } finally {
            delete(folder, book);
            run.complete(null);
        }
    }

    private static void delete(Path folder, Path book) {
        try {
            if (book != null) {
                Files.deleteIfExists(book);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Left beside the site; the next build removes it, as it does a killed build's folders.
        }
    }

    private static void write(Path book) throws IOException {
        try (OutputStream file = Files.newOutputStream(book); ZipOutputStream zip = new ZipOutputStream(file)) {
            byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            add(zip, "META-INF/container.xml", "<?xml version=\"1.0\"?><container version=\"1.0\""
                    + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                    + " full-path=\"book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>");
            add(zip, "book.opf", "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                    + " unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                    + "<dc:identifier id=\"id\">urn:uuid:00000000-0000-0000-0000-000000000000</dc:identifier>"
                    + "<dc:title>Warm-up</dc:title><dc:language>en</dc:language>"
                    + "<meta property=\"dcterms:modified\">2000-01-01T00:00:00Z</meta></metadata><manifest>"
                    + "<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>"
                    + "</manifest><spine><itemref idref=\"nav\"/></spine></package>");
            add(zip, "nav.xhtml", "<?xml version=\"1.0\"?><html xmlns=\"http://www.w3.org/1999/xhtml\""
                    + " xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"en\" xml:lang=\"en\"><head><title>Warm-up</title>"
                    + "</head><body><nav epub:type=\"toc\"><ol><li><a href=\"nav.xhtml\">Warm-up</a></li></ol></nav>"
                    + "</body></html>");
        }
    }

    private static void add(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
