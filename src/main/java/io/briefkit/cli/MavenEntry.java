package io.briefkit.cli;

/**
 * The entry point Maven runs in its own JVM at {@code package}. A failed build ends with an
 * exception whose one-line message Maven prints, instead of {@code System.exit}, which would
 * stop Maven itself; the problems were already printed, one per line.
 */
public final class MavenEntry {
    private MavenEntry() {
    }

    public static void main(String[] args) {
        int code = Main.run(args);
        if (code != 0) {
            throw new BuildFailed("the build stopped on the problems listed above (exit code " + code + ")");
        }
    }

    static final class BuildFailed extends RuntimeException {
        BuildFailed(String message) {
            super(message, null, false, false);
        }
    }
}
