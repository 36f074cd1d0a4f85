package io.briefkit.build;

import io.briefkit.Finding;
import io.briefkit.Fingerprint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a builder read from the project's data files and made of them, with the findings, kept
 * for the next build under the bytes it came from: a save that leaves the endnotes, the
 * sources and the actors as they were does not read, check or render them again. Each result is
 * a function of the files named, and of nothing else.
 */
final class Remembered {
    /** A step of the build: a result made from the files, reporting its findings. */
    interface Step<T> {
        T run(List<Finding> findings) throws IOException;
    }

    private record Result(String inputs, Object value, List<Finding> findings) {
    }

    private final Map<String, Result> results = new HashMap<>();
    /** The data files' bytes, read again only when a file's length, times or identity say it changed (see FileReads). */
    private final io.briefkit.FileReads reads = new io.briefkit.FileReads();
    private final Map<String, Map.Entry<Object, Object>> lastByKey = new HashMap<>();

    /**
     * The result of {@code step}, named {@code name}, made again only if the bytes of {@code files}
     * (relative to {@code project}; a missing file counts as empty) or {@code also} changed since
     * it was last made; its findings are added to {@code findings} either way.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String name, Path project, List<String> files, String also, List<Finding> findings, Step<T> step)
            throws IOException {
        Fingerprint digest = new Fingerprint();
        for (String file : files) {
            Path path = project.resolve(file);
            digest.add(file).add(Files.isRegularFile(path) ? reads.fingerprint(path) : "no file");
        }
        String inputs = digest.add(also).hex();
        Result known = results.get(name);
        if (known == null || !known.inputs().equals(inputs)) {
            List<Finding> found = new ArrayList<>();
            known = new Result(inputs, step.run(found), List.copyOf(found));
            results.put(name, known);
        }
        findings.addAll(known.findings());
        return (T) known.value();
    }

    /**
     * The result of {@code make} for {@code key}, named {@code name}, made again only if the key
     * is not equal to the last build's: for results made from what the build has already read,
     * such as the actors' names or the brief's details.
     */
    @SuppressWarnings("unchecked")
    synchronized <K, T> T get(String name, K key, java.util.function.Function<K, T> make) {
        Map.Entry<Object, Object> known = lastByKey.get(name);
        if (known == null || !known.getKey().equals(key)) {
            known = Map.entry(key, make.apply(key));
            lastByKey.put(name, known);
        }
        return (T) known.getValue();
    }
}
