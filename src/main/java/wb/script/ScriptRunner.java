package wb.script;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import wb.session.Failures;
import wb.session.Input;
import wb.session.Outcome;
import wb.session.Session;
import wb.session.SnippetSource;

/**
 * Runs a {@code .jsh} script as a program: snippets in order, values of bare expressions echoed
 * as a notebook shows a cell's value, and the first failure ending the run with status 1 and a
 * {@code FILE:LINE:COL: error: message} line.
 */
public final class ScriptRunner {
    /**
     * How a run behaves.
     *
     * @param quiet     do not echo the values of bare expressions
     * @param keepGoing run on past failures (the status is still 1 at the end)
     */
    public record Options(boolean quiet, boolean keepGoing) {
    }

    private final Session session;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    /** Matches the word {@code args}, which a snippet using the script's arguments contains. */
    private static final Pattern ARGS = Pattern.compile("\\bargs\\b");

    private volatile boolean interrupted;
    private boolean failed;
    private List<String> pendingArgs;

    public ScriptRunner(Session session, Options options, PrintStream out, PrintStream err) {
        this.session = session;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /**
     * Runs a script's text and returns the exit status: 0, 1 after a failure, 130 when
     * interrupted, or the status a snippet passed to {@code System.exit}.
     *
     * @param origin  the name positions are given in (the path as the user typed it)
     * @param baseDir the folder {@code /open} resolves relative paths against first
     */
    public int run(String text, String origin, Path baseDir) {
        Integer status = runInputs(session.splitter().split(text, origin), baseDir);
        if (status != null) {
            return status;
        }
        return failed ? ExitStatus.FAILED : ExitStatus.OK;
    }

    /**
     * Stops the run: the running snippet is stopped and no further one starts. Safe to call
     * from a signal handler's thread.
     */
    public void interrupt() {
        interrupted = true;
        session.stop();
    }

    /**
     * Makes {@code args} hold the script's arguments, as {@code String[] args} in snippets. The
     * variable is declared just before the first snippet that mentions {@code args}, because
     * declaring it costs a compilation (~100 ms at start-up) that most scripts do not need.
     */
    public void defineArgs(List<String> args) {
        pendingArgs = List.copyOf(args);
    }

    private void declarePendingArgs(SnippetSource next) {
        if (pendingArgs == null || !ARGS.matcher(next.code()).find()) {
            return;
        }
        StringBuilder code = new StringBuilder("String[] args = {");
        for (int i = 0; i < pendingArgs.size(); i++) {
            code.append(i == 0 ? "" : ", ").append(JavaLiterals.string(pendingArgs.get(i)));
        }
        code.append("};");
        pendingArgs = null;
        for (Outcome outcome : session.eval(SnippetSource.of(code.toString()))) {
            if (outcome.failed()) {
                throw new IllegalStateException("could not define args: " + Failures.describe(outcome));
            }
        }
    }

    /** Runs inputs in order; returns a status to end the run with, or null to go on. */
    private Integer runInputs(List<Input> inputs, Path baseDir) {
        for (Input input : inputs) {
            if (interrupted) {
                return ExitStatus.INTERRUPTED;
            }
            Integer status = input instanceof Input.Code
                    ? runSnippet(((Input.Code) input).source())
                    : runCommand((Input.Command) input, baseDir);
            if (status != null) {
                return status;
            }
        }
        return interrupted ? Integer.valueOf(ExitStatus.INTERRUPTED) : null;
    }

    private Integer runSnippet(SnippetSource source) {
        declarePendingArgs(source);
        for (Outcome outcome : session.eval(source)) {
            Integer status = report(outcome);
            if (status != null) {
                return status;
            }
        }
        return null;
    }

    private Integer report(Outcome outcome) {
        if (outcome instanceof Outcome.Value) {
            echo((Outcome.Value) outcome);
            return null;
        }
        if (outcome instanceof Outcome.Declared) {
            Outcome.Declared declared = (Outcome.Declared) outcome;
            if (!declared.unresolved().isEmpty()) {
                err.println(declared.source().position(0) + ": warning: " + declared.description()
                        + " cannot be used until " + String.join(", ", declared.unresolved()) + " is declared");
            }
            return null;
        }
        if (outcome instanceof Outcome.Stopped) {
            err.println(outcome.source().position(0) + ": interrupted");
            return ExitStatus.INTERRUPTED;
        }
        if (outcome instanceof Outcome.ExitRequested) {
            out.flush();
            return ((Outcome.ExitRequested) outcome).status();
        }
        if (outcome.failed()) {
            printFailure(outcome);
            failed = true;
            return options.keepGoing() ? null : Integer.valueOf(ExitStatus.FAILED);
        }
        return null;
    }

    /**
     * Prints a bare expression's value, as a notebook shows a cell's. Not echoed: figures (they
     * were shown, which in a script saves them), and expressions ending with a semicolon, which
     * silences them as in IPython.
     */
    private void echo(Outcome.Value value) {
        if (options.quiet() || value.shown() || value.source().code().endsWith(";")) {
            return;
        }
        if (value.kind() == Outcome.ValueKind.EXPRESSION) {
            out.println(value.text());
        } else if (value.kind() == Outcome.ValueKind.VARIABLE) {
            String prefix = value.name() + " ==> ";
            out.println(prefix + value.text().replace("\n", "\n" + " ".repeat(prefix.length())));
        }
    }

    private void printFailure(Outcome failure) {
        out.flush();
        SnippetSource.Position at = Failures.position(failure);
        err.println(at + ": error: " + Failures.describe(failure));
        err.println(Failures.caret(at, "    "));
        if (failure instanceof Outcome.RuntimeError) {
            for (String frame : ((Outcome.RuntimeError) failure).userFrames()) {
                err.println("    at " + frame);
            }
        }
        err.flush();
    }

    private Integer runCommand(Input.Command command, Path baseDir) {
        String where = command.origin() + ":" + command.line() + ":1";
        switch (command.name()) {
            case "/exit":
                return exit(command, where);
            case "/seed":
                try {
                    session.reseed(Long.parseLong(command.arguments()));
                    return null;
                } catch (NumberFormatException e) {
                    return usageInScript(where, "/seed needs a whole number, got '" + command.arguments() + "'");
                } catch (IllegalArgumentException e) {
                    return usageInScript(where, "/seed: " + e.getMessage());
                }
            case "/open":
                return open(command, baseDir, where);
            default:
                return usageInScript(where, command.name() + " is not available in scripts;"
                        + " a script can use /open FILE, /seed N and /exit [STATUS]");
        }
    }

    private Integer exit(Input.Command command, String where) {
        if (command.arguments().isEmpty()) {
            return failed ? ExitStatus.FAILED : ExitStatus.OK;
        }
        try {
            return Integer.parseInt(command.arguments());
        } catch (NumberFormatException e) {
            return usageInScript(where, "/exit takes a whole number status, got '" + command.arguments() + "'");
        }
    }

    private Integer open(Input.Command command, Path baseDir, String where) {
        if (command.arguments().isEmpty()) {
            return usageInScript(where, "/open needs a file name");
        }
        Path named = Path.of(command.arguments());
        Path file = !named.isAbsolute() && Files.exists(baseDir.resolve(named)) ? baseDir.resolve(named) : named;
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return usageInScript(where, "cannot read " + command.arguments() + ": " + IoMessages.reason(e));
        }
        Path parent = file.toAbsolutePath().getParent();
        return runInputs(session.splitter().split(text, command.arguments()), parent);
    }

    private Integer usageInScript(String where, String message) {
        err.println(where + ": error: " + message);
        failed = true;
        return options.keepGoing() ? null : Integer.valueOf(ExitStatus.FAILED);
    }
}
