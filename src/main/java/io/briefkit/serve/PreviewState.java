package io.briefkit.serve;

import io.briefkit.Finding;
import java.util.List;

/** What the open pages poll: the build's number, how long it took, and its problems, if any. */
record PreviewState(int version, long millis, List<Finding> problems) {

    /** The state, with the HTML of the page that asked for it, as this build made it, if not null. */
    String json(String page) {
        StringBuilder out = new StringBuilder("{\"version\":").append(version).append(",\"millis\":").append(millis)
                .append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(problems.get(i).toString()));
        }
        out.append(']');
        if (page != null) {
            out.append(",\"page\":").append(quote(page));
        }
        return out.append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
