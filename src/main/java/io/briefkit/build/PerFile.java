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
 * so a save scans again only the file it changed. What a check of the site makes of all that is
 * found is kept too, and made again only when something found, or what it is checked against,
 * changed: a save of a paragraph finds the same things in its file as before.
 */
final class PerFile<T> {
    private final Function<ContentFile, List<T>> find;
    private Map<ContentFile, List<T>> last = new IdentityHashMap<>();
    /** What was found in each file at the last reading, by path, in the files' order. */
    private List<Map.Entry<String, List<T>>> lastFound = List.of();
    private Object checkedWith;
    private Object checked;

    /** What {@code find} finds in a file. */
    PerFile(Function<ContentFile, List<T>> find) {
        this.find = find;
    }

    /** What is found in {@code files}, in their order; only what is found in these is kept. */
    List<T> in(List<ContentFile> files) {
        Map<ContentFile, List<T>> now = new IdentityHashMap<>();
        List<Map.Entry<String, List<T>>> byPath = new ArrayList<>(files.size());
        List<T> found = new ArrayList<>();
        for (ContentFile file : files) {
            List<T> inFile = last.containsKey(file) ? last.get(file) : find.apply(file);
            now.put(file, inFile);
            byPath.add(Map.entry(file.path(), inFile));
            found.addAll(inFile);
        }
        if (!byPath.equals(lastFound)) {
            checked = null;
        }
        last = now;
        lastFound = byPath;
        return found;
    }

    /**
     * What {@code check} makes of what is found in {@code files}, checked against {@code with}
     * (compared by identity, as the builder's memory hands out the same data while its file is
     * the same): the last result, if the same things are found in the same files and {@code
     * with} is the same.
     */
    @SuppressWarnings("unchecked")
    <R> R checked(List<ContentFile> files, Object with, Function<List<T>, R> check) {
        List<T> found = in(files);
        if (checked == null || with != checkedWith) {
            checked = check.apply(found);
            checkedWith = with;
        }
        return (R) checked;
    }
}
