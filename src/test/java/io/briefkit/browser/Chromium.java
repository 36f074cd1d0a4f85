package io.briefkit.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, driven through Debian's chromedriver at explicit paths so that
 * Selenium never downloads a browser or driver. Flags keep it off the network. Each browser
 * has a folder of its own for its profile and its temporary files, deleted when it quits.
 */
public final class Chromium {
    public static final String BINARY = System.getProperty("chromium.binary", "/usr/bin/chromium");
    static final String DRIVER = System.getProperty("chromedriver.path", "/usr/bin/chromedriver");

    /**
     * Selenium looks for its own DevTools bindings of the browser's version when a driver
     * starts, and warns when it has none for a newer Chromium. The tests use none of them:
     * they speak WebDriver, and read the DevTools events chromedriver logs itself
     * ({@link PageProblems}). Held here, because the logging system keeps loggers weakly.
     */
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    static {
        DEVTOOLS.setLevel(Level.SEVERE);
    }

    private Chromium() {
    }

    /** Whether Debian's chromium and chromedriver are installed where they are looked for. */
    public static boolean available() {
        return new File(BINARY).canExecute() && new File(DRIVER).canExecute();
    }

    public static ChromeDriver start(int width, int height) throws IOException {
        return start(width, height, true);
    }

    /** A browser with JavaScript switched off, as some readers have it. */
    static ChromeDriver startWithoutJavaScript(int width, int height) throws IOException {
        return start(width, height, false);
    }

    private static ChromeDriver start(int width, int height, boolean javaScript) throws IOException {
        if (!available()) {
            throw new IllegalStateException("real-browser tests need Debian's chromium and chromium-driver ("
                    + BINARY + ", " + DRIVER + "): run ./test, which installs them, or apt-get install chromium chromium-driver");
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--disable-quic", "--disable-extensions",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile.resolve("data"));
        if (width < 500) {
            // A desktop window cannot be this narrow; emulate the phone's screen instead.
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // Chromium's and chromedriver's own temporary folders go into the profile folder too.
        Path tmp = Files.createDirectories(profile.resolve("tmp"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().withEnvironment(Map.of("TMPDIR", tmp.toString())).build();
        try {
            return new Driver(service, options, profile);
        } catch (RuntimeException e) {
            delete(profile);
            throw e;
        }
    }

    /** Deletes a folder and what is in it; a browser may still be removing files of its own, so it tries again. */
    static void delete(Path folder) {
        for (int attempt = 1; Files.exists(folder); attempt++) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (IOException | UncheckedIOException e) {
                if (attempt == 3) {
                    throw new IllegalStateException("could not delete the browser's folder " + folder + ": " + e, e);
                }
            }
        }
    }

    /** A driver that deletes its browser's profile when it quits, or when the tests' JVM ends without quitting it. */
    private static final class Driver extends ChromeDriver {
        private final Path profile;
        private final Thread atExit;

        Driver(ChromeDriverService service, ChromeOptions options, Path profile) {
            super(service, options);
            this.profile = profile;
            this.atExit = new Thread(() -> {
                try {
                    super.quit();
                } finally {
                    delete(profile);
                }
            }, "quit-chromium");
            Runtime.getRuntime().addShutdownHook(atExit);
        }

        @Override
        public void quit() {
            try {
                super.quit();
            } finally {
                delete(profile);
                try {
                    Runtime.getRuntime().removeShutdownHook(atExit);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running, or about to: it quits nothing twice that matters.
                }
            }
        }
    }
}
