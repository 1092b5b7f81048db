package wb.cli;

import picocli.CommandLine.Option;
import wb.script.ScriptRunner;

/** The options of a script run. */
final class ScriptOptions {
    @Option(names = {"-q", "--quiet"}, description = "Do not echo the values of bare expressions.")
    boolean quiet;

    @Option(names = "--keep-going", description = "Run on past failures; the exit status is still 1.")
    boolean keepGoing;

    @Option(names = "--show", description = "Also show figures in windows, and wait for them to be closed"
            + " before exiting (figures are always saved to --out).")
    boolean show;

    /** Read by the launcher, which then starts no client; here only so that it parses. */
    @Option(names = "--no-engine", description = "Run in this process instead of a warm engine"
            + " (as WB_ENGINE=off does).")
    boolean noEngine;

    ScriptRunner.Options runnerOptions() {
        return new ScriptRunner.Options(quiet, keepGoing);
    }
}
