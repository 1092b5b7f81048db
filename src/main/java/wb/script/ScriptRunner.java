package wb.script;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import wb.deps.ResolvedArtifact;
import wb.session.Failures;
import wb.io.Utf8;
import wb.session.Input;
import wb.session.OpenChain;
import wb.session.Libraries;
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

    /**
     * Watches a run snippet by snippet: a notebook writer or a kernel turns what it sees into
     * cells' outputs. Called on the thread that runs the script.
     */
    public interface Listener {
        /** A snippet is about to be evaluated. */
        void starting(SnippetSource source);

        /**
         * A snippet's outcome, before the runner reports it.
         *
         * @return true when the listener has shown the outcome itself, so that the runner prints
         *         nothing for it (the run still goes on or ends as the outcome says)
         */
        boolean finished(Outcome outcome);

        /**
         * A command the runner is about to run; the listener may run it instead (a kernel's own
         * commands).
         *
         * @return true when the listener ran it
         */
        default boolean command(Input.Command command) {
            return false;
        }
    }

    /** A listener that watches nothing and lets the runner print everything. */
    private static final Listener SILENT = new Listener() {
        @Override
        public void starting(SnippetSource source) {
        }

        @Override
        public boolean finished(Outcome outcome) {
            return false;
        }
    };

    private final Session session;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    /** Matches the word {@code args}, which a snippet using the script's arguments contains. */
    private static final Pattern ARGS = Pattern.compile("\\bargs\\b");

    private final OpenChain opened = new OpenChain();
    private volatile boolean interrupted;
    private boolean failed;
    private List<String> pendingArgs;
    private Listener listener = SILENT;

    public ScriptRunner(Session session, Options options, PrintStream out, PrintStream err) {
        this.session = session;
        this.options = options;
        this.out = out;
        this.err = err;
    }

    /** Tells {@code newListener} about every snippet of the run. */
    public ScriptRunner listener(Listener newListener) {
        this.listener = newListener == null ? SILENT : newListener;
        return this;
    }

    /**
     * Runs a script's text and returns the exit status: 0, 1 after a failure, 130 when
     * interrupted, or the status a snippet passed to {@code System.exit}.
     *
     * @param origin  the name positions are given in (the path as the user typed it)
     * @param baseDir the folder {@code /open} resolves relative paths against first
     */
    public int run(String text, String origin, Path baseDir) {
        Path self = baseDir == null ? null : baseDir.resolve(Path.of(origin).getFileName().toString());
        if (self != null && Files.isRegularFile(self)) {
            opened.enter(self, origin);
        }
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
        listener.starting(source);
        for (Outcome outcome : session.eval(source)) {
            Integer status = listener.finished(outcome) ? consequence(outcome) : report(outcome);
            if (status != null) {
                return status;
            }
        }
        return null;
    }

    /** What an outcome the listener has shown means for the run, with nothing printed. */
    private Integer consequence(Outcome outcome) {
        if (outcome instanceof Outcome.Stopped) {
            return ExitStatus.INTERRUPTED;
        }
        if (outcome instanceof Outcome.ExitRequested) {
            return ((Outcome.ExitRequested) outcome).status();
        }
        if (outcome.failed()) {
            failed = true;
            return options.keepGoing() ? null : Integer.valueOf(ExitStatus.FAILED);
        }
        return null;
    }

    private Integer report(Outcome outcome) {
        if (outcome instanceof Outcome.Value) {
            echo((Outcome.Value) outcome);
            return null;
        }
        if (outcome instanceof Outcome.Declared) {
            String warning = warning((Outcome.Declared) outcome);
            if (warning != null) {
                err.println(warning);
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
        String text = options.quiet() ? null : echoText(value);
        if (text != null) {
            out.println(text);
        }
    }

    /**
     * The text a script run prints for a value, or null when it prints none: a bare expression
     * prints its value, a bare variable {@code name ==> value}; figures that were shown,
     * declarations, assignments and snippets ending with a semicolon print nothing.
     */
    public static String echoText(Outcome.Value value) {
        if (value.shown() || value.source().code().endsWith(";")) {
            return null;
        }
        if (value.kind() == Outcome.ValueKind.EXPRESSION) {
            return value.text();
        }
        if (value.kind() == Outcome.ValueKind.VARIABLE) {
            String prefix = value.name() + " ==> ";
            return prefix + value.text().replace("\n", "\n" + " ".repeat(prefix.length()));
        }
        return null;
    }

    /**
     * The warning a script run prints for a declaration that uses names not declared yet, as
     * {@code FILE:LINE:COL: warning: ...}, or null when it uses none.
     */
    public static String warning(Outcome.Declared declared) {
        if (declared.unresolved().isEmpty()) {
            return null;
        }
        return declared.source().position(0) + ": warning: " + declared.description()
                + " cannot be used until " + String.join(", ", declared.unresolved()) + " is declared";
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
        if (listener.command(command)) {
            return null;
        }
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
            case "/add":
                return add(command, baseDir);
            default:
                return usageInScript(where, command.name() + " is not available in scripts;"
                        + " a script can use /add LIBRARY..., /open FILE, /seed N and /exit [STATUS]");
        }
    }

    /**
     * Adds libraries, as at the prompt, except that a version must be one version: a range or
     * LATEST would let the next run load other code. What Maven resolved is printed once on
     * standard error, so that a run's exact libraries can be read back (and pinned).
     */
    private Integer add(Input.Command command, Path baseDir) {
        Libraries.Added added;
        try {
            added = Libraries.add(session, List.of(command.arguments().split("\\s+")).stream()
                    .filter(a -> !a.isEmpty()).toList(), baseDir, Path.of("").toAbsolutePath(), true);
        } catch (Libraries.AddException e) {
            return usageInScript(command.positionOf(e.argument()), e.getMessage());
        }
        if (!added.resolved().isEmpty()) {
            err.println(command.origin() + ":" + command.line() + ": /add resolved "
                    + String.join(" ", added.resolved().stream().map(ResolvedArtifact::coordinates)
                    .map(Object::toString).toList()));
            err.flush();
        }
        return null;
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
        Optional<String> cycle = opened.cycle(file, command.arguments());
        if (cycle.isPresent()) {
            return usageInScript(where, "/open " + command.arguments() + ": " + cycle.get());
        }
        String text;
        try {
            text = Utf8.read(file);
        } catch (Utf8.NotUtf8Exception e) {
            return usageInScript(command.arguments() + ":" + e.line() + ":" + e.column(), e.reason());
        } catch (IOException e) {
            return usageInScript(where, "cannot read " + command.arguments() + ": " + IoMessages.reason(e));
        }
        Path parent = file.toAbsolutePath().getParent();
        opened.enter(file, command.arguments());
        try {
            return runInputs(session.splitter().split(text, command.arguments()), parent);
        } finally {
            opened.leave();
        }
    }

    private Integer usageInScript(String where, String message) {
        err.println(where + ": error: " + message);
        failed = true;
        return options.keepGoing() ? null : Integer.valueOf(ExitStatus.FAILED);
    }
}
