package io.briefkit.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the PDF's text read back as it was written. An embedded font's table from glyphs
 * to characters (its ToUnicode map) gives each glyph one character; where the font draws
 * two characters with one glyph, PDFBox picks the first, so the brief's apostrophe (’,
 * U+2019) came back from the PDF as the modifier letter ʼ (U+02BC) that shares its glyph:
 * copied or searched text would differ from the author's. Here each glyph maps to the
 * character the text actually uses.
 */
final class PdfToUnicode {
    private PdfToUnicode() {
    }

    /**
     * Rewrites the ToUnicode map of every font embedded in {@code document}, a saved PDF
     * loaded again (fonts are subset, and their maps made, as a PDF is saved).
     *
     * @param faces the fonts as given to the renderer; @param used every character of the text
     */
    static void repair(PDDocument document, List<PdfFonts.Face> faces, Set<Integer> used) throws IOException {
        Map<String, CmapLookup> lookups = new HashMap<>();
        for (PdfFonts.Face face : faces) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.data()));
            lookups.put(font.getName(), font.getUnicodeCmapLookup());
        }
        Set<COSStream> done = new java.util.HashSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && font.getCOSObject().getCOSStream(COSName.TO_UNICODE) != null
                        && done.add(font.getCOSObject().getCOSStream(COSName.TO_UNICODE))) {
                    CmapLookup lookup = lookups.get(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                    if (lookup != null) {
                        rewrite(type0, lookup, used);
                    }
                }
            }
        }
    }

    private static void rewrite(PDType0Font font, CmapLookup lookup, Set<Integer> used) throws IOException {
        COSStream stream = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        CMap toUnicode;
        try (InputStream in = stream.createInputStream()) {
            toUnicode = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> map = new TreeMap<>();
        for (int code = 0; code <= 0xFFFF; code++) {
            String written = toUnicode.toUnicode(code, 2);
            if (written == null) {
                continue;
            }
            String chosen = written;
            List<Integer> characters = lookup.getCharCodes(code);
            if (characters != null && written.codePointCount(0, written.length()) == 1
                    && !used.contains(written.codePointAt(0))) {
                for (int character : characters) {
                    if (used.contains(character)) {
                        chosen = Character.toString(character);
                        break;
                    }
                }
            }
            map.put(code, chosen);
        }
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(cmap(map).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** A ToUnicode CMap in the form the PDF specification gives (9.10.3), one entry per glyph. */
    private static String cmap(Map<Integer, String> map) {
        StringBuilder text = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\n"
                + "endcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = List.copyOf(map.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(entries.size(), start + 100));
            text.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                text.append(String.format(Locale.ROOT, "<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    text.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                text.append(">\n");
            }
            text.append("endbfchar\n");
        }
        return text.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
