package wb.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import wb.io.AtomicFiles;
import wb.io.Utf8;

/**
 * The one interpreter of wb's input language, for the prompt, scripts and notebook cells alike:
 * it splits text into snippets and {@code /commands}, evaluates the snippets in the session,
 * dispatches the commands to their handlers, runs the commands every place shares ({@code /open},
 * {@code /add}, {@code /seed}, {@code /exit}), and says what the run came to. What differs
 * between places is a {@link Front}: how outcomes and errors are shown, and whether a failure
 * ends the run. Commands only one place has are {@link #register registered} by it.
 *
 * <p>A bad command argument is a {@link CommandError}, reported the same way everywhere:
 * {@code FILE:LINE:COL: error: message} (at the prompt, without the position of what was typed).
 *
 * <p>{@link #interrupt()} may be called from another thread (a signal handler): the running
 * snippet is stopped, and what was still to run is not run.
 */
public final class Interpreter {
    /** Where input is run, which decides which commands it may use. */
    public enum Place {
        PROMPT("at the prompt", "the prompt"), SCRIPT("in scripts", "a script"), CELL("in notebook cells", "a cell");

        private final String in;
        private final String one;

        Place(String in, String one) {
            this.in = in;
            this.one = one;
        }
    }

    /** Runs one command with the rest of its line. */
    @FunctionalInterface
    public interface Handler {
        /**
         * @param baseDir the folder of the file the command stands in (the working directory when typed)
         * @throws CommandError when an argument is wrong; nothing was done
         */
        RunResult run(Input.Command command, Path baseDir) throws CommandError;
    }

    /** What the places differ in: how they show what happened, and what ends a run. */
    public interface Front {
        /** Shows a snippet's outcome. */
        void show(Outcome outcome);

        /**
         * Shows why a command failed.
         *
         * @param position {@code FILE:LINE:COL}, or null when it is not in a file (e.g. a start-up file that cannot be read)
         */
        void error(String position, String message);

        /** Prints what a command was asked for (the seed of {@code /seed}). */
        void print(String line);

        /** Says what a command did, where the place says such things (the prompt does, a script does not). */
        default void confirm(String line) {
        }

        /** Says what {@code /add} added. */
        void added(Input.Command command, Libraries.Added added);

        /** Called before the session's JShell is used (the prompt waits for its completion warm-up). */
        default void beforeUse() {
        }

        /** Called before a snippet is evaluated. */
        default void starting(SnippetSource source) {
        }

        /** Called when a stop leaves {@code left} inputs not run. */
        default void notRun(int left) {
        }

        /** Whether the run goes on past a failure (the run still counts as failed). */
        default boolean keepGoing() {
            return false;
        }
    }

    /** A command's argument was wrong, or what it names cannot be used; nothing was done. */
    public static final class CommandError extends Exception {
        private static final long serialVersionUID = 1L;
        private final String position;

        /** An error about the command as a whole, reported at the start of its line. */
        public CommandError(String message) {
            this(message, null);
        }

        /** An error at {@code position} ({@code FILE:LINE:COL}), e.g. an argument's own column. */
        public CommandError(String message, String position) {
            super(message);
            this.position = position;
        }
    }

    private final Session session;
    private final Place place;
    private final Front front;
    private final Path workingDir;
    private final Map<Command, Handler> handlers = new LinkedHashMap<>();
    private final OpenChain opened = new OpenChain();
    private volatile boolean interrupted;
    private boolean failed;

    /**
     * An interpreter with the commands every place has.
     *
     * @param workingDir what relative file names fall back to
     */
    public Interpreter(Session session, Place place, Front front, Path workingDir) {
        this.session = session;
        this.place = place;
        this.front = front;
        this.workingDir = workingDir;
        register(Command.OPEN, this::open);
        register(Command.ADD, this::add);
        register(Command.SEED, this::seed);
        register(Command.EXIT, this::exit);
    }

    /**
     * Makes {@code command} run {@code handler} here, instead of its shared handler if it has one.
     *
     * @throws IllegalArgumentException if the command is not declared for this place
     */
    public Interpreter register(Command command, Handler handler) {
        if (!command.places().contains(place)) {
            throw new IllegalArgumentException(command + " is not declared for " + place);
        }
        handlers.put(command, handler);
        return this;
    }

    /** The commands this place offers, in the order help lists them. */
    public CommandTable commands() {
        return new CommandTable(Command.ALL.stream().filter(handlers::containsKey).toList());
    }

    /**
     * Runs text: a typed entry, a script, a cell. It stops at the first failure unless the front
     * keeps going; then, or if anything failed, it comes to {@link RunResult#FAILED}.
     *
     * @param origin  the name positions are given in ({@code #3}, the path as the user typed it, {@code In[2]})
     * @param baseDir the folder {@code /open} and {@code /add} resolve relative names against first
     * @param file    the file the text is, which may therefore not {@code /open} itself; null for none
     */
    public RunResult run(String text, String origin, Path baseDir, Path file) {
        failed = false;
        if (file != null) {
            opened.enter(file, origin);
        }
        List<Input> inputs = session.splitter().split(text, origin);
        // A script is the whole of what runs, so what it does not name again can go (see
        // ScriptNames); not at the prompt or in cells, where more comes.
        ScriptNames names = place == Place.SCRIPT ? ScriptNames.of(inputs, commands()) : null;
        try (ScriptNames.Dropping dropping = names == null ? () -> { } : session.dropVariablesNotNamedIn(names)) {
            RunResult result = runInputs(inputs, baseDir);
            RunResult unfinished = settleUnfinishedWork();
            return concluded(unfinished.goesOn() ? result : unfinished);
        } finally {
            if (file != null) {
                opened.leave();
            }
            interrupted = false; // a stop ends the run it arrived in, not the next (a prompt runs many)
        }
    }

    /**
     * Runs a file as {@code /open} does, outside any other (the prompt's start-up file,
     * {@code wb -i FILE}); a file that cannot be read is reported as an error.
     *
     * @param name the file as the user named it, which positions are given in
     */
    public RunResult runFile(Path file, String name) {
        failed = false;
        try {
            return concluded(runNamedFile(file, name));
        } catch (CommandError e) {
            front.error(e.position, e.getMessage());
            return RunResult.FAILED;
        } finally {
            interrupted = false;
        }
    }

    /** Stops the running snippet and what was to follow it. Safe to call from any thread. */
    public void interrupt() {
        interrupted = true;
        session.stop(); // which keeps trying while the snippet is still compiling
    }

    private RunResult concluded(RunResult result) {
        return result.kind() == RunResult.Kind.DONE && failed ? RunResult.FAILED : result;
    }

    private RunResult runInputs(List<Input> inputs, Path baseDir) {
        for (int i = 0; i < inputs.size(); i++) {
            if (interrupted) {
                front.notRun(inputs.size() - i);
                return RunResult.STOPPED;
            }
            RunResult result = inputs.get(i) instanceof Input.Code code
                    ? runCode(code.source())
                    : runCommand((Input.Command) inputs.get(i), baseDir);
            if (!result.goesOn()) {
                return result;
            }
        }
        return interrupted ? RunResult.STOPPED : RunResult.DONE;
    }

    private RunResult runCode(SnippetSource source) {
        front.beforeUse();
        front.starting(source);
        for (Outcome outcome : session.eval(source)) {
            front.show(outcome);
            RunResult result = consequence(outcome);
            if (!result.goesOn()) {
                return result;
            }
        }
        return RunResult.DONE;
    }

    /** What an outcome means for the run: a stop ends it, and so does a snippet's exit outside the prompt. */
    private RunResult consequence(Outcome outcome) {
        if (outcome instanceof Outcome.Stopped) {
            return RunResult.STOPPED;
        }
        if (outcome instanceof Outcome.ExitRequested exit && place != Place.PROMPT) {
            return RunResult.exit(exit.status());
        }
        return outcome.failed() ? failure() : RunResult.DONE;
    }

    private RunResult failure() {
        failed = true;
        return front.keepGoing() ? RunResult.DONE : RunResult.FAILED;
    }

    /**
     * Waits for the work the last snippet left to another thread (a figure being written), and
     * reports its failure as that snippet's: before a command, which would otherwise act first,
     * and at the end of a run.
     */
    private RunResult settleUnfinishedWork() {
        Optional<Outcome> failure = session.settleUnfinishedWork();
        if (failure.isEmpty()) {
            return RunResult.DONE;
        }
        front.show(failure.get());
        return consequence(failure.get());
    }

    private RunResult runCommand(Input.Command typed, Path baseDir) {
        RunResult unfinished = settleUnfinishedWork();
        if (!unfinished.goesOn()) {
            return unfinished;
        }
        try {
            return handlers.get(resolve(typed)).run(typed, baseDir);
        } catch (CommandError e) {
            front.error(e.position != null ? e.position : typed.origin() + ":" + typed.line() + ":1", e.getMessage());
            return failure();
        }
    }

    /** The command a typed name means here, or why there is none. */
    private Command resolve(Input.Command typed) throws CommandError {
        CommandTable table = commands();
        Optional<Command> resolved = table.resolve(typed.name());
        if (resolved.isPresent()) {
            return resolved.get();
        }
        String hint = handlers.containsKey(Command.HELP) ? " (" + Command.HELP + " lists them all)" : "";
        for (Command elsewhere : Command.ALL) {
            if (elsewhere.name().equals(typed.name())) {
                throw new CommandError(elsewhere + " is not available " + place.in + "; " + (hint.isEmpty()
                        ? place.one + " can use " + synopses(table) : Command.HELP + " lists what can be used"));
            }
        }
        List<Command> candidates = table.startingWith(typed.name());
        if (candidates.size() > 1) {
            throw new CommandError(typed.name() + " is ambiguous: it could be "
                    + String.join(", ", candidates.stream().map(Command::name).toList()));
        }
        throw new CommandError("unknown command " + typed.name() + "; did you mean " + table.nearest(typed.name())
                + "?" + hint);
    }

    private static String synopses(CommandTable table) {
        List<String> all = table.all().stream().map(Command::synopsis).toList();
        return all.size() == 1 ? all.get(0)
                : String.join(", ", all.subList(0, all.size() - 1)) + " and " + all.get(all.size() - 1);
    }

    /**
     * Runs a file's snippets and commands in this session. A relative name is looked up next to
     * the file that contains the {@code /open} (typed at the prompt or in a cell: the working
     * directory); when it is not there, in the working directory.
     */
    private RunResult open(Input.Command command, Path baseDir) throws CommandError {
        String name = command.arguments();
        if (name.isEmpty()) {
            throw new CommandError(Command.OPEN + " needs a file name, e.g. " + Command.OPEN + " scripts/demo.jsh");
        }
        Path named = Path.of(name);
        Path file = !named.isAbsolute() && Files.exists(baseDir.resolve(named)) ? baseDir.resolve(named)
                : workingDir.resolve(named);
        Optional<String> cycle = opened.cycle(file, name);
        if (cycle.isPresent()) {
            throw new CommandError(Command.OPEN + " " + name + ": " + cycle.get());
        }
        return runNamedFile(file, name);
    }

    private RunResult runNamedFile(Path file, String name) throws CommandError {
        String text;
        try {
            text = Utf8.read(file);
        } catch (Utf8.NotUtf8Exception e) {
            throw new CommandError(e.reason(), name + ":" + e.line() + ":" + e.column());
        } catch (IOException e) {
            throw new CommandError("cannot read " + name + ": " + AtomicFiles.reason(e));
        }
        opened.enter(file, name);
        try {
            return runInputs(session.splitter().split(text, name), file.toAbsolutePath().getParent());
        } finally {
            opened.leave();
        }
    }

    /**
     * Adds libraries. A relative path is looked for next to the file that says {@code /add},
     * then in the working directory. Outside the prompt a version must be one version: a range or
     * {@code LATEST} would let the next run load other code.
     */
    private RunResult add(Input.Command command, Path baseDir) throws CommandError {
        front.beforeUse();
        List<String> words = List.of(command.arguments().split("\\s+")).stream().filter(w -> !w.isEmpty()).toList();
        try {
            Libraries.Added added = Libraries.add(session, words, baseDir, workingDir, place != Place.PROMPT);
            if (!added.entries().isEmpty()) { // what was there already came by an /add recorded then
                session.commandRan(Command.ADD + " " + String.join(" ", added.replay()));
            }
            front.added(command, added);
        } catch (Libraries.AddException e) {
            throw new CommandError(e.getMessage(), command.positionOf(e.argument()));
        }
        return RunResult.DONE;
    }

    /** Shows the seed, or restarts the helpers' random draws from a new one. */
    private RunResult seed(Input.Command command, Path baseDir) throws CommandError {
        String argument = command.arguments();
        if (argument.isEmpty()) {
            front.print("seed " + session.seed());
            return RunResult.DONE;
        }
        long seed;
        try {
            seed = Long.parseLong(argument);
        } catch (NumberFormatException e) {
            throw new CommandError(Command.SEED + " takes a whole number, got '" + argument + "'");
        }
        if (seed < 0 || seed > SessionSettings.MAX_SEED) {
            throw new CommandError(Command.SEED + " takes a seed in [0, " + SessionSettings.MAX_SEED + "], as numpy's,"
                    + " got '" + argument + "'");
        }
        session.reseed(seed);
        session.commandRan(Command.SEED + " " + seed);
        front.confirm("seed " + seed + ": the helpers' random draws start again from it");
        return RunResult.DONE;
    }

    /** Ends the run with a status: the one given, else 1 if anything failed and 0 if not. */
    private RunResult exit(Input.Command command, Path baseDir) throws CommandError {
        if (command.arguments().isEmpty()) {
            return RunResult.exit(failed ? 1 : 0);
        }
        try {
            return RunResult.exit(Integer.parseInt(command.arguments()));
        } catch (NumberFormatException e) {
            throw new CommandError(Command.EXIT + " takes a whole number status, got '" + command.arguments() + "'");
        }
    }
}
