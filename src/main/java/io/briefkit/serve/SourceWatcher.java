package io.briefkit.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches what a preview build reads (content, notes, glossary, the corrections log,
 * templates, assets and the settings; not the PDF's style, as the preview makes no downloads)
 * and calls back once a burst of changes has settled. Folders created later are watched too.
 */
final class SourceWatcher implements AutoCloseable {
    static final List<String> FOLDERS = List.of("content", "notes", "glossary", "edition", "templates", "assets");
    private static final long SETTLE_MILLIS = 10;

    private final Path project;
    private final WatchService service;

    SourceWatcher(Path project) throws IOException {
        this.project = project;
        this.service = FileSystems.getDefault().newWatchService();
        project.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE);
        for (String folder : FOLDERS) {
            registerTree(project.resolve(folder));
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Blocks, calling {@code onChange} after each settled burst of changes, until closed. */
    void run(Runnable onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                boolean relevant = drain(key);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    relevant |= drain(more);
                }
                if (relevant) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = dir.resolve(name);
            boolean inProject = dir.equals(project);
            String top = inProject ? name.toString() : project.relativize(changed).getName(0).toString();
            if (inProject && !top.equals("jbake.properties") && !FOLDERS.contains(top)) {
                continue;
            }
            relevant = true;
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    // The folder went away again; nothing to watch.
                }
            }
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
