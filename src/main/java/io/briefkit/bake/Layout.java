package io.briefkit.bake;

import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What every page's rendering reads besides its own file: the settings, the templates, and the
 * headers of all content files (the contents list, the pager and the pages of a type are made
 * from them). A digest of it tells a baker whether a page whose own file is unchanged would
 * render as before. Templates read other pages' headers only, never their bodies.
 */
final class Layout {
    private Layout() {
    }

    static String of(Path project, List<ContentFile> files, Map<String, String> settings) throws IOException {
        MessageDigest digest = sha256();
        add(digest, new TreeMap<>(settings).toString());
        add(digest, Files.readString(project.resolve("jbake.properties")));
        Path templates = project.resolve("templates");
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                add(digest, templates.relativize(file).toString());
                digest.update(Files.readAllBytes(file));
            }
        }
        for (ContentFile file : files.stream().sorted(Comparator.comparing(ContentFile::path)).toList()) {
            add(digest, file.path());
            file.header().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(field -> add(digest, field.getKey() + "=" + field.getValue().value()));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
