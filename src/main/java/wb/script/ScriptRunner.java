package wb.script;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import wb.deps.ResolvedArtifact;
import wb.session.Command;
import wb.session.Input;
import wb.session.Interpreter;
import wb.session.Libraries;
import wb.session.Outcome;
import wb.session.RunResult;
import wb.session.Session;
import wb.session.SnippetSource;

/**
 * Runs a {@code .jsh} script as a program on the session's {@link Interpreter}: values of bare
 * expressions echoed as a notebook shows a cell's value, and the first failure ending the run
 * with status 1 and a {@code FILE:LINE:COL: error: message} line on standard error.
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

    /** Matches the word {@code args}, which a snippet using the script's arguments contains. */
    private static final Pattern ARGS = Pattern.compile("\\bargs\\b");

    private final Session session;
    private final Options options;
    private final PrintStream out;
    private final PrintStream err;
    private final Interpreter interpreter;
    private final Printer printer = new Printer();
    private List<String> pendingArgs;
    private Listener listener = SILENT;

    /** A runner for scripts. */
    public ScriptRunner(Session session, Options options, PrintStream out, PrintStream err) {
        this(session, Interpreter.Place.SCRIPT, options, out, err);
    }

    /** A runner for {@code place}'s input: a script's, or a notebook cell's. */
    public ScriptRunner(Session session, Interpreter.Place place, Options options, PrintStream out, PrintStream err) {
        this.session = session;
        this.options = options;
        this.out = out;
        this.err = err;
        this.interpreter = new Interpreter(session, place, new ScriptFront(), Path.of("").toAbsolutePath());
    }

    /** Tells {@code newListener} about every snippet of the run. */
    public ScriptRunner listener(Listener newListener) {
        this.listener = newListener == null ? SILENT : newListener;
        return this;
    }

    /** Makes {@code command} run {@code handler} (a kernel's own commands); see {@link Interpreter#register}. */
    public ScriptRunner register(Command command, Interpreter.Handler handler) {
        interpreter.register(command, handler);
        return this;
    }

    /**
     * Runs a script's text and returns the exit status: 0, 1 after a failure, 130 when
     * interrupted, or the status a snippet passed to {@code System.exit} or {@code /exit} gave.
     *
     * @param origin  the name positions are given in (the path as the user typed it)
     * @param baseDir the folder {@code /open} resolves relative paths against first
     */
    public int run(String text, String origin, Path baseDir) {
        Path self = baseDir == null ? null : baseDir.resolve(Path.of(origin).getFileName().toString());
        RunResult result = interpreter.run(text, origin, baseDir, self != null && Files.isRegularFile(self) ? self : null);
        switch (result.kind()) {
            case DONE: return ExitStatus.OK;
            case STOPPED: return ExitStatus.INTERRUPTED;
            case EXIT:
                out.flush();
                return result.status();
            default: return ExitStatus.FAILED;
        }
    }

    /**
     * Stops the run: the running snippet is stopped and no further one starts. Safe to call
     * from a signal handler's thread.
     */
    public void interrupt() {
        interpreter.interrupt();
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
                throw new IllegalStateException("could not define args: " + outcome.describe());
            }
        }
    }

    /** How a script differs from the prompt: values on standard output, failures with positions on standard error. */
    private final class ScriptFront implements Interpreter.Front {
        @Override
        public void show(Outcome outcome) {
            if (!listener.finished(outcome)) {
                outcome.accept(printer);
            }
        }

        @Override
        public void error(String position, String message) {
            err.println((position == null ? "" : position + ": ") + "error: " + message);
            err.flush();
        }

        @Override
        public void print(String line) {
            out.println(line);
        }

        /**
         * What Maven resolved is printed once on standard error, so that a run's exact libraries
         * can be read back (and pinned).
         */
        @Override
        public void added(Input.Command command, Libraries.Added added) {
            if (!added.resolved().isEmpty()) {
                err.println(command.origin() + ":" + command.line() + ": " + Command.ADD + " resolved "
                        + String.join(" ", added.resolved().stream().map(ResolvedArtifact::coordinates)
                        .map(Object::toString).toList()));
                err.flush();
            }
        }

        @Override
        public void starting(SnippetSource source) {
            declarePendingArgs(source);
            listener.starting(source);
        }

        @Override
        public boolean keepGoing() {
            return options.keepGoing();
        }
    }

    /** Prints an outcome as a script does. */
    private final class Printer implements Outcome.Visitor<Void> {
        /**
         * Prints a bare expression's value, as a notebook shows a cell's. Not echoed: figures (they
         * were shown, which in a script saves them), and expressions ending with a semicolon.
         */
        @Override
        public Void value(Outcome.Value value) {
            String text = options.quiet() ? null : value.scriptEcho();
            if (text != null) {
                out.println(text);
            }
            return null;
        }

        /** Warns about a declaration that uses names not declared yet. */
        @Override
        public Void declared(Outcome.Declared declared) {
            if (!declared.unresolved().isEmpty()) {
                err.println(declared.position() + ": " + declared.warning());
            }
            return null;
        }

        @Override
        public Void compileError(Outcome.CompileError error) {
            return failure(error);
        }

        @Override
        public Void runtimeError(Outcome.RuntimeError error) {
            return failure(error);
        }

        @Override
        public Void stopped(Outcome.Stopped stopped) {
            err.println(stopped.position() + ": interrupted");
            return null;
        }

        @Override
        public Void exitRequested(Outcome.ExitRequested exit) {
            out.flush();
            return null;
        }

        private Void failure(Outcome failure) {
            out.flush();
            SnippetSource.Position at = failure.position();
            err.println(at + ": error: " + failure.describe());
            err.println(at.caret("    "));
            for (String frame : failure.userFrames()) {
                err.println("    at " + frame);
            }
            err.flush();
            return null;
        }
    }
}
