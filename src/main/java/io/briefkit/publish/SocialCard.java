package io.briefkit.publish;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The image link previews show (OpenGraph, Twitter's large card): 1200 × 630 pixels, the
 * brief's series, title, author and publisher in the site's colours and the edition's own
 * serif, drawn at build time. The same text and fonts give the same bytes: the PNG carries no
 * time, and the drawing uses no system font.
 */
public final class SocialCard {
    public static final String FILE = "card.png";
    /** The edition's fonts, in the project: the PDF's, whose licence travels with them. */
    public static final String FONTS = "pdf/fonts";
    public static final int WIDTH = 1200;
    public static final int HEIGHT = 630;
    private static final Color PAPER = new Color(0xfd, 0xfc, 0xf9);
    private static final Color INK = new Color(0x1c, 0x1c, 0x1c);
    private static final Color MUTED = new Color(0x55, 0x50, 0x49);
    private static final Color ACCENT = new Color(0x8a, 0x2c, 0x10);
    private static final int MARGIN = 80;

    /** What the card says. */
    public record Text(String series, String title, String author, String publisher) {
    }

    private SocialCard() {
    }

    /**
     * Draws the card into {@code site}, with the fonts in {@code fonts} (SourceSerif4-Regular.ttf
     * and -Bold.ttf); a project without them gets Java's own serif, which varies by machine.
     */
    public static void write(Path site, Path fonts, Text text) throws IOException {
        Files.createDirectories(site);
        Files.write(site.resolve(FILE), draw(fonts, text));
    }

    /** The card as PNG bytes: see {@link #write}. */
    public static byte[] draw(Path fonts, Text text) throws IOException {
        boolean own = Files.isRegularFile(fonts.resolve("SourceSerif4-Bold.ttf"));
        Font regular = own ? font(fonts.resolve("SourceSerif4-Regular.ttf")) : new Font(Font.SERIF, Font.PLAIN, 12);
        Font bold = own ? font(fonts.resolve("SourceSerif4-Bold.ttf")) : new Font(Font.SERIF, Font.BOLD, 12);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(PAPER);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(ACCENT);
            g.fillRect(0, 0, WIDTH, 16);
            g.setFont(bold.deriveFont(26f));
            g.drawString(text.series().toUpperCase(java.util.Locale.ROOT), MARGIN, 110);
            Font titleFont = bold.deriveFont(64f);
            List<String> lines = wrap(text.title(), g.getFontMetrics(titleFont), WIDTH - 2 * MARGIN);
            if (lines.size() > 4) {
                titleFont = bold.deriveFont(52f);
                lines = wrap(text.title(), g.getFontMetrics(titleFont), WIDTH - 2 * MARGIN);
            }
            g.setFont(titleFont);
            g.setColor(INK);
            int lineHeight = Math.round(titleFont.getSize2D() * 1.18f);
            int y = 200;
            for (String line : lines) {
                g.drawString(line, MARGIN, y);
                y += lineHeight;
            }
            g.setColor(ACCENT);
            g.fillRect(MARGIN, HEIGHT - 150, 120, 4);
            g.setFont(bold.deriveFont(32f));
            g.setColor(INK);
            g.drawString(text.author(), MARGIN, HEIGHT - 96);
            g.setFont(regular.deriveFont(28f));
            g.setColor(MUTED);
            g.drawString(text.publisher(), MARGIN, HEIGHT - 56);
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static Font font(Path file) throws IOException {
        // From the file itself: from a stream, Java would copy the font into the temp folder.
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IOException(file + ": not a TrueType font: " + e.getMessage(), e);
        }
    }

    private static List<String> wrap(String text, FontMetrics metrics, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (metrics.stringWidth(candidate) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
