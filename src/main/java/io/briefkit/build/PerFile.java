package io.briefkit.build;

import io.briefkit.content.ContentFile;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What is found in each content file, kept from one reading to the next while the file is the
 * same: the linter gives a file whose bytes are as they were as the same {@link ContentFile},
 * so a save scans again only the file it changed.
 */
final class PerFile<T> {
    private final Function<ContentFile, List<T>> find;
    private Map<ContentFile, List<T>> last = new IdentityHashMap<>();

    /** What {@code find} finds in a file. */
    PerFile(Function<ContentFile, List<T>> find) {
        this.find = find;
    }

    /** What is found in {@code files}, in their order; only what is found in these is kept. */
    List<T> in(List<ContentFile> files) {
        Map<ContentFile, List<T>> now = new IdentityHashMap<>();
        List<T> found = new ArrayList<>();
        for (ContentFile file : files) {
            List<T> inFile = last.containsKey(file) ? last.get(file) : find.apply(file);
            now.put(file, inFile);
            found.addAll(inFile);
        }
        last = now;
        return found;
    }
}
