package io.briefkit.cli;

/**
 * The entry point Maven runs in its own JVM at {@code package}. A failed build has printed
 * its problems, one per line, and a summary line; it then ends Maven with the build's exit
 * code, so that Maven adds no exception and no advice about its switches after them. A
 * build that succeeds returns, and Maven goes on to its next phase.
 */
public final class MavenEntry {
    private MavenEntry() {
    }

    public static void main(String[] args) {
        int code = Main.run(args);
        if (code != 0) {
            System.out.flush();
            System.err.flush();
            System.exit(code);
        }
    }
}
