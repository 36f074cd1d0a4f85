package io.briefkit.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefkit.FixtureProject;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crawler told which files' text changed puts them in the store as JBake's own crawler does. */
class BodiesCrawlerTest {
    @TempDir
    Path dir;

    /** The baker's start-up registers the brief's Markdown engine with JBake, and quiets the store's log. */
    @org.junit.jupiter.api.BeforeAll
    static void briefMarkdown() throws ClassNotFoundException {
        Class.forName(Baker.class.getName());
    }

    @Test
    void aChangedFileIsStoredAsJBakesCrawlerStoresIt() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir.resolve("project"));
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                fixture.root().toFile(), dir.resolve("site").toFile(), true);
        ContentStore told = store(config);
        try {
            new Crawler(told, config).crawl();
            fixture.replace("content/one.md", "The first part.", "The first part, changed.");
            new BodiesCrawler(told, config, List.of(new File(config.getContentFolder(), "one.md")), false).crawl();
            Map<String, Object> changed = document(told, "one.html");
            assertTrue(String.valueOf(changed.get("body")).contains("The first part, changed."), changed.toString());

            ContentStore crawled = store(config);
            try {
                new Crawler(crawled, config).crawl();
                assertEquals(document(crawled, "one.html"), changed, "what JBake's crawler makes of the changed file");
                assertEquals(document(crawled, "index.html"), document(told, "index.html"), "the others as they were");
            } finally {
                crawled.close();
                crawled.shutdown();
            }
        } finally {
            told.close();
            told.shutdown();
        }
    }

    @Test
    void aKeptStoresDocumentsOfATypeStayAsTheStoreWouldFetchThem() throws Exception {
        FixtureProject fixture = FixtureProject.create(dir.resolve("project"));
        long time = java.time.Instant.parse("2023-04-01T00:00:00Z").toEpochMilli();
        for (String name : List.of("one", "two", "three")) {
            if (!name.equals("one")) {
                fixture.write("content/" + name + ".md", FixtureProject.page("Part " + name, "page", 2, name, "Text."));
            }
            java.nio.file.Files.setLastModifiedTime(fixture.root().resolve("content/" + name + ".md"),
                    java.nio.file.attribute.FileTime.fromMillis(time += 1000));
        }
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                fixture.root().toFile(), dir.resolve("site").toFile(), true);
        BakeStore kept = new BakeStore(true);
        start(kept);
        try {
            new Crawler(kept, config).crawl();
            assertEquals(List.of("three.html", "two.html", "one.html"), uris(kept.getAllContent("page")), "newest first");
            fixture.replace("content/one.md", "The first part.", "The first part, changed.");
            java.nio.file.Files.setLastModifiedTime(fixture.root().resolve("content/one.md"),
                    java.nio.file.attribute.FileTime.fromMillis(time + 1000));
            new BodiesCrawler(kept, config, List.of(new File(config.getContentFolder(), "one.md")), false).crawl();
            ContentStore crawled = store(config);
            try {
                new Crawler(crawled, config).crawl();
                assertEquals(List.of("one.html", "three.html", "two.html"), uris(crawled.getAllContent("page")));
                assertEquals(documents(crawled.getAllContent("page")), documents(kept.getAllContent("page")),
                        "the changed document in its new place, as the store gives it");
            } finally {
                crawled.close();
                crawled.shutdown();
            }
        } finally {
            kept.release();
        }
    }

    private static List<String> uris(List<DocumentModel> documents) {
        return documents.stream().map(DocumentModel::getUri).toList();
    }

    private static List<Map<String, Object>> documents(List<DocumentModel> documents) {
        return documents.stream().map(BodiesCrawlerTest::attributes).toList();
    }

    private static ContentStore store(DefaultJBakeConfiguration config) {
        ContentStore store = new ContentStore("memory", "crawl-" + java.util.UUID.randomUUID());
        start(store);
        return store;
    }

    private static void start(ContentStore store) {
        store.startup();
        for (String type : List.of("page", "overview", "glossary")) {
            DocumentTypes.addDocumentType(type);
        }
        store.updateSchema();
    }

    /** The stored document at {@code uri}, its attributes sorted, without the store's own record id, arrays as lists. */
    private static Map<String, Object> document(ContentStore store, String uri) {
        List<DocumentModel> found = store.getDocumentByUri(uri);
        assertEquals(1, found.size(), uri);
        return attributes(found.get(0));
    }

    private static Map<String, Object> attributes(DocumentModel document) {
        Map<String, Object> attributes = new TreeMap<>(document);
        attributes.keySet().removeIf(key -> key.startsWith("@"));
        attributes.replaceAll((key, value) -> value instanceof Object[] array ? List.of(array) : value);
        return attributes;
    }
}
