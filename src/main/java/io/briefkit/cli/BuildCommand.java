package io.briefkit.cli;

import io.briefkit.build.SiteBuilder;
import io.briefkit.check.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Bakes content/ with templates/ and assets/ into the output folder, checks the result,"
                + " and replaces the output folder only if every check passed.")
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--source", description = "Project folder (default: ${DEFAULT-VALUE}).", defaultValue = ".")
    Path source;

    @Option(names = "--output", description = "Site folder to replace (default: ${DEFAULT-VALUE}).",
            defaultValue = "target/site")
    Path output;

    @Override
    public Integer call() throws Exception {
        List<Finding> findings = new SiteBuilder().build(source, output);
        findings.forEach(System.err::println);
        if (!Finding.anyErrors(findings)) {
            System.out.println("Site written to " + output);
            return 0;
        }
        long errors = findings.stream().filter(f -> !f.warning()).count();
        System.err.println(errors + (errors == 1 ? " problem" : " problems") + "; " + output + " was left as it was.");
        return 1;
    }
}
