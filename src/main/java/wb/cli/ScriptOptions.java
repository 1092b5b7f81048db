package wb.cli;

import picocli.CommandLine.Option;
import wb.script.ScriptRunner;

/** The options of a script run. */
final class ScriptOptions {
    @Option(names = {"-q", "--quiet"}, description = "Do not echo the values of bare expressions.")
    boolean quiet;

    @Option(names = "--keep-going", description = "Run on past failures; the exit status is still 1.")
    boolean keepGoing;

    ScriptRunner.Options runnerOptions() {
        return new ScriptRunner.Options(quiet, keepGoing);
    }
}
