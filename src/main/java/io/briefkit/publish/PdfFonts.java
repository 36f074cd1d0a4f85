package io.briefkit.publish;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fonts the PDF edition embeds, as its stylesheet declares them in {@code @font-face}
 * rules: each rule's family, weight, style and TrueType file, read with its line so that a
 * missing or unreadable file is reported where it is named.
 */
final class PdfFonts {
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
    private static final Pattern FAMILY = Pattern.compile("font-family\\s*:\\s*['\"]?([^;'\"]+)['\"]?\\s*;");
    private static final Pattern SOURCE = Pattern.compile("src\\s*:\\s*url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)");
    private static final Pattern WEIGHT = Pattern.compile("font-weight\\s*:\\s*(\\d{3}|normal|bold)");
    private static final Pattern STYLE = Pattern.compile("font-style\\s*:\\s*(normal|italic)");

    /** One embedded face, its file's bytes ready to embed. */
    record Face(String family, int weight, boolean italic, byte[] data) {
    }

    /** The faces declared and what is wrong with any of them. */
    record Declared(List<Face> faces, List<Finding> findings) {
    }

    private PdfFonts() {
    }

    /** Reads {@code css}, the stylesheet's text, whose file is {@code path} (relative, for messages) in {@code folder}. */
    static Declared read(String css, Path folder, String path) throws IOException {
        List<Face> faces = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Matcher rule = FONT_FACE.matcher(css);
        while (rule.find()) {
            int line = lineOf(css, rule.start());
            String body = rule.group(1);
            Matcher family = FAMILY.matcher(body);
            Matcher source = SOURCE.matcher(body);
            if (!family.find() || !source.find()) {
                findings.add(new Finding(path, line, "@font-face needs a font-family and a src: url(…) of a .ttf file"));
                continue;
            }
            Path file = folder.resolve(source.group(1).strip()).normalize();
            if (!Files.isRegularFile(file)) {
                findings.add(new Finding(path, line, "font file " + source.group(1).strip() + " is missing"));
                continue;
            }
            byte[] data = Files.readAllBytes(file);
            if (!trueType(data)) {
                findings.add(new Finding(path, line, "font file " + source.group(1).strip()
                        + " is not a TrueType font: the PDF embeds .ttf files only"));
                continue;
            }
            Matcher weight = WEIGHT.matcher(body);
            Matcher style = STYLE.matcher(body);
            String w = weight.find() ? weight.group(1) : "normal";
            faces.add(new Face(family.group(1).strip(), w.equals("bold") ? 700 : w.equals("normal") ? 400 : Integer.parseInt(w),
                    style.find() && style.group(1).equals("italic"), withoutSubstitutions(data)));
        }
        if (faces.isEmpty() && findings.isEmpty()) {
            findings.add(new Finding(path, 1, "no @font-face rule: the PDF must embed its fonts, declared here"));
        }
        return new Declared(faces, findings);
    }

    /** The stylesheet without its {@code @font-face} rules, which the faces replace; lines are kept. */
    static String withoutFontFaces(String css) {
        return FONT_FACE.matcher(css).replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
    }

    private static boolean trueType(byte[] data) {
        return data.length > 12 && ((data[0] == 0 && data[1] == 1 && data[2] == 0 && data[3] == 0)
                || new String(data, 0, 4, StandardCharsets.ISO_8859_1).equals("true"));
    }

    /**
     * The font with its glyph substitution table ({@code GSUB}) renamed so that it is not
     * read. PDFBox applies the table's ligatures to Latin text, and ligatures such as "ft"
     * have no Unicode value of their own: the words would be lost to text extraction, search
     * and screen readers, and PDF/UA forbids glyphs without one. The text needs none of the
     * table's other substitutions.
     */
    static byte[] withoutSubstitutions(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (record + 4 <= copy.length && new String(copy, record, 4, StandardCharsets.ISO_8859_1).equals("GSUB")) {
                copy[record] = 'x';
            }
        }
        return copy;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
