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
            out.append(i == 0 ? "" : ",").append(io.briefkit.Json.string(problems.get(i).toString()));
        }
        out.append(']');
        if (page != null) {
            out.append(",\"page\":").append(io.briefkit.Json.string(page));
        }
        return out.append('}').toString();
    }
}
