package wb.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import wb.script.ExitStatus;
import wb.session.ShellStarter;

/**
 * The {@code wb} command: the REPL when given no file, a script run when given one.
 *
 * <p>{@code wb FILE.jsh ARGS...} is short for {@code wb run FILE.jsh ARGS...}; {@code wb -}
 * reads the script from standard input. Everything after the file goes to the script.
 */
@Command(name = "wb",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        subcommands = {RunCommand.class, TestCommand.class, KernelCommand.class},
        description = {"A workbench for least squares and weight decay: a Java REPL with helpers"
                + " preloaded, and a runner for .jsh scripts."},
        footer = {"", "Exit status: 0 ok, 1 a snippet failed, 2 usage error, 130 interrupted;"
                + " a script's System.exit(n) ends the run with n."})
public final class Main implements Callable<Integer> {
    @Mixin
    SessionOptions session = new SessionOptions();

    @Mixin
    ScriptOptions script = new ScriptOptions();

    @Mixin
    ReplOptions repl = new ReplOptions();

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.jsh",
            description = "A script to run (- for standard input); without it, the REPL starts.")
    String file;

    @Parameters(index = "1..*", paramLabel = "ARGS", description = "Arguments for the script, as args.")
    List<String> args = new ArrayList<>();

    @Option(names = "--train-startup-cache", hidden = true,
            description = "Run the launcher's training workload for the JVM start-up cache.")
    boolean trainStartupCache;

    /** The names of the subcommands, which a plain script run's first argument must not be. */
    private static final Set<String> SUBCOMMANDS = Set.of("run", "test", "kernel");

    /** The hidden first argument that makes this JVM a resident engine (see {@link EngineServer}). */
    static final String ENGINE_SERVE = "--engine-serve";

    /** Where this command runs: this JVM, or an engine serving a client. */
    private final Host host;

    Main(Host host) {
        this.host = host;
    }

    /** The starter for the session this command will run: the one begun at launch. */
    static ShellStarter starter(Main main) {
        return main.host.starter();
    }

    /** Where the command runs. */
    static Host host(Main main) {
        return main.host;
    }

    @Override
    public Integer call() {
        if (trainStartupCache) {
            return StartupTraining.run();
        }
        if (file == null || repl.interactive) {
            if (!host.hasTerminal()) {
                return NEEDS_TERMINAL;
            }
            return ReplLauncher.run(session, repl, file, args, starter(this));
        }
        return ScriptLauncher.run(session, script, file, args, host);
    }

    /**
     * Whether the command line is the commonest one, {@code wb FILE.jsh ARGS...} (or {@code wb -})
     * without options: picocli would read it as the file and the script's arguments with every
     * option at its default, so it is run directly. Building picocli's model of the command costs
     * about 0.1 s of a cold JVM, a tenth of a script's start-up.
     */
    static boolean isPlainScriptRun(String[] argv) {
        if (argv.length == 0) {
            return false;
        }
        String first = argv[0];
        return first.equals("-") || (!first.startsWith("-") && !SUBCOMMANDS.contains(first));
    }

    /**
     * Runs a command line on a host and returns its exit status, printing to the standard
     * streams as they are when it is called.
     */
    static int run(String[] argv, Host host) {
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int status;
        if (isPlainScriptRun(argv)) {
            status = ScriptLauncher.run(new SessionOptions(), new ScriptOptions(), argv[0],
                    List.of(argv).subList(1, argv.length), host);
        } else {
            status = execute(argv, out, err, host);
        }
        out.flush();
        err.flush();
        return status;
    }

    /**
     * Not an exit status: what a command returns when it needs the user's terminal (the prompt)
     * and its host has none (an engine, whose client then runs the command itself).
     */
    static final int NEEDS_TERMINAL = -1;

    /** Runs the command line and returns its exit status. */
    static int execute(String[] argv, PrintWriter out, PrintWriter err, Host host) {
        CommandLine commandLine = new CommandLine(new Main(host))
                .setStopAtPositional(true)
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler((e, args) -> {
                    // The message and a pointer to --help, as GNU tools do; the whole usage
                    // would push the message itself off the screen.
                    err.println("wb: " + e.getMessage());
                    err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more.");
                    return ExitStatus.USAGE;
                })
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    err.println("wb: " + e);
                    return ExitStatus.FAILED;
                });
        commandLine.getSubcommands().values().forEach(sub -> sub.setStopAtPositional(true));
        return commandLine.execute(argv);
    }

    public static void main(String[] argv) {
        if (argv.length == 3 && argv[0].equals(ENGINE_SERVE)) {
            System.exit(EngineServer.serve(java.nio.file.Path.of(argv[1]), argv[2]));
        }
        // javac's first compilation is most of wb's start-up; let it run while picocli parses.
        ShellStarter starter = ShellStarter.begin();
        System.exit(run(argv, Host.inProcess(starter)));
    }
}
