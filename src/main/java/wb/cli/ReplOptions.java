package wb.cli;

import picocli.CommandLine.Option;

/** The options of the interactive REPL. */
final class ReplOptions {
    @Option(names = {"-i", "--interactive"},
            description = "Run FILE.jsh in the REPL, then stay at the prompt with its variables.")
    boolean interactive;

    @Option(names = "--no-startup", description = "Do not run the start-up file ($WB_STARTUP, else"
            + " $XDG_CONFIG_HOME/wb/startup.jsh or ~/.config/wb/startup.jsh). Scripts never run it.")
    boolean noStartup;
}
