package io.briefkit.browser;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Debian's nginx on a free port of 127.0.0.1, serving a folder with the shipped configuration, hosting/nginx-site.conf. */
final class NginxServer implements AutoCloseable {
    static final Path CONF = Path.of("hosting/nginx-site.conf");
    static final String NGINX = System.getProperty("nginx.binary", "/usr/sbin/nginx");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process nginx;
    /** The server's address, ending in /. */
    final String base;

    private NginxServer(Process nginx, String base) {
        this.nginx = nginx;
        this.base = base;
    }

    /** Serves {@code root}; nginx's own files go to {@code dir}. */
    static NginxServer serve(Path root, Path dir) throws Exception {
        if (!Files.isExecutable(Path.of(NGINX))) {
            throw new IllegalStateException("this test needs Debian's nginx at " + NGINX + ": apt-get install -y nginx");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String server = Files.readString(CONF)
                .replace("listen 80;", "listen 127.0.0.1:" + port + ";")
                .replace("root /var/www/brief-636;", "root " + root.toAbsolutePath() + ";");
        if (!server.contains("127.0.0.1:" + port) || !server.contains(root.toAbsolutePath().toString())) {
            throw new IllegalStateException("the shipped configuration lacks the listen and root lines this test replaces");
        }
        Files.writeString(dir.resolve("server.conf"), server);
        // Run as root (as on CI), nginx's workers would otherwise drop to a user that may not read the site.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        Files.writeString(dir.resolve("nginx.conf"), user + "worker_processes 1;\npid " + dir.resolve("nginx.pid") + ";\n"
                + "error_log " + dir.resolve("error.log") + ";\nevents { worker_connections 64; }\nhttp {\n"
                + "include /etc/nginx/mime.types;\ndefault_type application/octet-stream;\naccess_log off;\n"
                + "client_body_temp_path " + dir + "/body;\nproxy_temp_path " + dir + "/proxy;\n"
                + "fastcgi_temp_path " + dir + "/fastcgi;\nuwsgi_temp_path " + dir + "/uwsgi;\nscgi_temp_path " + dir + "/scgi;\n"
                + "include " + dir.resolve("server.conf") + ";\n}\n");
        Process nginx = new ProcessBuilder(NGINX, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString(),
                "-g", "daemon off;").redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        String base = "http://127.0.0.1:" + port + "/";
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until && nginx.isAlive()) {
            try {
                HTTP.send(HttpRequest.newBuilder(URI.create(base)).build(), HttpResponse.BodyHandlers.discarding());
                return new NginxServer(nginx, base);
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        nginx.destroy();
        throw new IllegalStateException("nginx did not start: " + Files.readString(dir.resolve("nginx.out")));
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        nginx.destroy();
    }
}
