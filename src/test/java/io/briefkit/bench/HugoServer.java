package io.briefkit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code hugo server} on a Hugo copy of a series, for the benchmark: the same one-paragraph
 * edits of history.md that our preview gets, each rebuild's time read from Hugo's own log.
 */
final class HugoServer {
    private static final Pattern TOTAL = Pattern.compile("^Total in (\\d+(?:\\.\\d+)?) ms");
    private static final Pattern READY = Pattern.compile("Web Server is available at");

    private HugoServer() {
    }

    /** Edits the site's history.md {@code warmUp} times uncounted, then {@code edits} times; the counted rebuilds' ms. */
    static List<Double> rebuilds(Path site, int warmUp, int edits) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process hugo = new ProcessBuilder("hugo", "server", "-s", site.toString(), "--bind", "127.0.0.1",
                "--port", String.valueOf(port), "--disableLiveReload",
                // Hugo's cache in the benchmark's folder, not the system's temporary one.
                "--cacheDir", site.resolveSibling(site.getFileName() + "-cache").toString()).redirectErrorStream(true).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(hugo.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException closed) {
                // The server was stopped.
            }
        }, "hugo-log");
        reader.setDaemon(true);
        reader.start();
        try {
            await(lines, READY);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < warmUp + edits; i++) {
                BuildOnce.editOneParagraph(site, i + 1);
                double ms = Double.parseDouble(await(lines, TOTAL).group(1));
                if (i >= warmUp) {
                    times.add(ms);
                }
            }
            return times;
        } finally {
            hugo.destroy();
            hugo.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static Matcher await(BlockingQueue<String> lines, Pattern pattern) throws InterruptedException {
        while (true) {
            String line = lines.poll(120, TimeUnit.SECONDS);
            if (line == null) {
                throw new IllegalStateException("hugo server said nothing for 2 minutes; waiting for " + pattern);
            }
            Matcher matcher = pattern.matcher(line.strip());
            if (matcher.find()) {
                return matcher;
            }
        }
    }
}
