package io.briefkit.serve;

import io.briefkit.Finding;
import java.util.List;

/** What the open pages poll: the build's number, how long it took, and its problems, if any. */
record PreviewState(int version, long millis, List<Finding> problems) {

    String json() {
        StringBuilder out = new StringBuilder("{\"version\":").append(version).append(",\"millis\":").append(millis)
                .append(",\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            out.append(i == 0 ? "" : ",").append(quote(problems.get(i).toString()));
        }
        return out.append("]}").toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
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
