package io.briefkit.build;

import io.briefkit.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
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

    /**
     * The result of {@code step}, named {@code name}, made again only if the bytes of {@code files}
     * (relative to {@code project}; a missing file counts as empty) or {@code also} changed since
     * it was last made; its findings are added to {@code findings} either way.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String name, Path project, List<String> files, String also, List<Finding> findings, Step<T> step)
            throws IOException {
        MessageDigest digest = sha256();
        for (String file : files) {
            Path path = project.resolve(file);
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0]);
            digest.update((byte) 0);
        }
        digest.update(also.getBytes(StandardCharsets.UTF_8));
        String inputs = HexFormat.of().formatHex(digest.digest());
        Result known = results.get(name);
        if (known == null || !known.inputs().equals(inputs)) {
            List<Finding> found = new ArrayList<>();
            known = new Result(inputs, step.run(found), List.copyOf(found));
            results.put(name, known);
        }
        findings.addAll(known.findings());
        return (T) known.value();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
