package io.briefkit.publish;

import java.util.ArrayList;
import java.util.List;

/** A plain typographic cover, drawn as SVG: series, title broken into lines, author and date. */
final class EpubCover {
    private static final int WIDTH = 600;
    private static final int LINE = 22;

    private EpubCover() {
    }

    static String svg(EpubMetadata meta) {
        StringBuilder title = new StringBuilder();
        int y = 330;
        for (String line : lines(meta.title(), LINE)) {
            title.append("<tspan x=\"60\" y=\"").append(y).append("\">").append(x(line)).append("</tspan>");
            y += 58;
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + WIDTH + "\" height=\"900\""
                + " viewBox=\"0 0 " + WIDTH + " 900\">\n"
                + "<title>" + x(meta.title()) + "</title>\n"
                + "<rect width=\"" + WIDTH + "\" height=\"900\" fill=\"#1d2b3a\"/>\n"
                + "<rect x=\"60\" y=\"230\" width=\"80\" height=\"6\" fill=\"#e0a84f\"/>\n"
                + "<text x=\"60\" y=\"190\" fill=\"#e0a84f\" font-family=\"sans-serif\" font-size=\"24\" letter-spacing=\"3\">"
                + x(meta.series().toUpperCase(java.util.Locale.ROOT)) + "</text>\n"
                + "<text fill=\"#ffffff\" font-family=\"serif\" font-size=\"46\" font-weight=\"bold\">" + title + "</text>\n"
                + "<text x=\"60\" y=\"" + (y + 40) + "\" fill=\"#ffffff\" font-family=\"sans-serif\" font-size=\"28\">"
                + x(meta.author()) + "</text>\n"
                + "<text x=\"60\" y=\"820\" fill=\"#c9d3dd\" font-family=\"sans-serif\" font-size=\"22\">"
                + x(meta.publisher() + " · " + meta.date()) + "</text>\n</svg>\n";
    }

    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static String x(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
