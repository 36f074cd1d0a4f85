package io.briefkit.bake;

import io.briefkit.Fingerprint;
import io.briefkit.content.ContentFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
        Fingerprint digest = new Fingerprint();
        digest.add(new TreeMap<>(settings).toString());
        digest.add(Files.readAllBytes(project.resolve("jbake.properties")));
        Path templates = project.resolve("templates");
        try (Stream<Path> walk = Files.walk(templates)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.add(templates.relativize(file).toString());
                digest.add(Files.readAllBytes(file));
            }
        }
        for (ContentFile file : files.stream().sorted(Comparator.comparing(ContentFile::path)).toList()) {
            digest.add(file.path());
            file.header().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(field -> digest.add(field.getKey() + "=" + field.getValue().value()));
        }
        return digest.hex();
    }

}
