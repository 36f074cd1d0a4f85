package io.briefkit.bake;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * JBake's in-memory content store, with changes that keep a bake's cost in proportion
 * to the pages baked:
 * <ul>
 * <li>JBake's page renderer fetches every document of a type, bodies and all, once for each
 * page it renders, only to find the page's neighbours, which this site does not use: a site
 * of N pages cost N² fetches. The fetch is made once per type here, and kept up to date as
 * documents are added and deleted, so that a bake that changes one file fetches that one.
 * <li>A kept store stays open from one bake to the next. JBake opens a new embedded database
 * for every bake, which costs more than baking the brief's pages; the preview bakes on every
 * save, so it keeps one store and has JBake empty it instead (each bake clears its cache).
 * {@link #release()} closes it for good.
 * <li>The store is emptied when the baker renders every page, and only then. JBake would also
 * empty it when its signature of the templates changed, but records that signature only on a
 * bake that keeps the store: the bake after every full one rendered every page again. The
 * baker renders every page whenever its {@link Layout}, which holds the templates, changed.
 * <li>What templates read of the pages' headers (the reading order, the page of each type),
 * which JBake's extractors fetch from the store, bodies and all, again on every bake, is kept
 * by a kept store for as long as the {@link Layout}, which digests every header, is the same:
 * a save that changes a page's text alone changes none of it.
 * <li>The crawler asks the store, in a query, for the state of every content file (its SHA-1 and
 * whether it was rendered) on every bake; a kept store remembers each answer until that file's
 * record changes, so a bake queries the state only of the files it adds or renders.
 * <li>A store that is not kept does not mark what it rendered: nothing reads the marks after
 * its one bake.
 * </ul>
 */
final class BakeStore extends ContentStore {
    private final boolean kept;
    private final Map<String, DocumentList<DocumentModel>> allContent = new HashMap<>();
    private boolean open;
    private String layout;
    private final Map<String, Object> ofLayout = new HashMap<>();
    /** Each source file's state as the store last answered it, by the file's source URI. */
    private final Map<String, DocumentList<DocumentModel>> statuses = new HashMap<>();

    BakeStore(boolean kept) {
        super("memory", "brief-" + UUID.randomUUID());
        this.kept = kept;
    }

    @Override
    public void startup() {
        if (!open) {
            allContent.clear();
            statuses.clear();
            super.startup();
            open = true;
        } else {
            // A query binds the store's session to the thread that bakes now: the preview
            // bakes first on the thread that starts it and then on its watcher's.
            getDocumentCount("page");
        }
    }

    /**
     * Tells a kept store the layout of the bake about to start: what it keeps of the headers
     * is forgotten when the layout differs from the last bake's.
     */
    void layout(String digest) {
        if (!digest.equals(layout)) {
            ofLayout.clear();
            layout = digest;
        }
    }

    /** Forgets what a kept store keeps of the headers, as after a failed bake. */
    void forgetLayout() {
        layout = null;
        ofLayout.clear();
    }

    /** Whether {@code db} is a store kept from bake to bake. */
    static boolean keeps(ContentStore db) {
        return db instanceof BakeStore store && store.kept;
    }

    /**
     * What {@code make} reads of the pages' headers from {@code db}, under {@code key}: made once
     * for as long as the layout is the same, in a kept store, and made every time in another.
     */
    static <T> T ofLayout(ContentStore db, String key, java.util.function.Supplier<T> make) {
        return db instanceof BakeStore store && store.kept ? store.ofLayout(key, make) : make.get();
    }

    @SuppressWarnings("unchecked")
    private synchronized <T> T ofLayout(String key, java.util.function.Supplier<T> make) {
        Object known = ofLayout.get(key);
        if (known == null) {
            known = make.get();
            ofLayout.put(key, known);
        }
        return (T) known;
    }

    /** JBake closes its store after each bake; a kept store stays open until released. */
    @Override
    public void close() {
        if (!kept) {
            release();
        }
    }

    void release() {
        if (open) {
            open = false;
            statuses.clear();
            super.close();
        }
    }

    /**
     * Every document of a type, fetched once and then kept up to date as documents are added
     * and deleted (rendered marks aside): a bake that changes one document fetches none again.
     */
    @Override
    public DocumentList<DocumentModel> getAllContent(String docType, boolean applyPaging) {
        if (applyPaging) {
            return super.getAllContent(docType, true);
        }
        return allContent.computeIfAbsent(docType, type -> super.getAllContent(type, false));
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> status = statuses.get(uri);
        if (status == null) {
            status = super.getDocumentStatus(uri);
            statuses.put(uri, status);
        }
        return status;
    }

    /**
     * Adds a document; a type's documents already fetched take it as the store gives it back,
     * in its place by date, newest first, as the store orders them (after those of its date).
     */
    @Override
    public void addDocument(DocumentModel document) {
        changed(document.getSourceuri());
        super.addDocument(document);
        DocumentList<DocumentModel> fetched = allContent.get(document.getType());
        if (fetched == null) {
            return;
        }
        DocumentList<DocumentModel> stored = document.getSourceuri() == null ? null : super.getDocumentByUri(document.getSourceuri());
        if (stored == null || stored.size() != 1 || stored.get(0).getDate() == null) {
            allContent.remove(document.getType());
            return;
        }
        DocumentModel added = stored.get(0);
        int at = 0;
        while (at < fetched.size() && fetched.get(at).getDate() != null && !fetched.get(at).getDate().before(added.getDate())) {
            at++;
        }
        if (at < fetched.size() && fetched.get(at).getDate() == null) {
            allContent.remove(document.getType());
            return;
        }
        fetched.add(at, added);
    }

    /** Deletes a file's document; each type's documents already fetched let it go too. */
    @Override
    public void deleteContent(String uri) {
        changed(uri);
        super.deleteContent(uri);
        allContent.values().forEach(fetched -> fetched.removeIf(document -> java.util.Objects.equals(uri, document.getSourceuri())));
    }

    /**
     * Marks a document rendered, for the crawler of the next bake, which renders again only what
     * changed or was not rendered: in a kept store. A store that is not kept is dropped after its
     * one bake, which fetched what it renders before rendering it, so nobody reads the mark, which
     * costs an update statement for every page.
     */
    @Override
    public void markContentAsRendered(DocumentModel document) {
        changed(document.getSourceuri());
        if (kept) {
            super.markContentAsRendered(document);
        }
    }

    @Override
    public void deleteAllByDocType(String docType) {
        allContent.clear();
        statuses.clear();
        super.deleteAllByDocType(docType);
    }

    @Override
    public void drop() {
        allContent.clear();
        statuses.clear();
        super.drop();
    }

    /** Forgets the state of the source file {@code uri}, or of every file if it is not known which. */
    private void changed(String uri) {
        if (uri == null) {
            statuses.clear();
        } else {
            statuses.remove(uri);
        }
    }

    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, java.io.File templateFolder) {
        if (needed) {
            for (String docType : DocumentTypes.getDocumentTypes()) {
                deleteAllByDocType(docType);
            }
            updateSchema();
        }
    }
}
