package io.briefkit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The project's command line: {@code build} bakes and checks the site; {@code serve} previews it. */
@Command(name = "brief", mixinStandardHelpOptions = true, subcommands = {BuildCommand.class, ServeCommand.class},
        description = "Bakes the brief into a static site.")
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
