package io.briefkit.bake;

import io.briefkit.content.ContentFile;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.FileUtil;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;
import org.jbake.util.HtmlUtil;

/**
 * JBake's crawler for a bake that changes the text of some content files and nothing else: the
 * same files, with the same headers, under the same templates and settings (the {@link Layout}
 * is the same), so that only those files' documents differ from what the kept store holds.
 * JBake's own crawler reads every content file and takes its SHA-1 to find that out, on every
 * bake; this one is told which files changed and puts each in the store as JBake's would, as a
 * modified file, to be rendered: parsed, given the same attributes (its path from the content
 * folder to the root, SHA-1, source and address), and replacing the document it was.
 */
final class BodiesCrawler extends Crawler {
    private final ContentStore db;
    private final JBakeConfiguration config;
    private final Parser parser;
    private final List<File> changed;
    private final boolean assetsInContent;

    BodiesCrawler(ContentStore db, JBakeConfiguration config, List<File> changed, boolean assetsInContent) {
        super(db, config);
        this.db = db;
        this.config = config;
        this.parser = new Parser(config);
        this.changed = List.copyOf(changed);
        this.assetsInContent = assetsInContent;
    }

    /**
     * The crawler for a bake of the content {@code files}, of which those whose paths are
     * {@code changed} changed in their text alone; or null, for JBake's own, where this one
     * cannot stand for it: where addresses drop their extension, or where the content folder
     * holds a file JBake would crawl that is not among {@code files} (content that is not
     * Markdown, which the reader does not read and so cannot tell changed), or is not plain
     * enough to tell (see {@link ContentFolder}).
     */
    static BodiesCrawler of(ContentStore db, JBakeConfiguration config, List<ContentFile> files, List<String> changed) {
        java.util.Map<String, File> known = new java.util.HashMap<>();
        files.forEach(file -> known.put(file.path(), new File(config.getContentFolder(), file.inContent())));
        if (config.getUriWithoutExtension()) {
            return null;
        }
        ContentFolder folder = ContentFolder.of(config);
        if (folder == null || !new java.util.HashSet<>(known.values()).containsAll(folder.content())) {
            return null;
        }
        return new BodiesCrawler(db, config, changed.stream().map(known::get).filter(folder.content()::contains).toList(),
                folder.assets());
    }

    /**
     * Whether the content folder holds files JBake copies to the site as they are, besides the
     * content: if not, JBake's looking for them again can be skipped.
     */
    boolean assetsInContent() {
        return assetsInContent;
    }

    @Override
    public void crawl() {
        for (File file : changed) {
            String uri = uri(file);
            db.deleteContent(uri);
            DocumentModel document = parser.processFile(file);
            if (document != null && DocumentTypes.contains(document.getType())) {
                describe(document, file, uri);
                db.addDocument(document);
            }
        }
    }

    /** The attributes JBake's crawler gives a document it adds. */
    private void describe(DocumentModel document, File file, String uri) {
        document.setRootPath(FileUtil.getUriPathToContentRoot(config, file));
        document.setSha1(sha1(file));
        document.setRendered(false);
        document.setFile(file.getPath());
        document.setSourceUri(uri);
        document.setUri(uri);
        document.setCached(true);
        if (ModelAttributes.Status.PUBLISHED_DATE.equals(document.getStatus()) && document.getDate() != null
                && new Date().after(document.getDate())) {
            document.setStatus(ModelAttributes.Status.PUBLISHED);
        }
        if (config.getImgPathUpdate()) {
            HtmlUtil.fixImageSourceUrls(document, config);
        }
    }

    /** The file's address as JBake gives it: its path in the content folder, its name encoded, with the output's extension. */
    private String uri(File file) {
        String path = FileUtil.asPath(config.getContentFolder().toPath().relativize(file.toPath()).toString());
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        String base = dot < 0 ? name : name.substring(0, dot);
        return path.substring(0, slash + 1) + URLEncoder.encode(base, StandardCharsets.UTF_8) + config.getOutputExtension();
    }

    private static String sha1(File file) {
        try {
            return FileUtil.sha1(file);
        } catch (Exception e) {
            return "";
        }
    }
}
