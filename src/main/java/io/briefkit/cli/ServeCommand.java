package io.briefkit.cli;

import io.briefkit.serve.PreviewServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves a preview on 127.0.0.1 and rebuilds it, in this JVM, whenever a source file changes;"
                + " open pages follow (taking new words where they stand, else reloading), and a broken build shows its"
                + " problems over the last good page.")
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--source", description = "Project folder (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path source;

    @Option(names = "--output", description = "Preview folder (default: ${DEFAULT-VALUE}).", defaultValue = "target/preview")
    Path output;

    @Option(names = "--port", description = "Port on 127.0.0.1; 0 for any free one (default: ${DEFAULT-VALUE}).",
            defaultValue = "8000")
    int port;

    @Override
    public Integer call() throws Exception {
        try (PreviewServer server = new PreviewServer(source, output, port, System.out::println)) {
            System.out.println("Preview at " + server.start() + " (Ctrl-C to stop)");
            // Ctrl-C ends the JVM without leaving this block: the builder's kept folder goes then.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (java.io.IOException e) {
                    // A later build beside the same output removes what is left.
                }
            }));
            new CountDownLatch(1).await();
        }
        return 0;
    }
}
