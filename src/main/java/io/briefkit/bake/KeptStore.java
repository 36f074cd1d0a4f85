package io.briefkit.bake;

import java.util.UUID;
import org.jbake.app.ContentStore;

/**
 * JBake's in-memory content store, kept open from one bake to the next. JBake opens a new
 * embedded database for every bake and closes it at the end, which costs more than baking the
 * brief's pages; the preview bakes again on every save, so it keeps one store and has JBake
 * empty it instead (each bake clears its cache). {@link #release()} closes it for good.
 */
final class KeptStore extends ContentStore {
    private boolean open;

    KeptStore() {
        super("memory", "brief-" + UUID.randomUUID());
    }

    @Override
    public void startup() {
        if (!open) {
            super.startup();
            open = true;
        } else {
            // A query binds the store's session to the thread that bakes now: the preview
            // bakes first on the thread that starts it and then on its watcher's.
            getDocumentCount("page");
        }
    }

    /** JBake closes its store after each bake; this one stays open until released. */
    @Override
    public void close() {
    }

    void release() {
        if (open) {
            open = false;
            super.close();
        }
    }
}
