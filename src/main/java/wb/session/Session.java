package wb.session;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import jdk.jshell.spi.ExecutionControl;
import wb.api.Values;
import wb.api.Workbench;
import wb.numeric.kernel.OjAlgoPool;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;

/**
 * A JShell session with the workbench's helpers preloaded: it evaluates snippets one at a time
 * and reports each as an {@link Outcome}.
 *
 * <p>Snippets run in this JVM (JShell's local execution), which makes an evaluation cost about
 * 8–20 ms instead of the 200 ms of a separate agent JVM, and lets the session read the values
 * themselves. The price is that a snippet could end the JVM or leave threads behind; see
 * {@link WorkbenchExecutionControl} for how exit calls are defused, and {@link #stop()}.
 *
 * <p>Not thread-safe, except {@link #stop()}, which is meant to be called from another thread
 * (a signal handler) while {@link #eval} runs.
 */
public final class Session implements AutoCloseable {
    /** How often a stop is repeated until the snippet has ended. */
    private static final long STOP_RETRY_MILLIS = 50;

    private final SessionSettings settings;
    private final Map<String, SnippetSource> sourcesById = new HashMap<>();
    /** The snippets that ran to their end and the commands that changed the session, in the order they ran: what {@link #replay()} gives. */
    private final List<SnippetSource> completed = new ArrayList<>();
    private JShell shell;
    private WorkbenchEngineProvider provider;
    private SnippetSplitter splitter;
    private EventOutcomes eventOutcomes;
    private List<String> preloadedImports = List.of();
    /** The one snippet holding every preloaded import, when they could go in together. */
    private Snippet preloadSnippet;
    /** Work a snippet left to another thread (a figure being written): waits, returns its failure. */
    private Supplier<Throwable> unfinishedWork = () -> null;
    /** The last snippet that ran, which a failure of its unfinished work belongs to. */
    private SnippetSource lastRun;
    /** The class path the JShell's compiler has, narrowed to what snippets may name. */
    private SnippetClassPath snippetClassPath;
    private final Object stopLock = new Object();
    private long generation;
    private volatile boolean evaluating;
    private volatile boolean stopRequested;
    private Outcome.RuntimeError lastError;
    private Workbench workbench;
    /** Initialising ojAlgo's pool outside the snippets' thread groups; null once done. */
    private volatile Thread ojAlgoPool;
    /** What was added to the class path, in order; a reset adds it again. */
    private final List<ClassPathEntry> classPath = new ArrayList<>();
    /** The script being run, whose variables no other snippet names are dropped; null keeps all. */
    private volatile ScriptNames scriptNames;
    /** The stack each snippet is compiled on (see {@link DeepStack}). */
    private long compilerStackBytes = DeepStack.DEFAULT_BYTES;

    /**
     * What one timed run of a snippet took.
     *
     * @param count     how many times the snippet ran in a row
     * @param wallNanos the elapsed (wall-clock) time of all of them, in nanoseconds
     * @param cpuNanos  the CPU time this JVM used meanwhile, all threads (the helpers' worker
     *                  threads, the JIT compiler and the garbage collector included), or -1 where
     *                  the platform does not say
     */
    public record Timing(long count, long wallNanos, long cpuNanos) {
        /** Wall time per call, in nanoseconds. */
        public double nanosPerCall() {
            return (double) wallNanos / count;
        }
    }

    /**
     * A snippet evaluated once with its run timed.
     *
     * @param outcomes what became of it, as from {@link #eval}
     * @param timing   its run's timing; empty when nothing ran (a compile error, a declaration
     *                 without an initialiser) or the run did not finish
     */
    public record Timed(List<Outcome> outcomes, Optional<Timing> timing) {
    }

    /**
     * A snippet run again and again, as IPython's {@code %timeit} does.
     *
     * @param outcomes the first evaluation's outcomes, and a failure or stop of a later run
     * @param runs     the timed runs, each of the same count of calls; empty if none finished
     */
    public record Repeated(List<Outcome> outcomes, List<Timing> runs) {
    }

    private Session(SessionSettings settings) {
        this.settings = settings;
    }

    /** Starts a session: a fresh JShell with the default imports and the helpers. */
    public static Session start(SessionSettings settings) {
        return start(settings, ShellStarter.now());
    }

    /** Starts a session on a JShell that {@code starter} has been starting in the background. */
    public static Session start(SessionSettings settings, ShellStarter starter) {
        if (!ExitCallRewriter.readsThisJdk()) {
            System.err.println("wb: warning: the bundled ASM cannot read this JDK's class files, so System.exit"
                    + " in a snippet is not guarded and ends the session; an older JDK, or a wb built with a newer ASM, guards it");
        }
        Session session = new Session(settings);
        session.open(settings.seed(), settings.display(), starter);
        try {
            for (Path entry : settings.classPath()) {
                session.addToClassPath(new ClassPathEntry(entry.toAbsolutePath(), "--class-path"));
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        return session;
    }

    /** Opens a fresh JShell and binds a fresh workbench showing figures on {@code display}. */
    private void open(long seed, Display display, ShellStarter starter) {
        ojAlgoPool = OjAlgoPool.startOutsideSnippets();
        ExitGuard.takePendingExit(); // an exit asked for by a thread of an earlier session in this JVM is not this one's
        workbench = new Workbench(seed);
        workbench.display(display);
        Workbench.bind(workbench);
        ShellStarter.Started started = starter.take();
        shell = started.shell();
        provider = started.provider();
        preloadedImports = started.imports();
        preloadSnippet = started.preloadSnippet();
        snippetClassPath = started.classPath();
        splitter = new SnippetSplitter(shell.sourceCodeAnalysis());
        eventOutcomes = new EventOutcomes(shell, provider, sourcesById, workbench);
        for (ClassPathEntry entry : classPath) {
            addToShell(entry.path());
        }
    }

    /** Adds a library to the JShell: to its running code's class path and its compiler's. */
    private void addToShell(Path library) {
        shell.addToClasspath(library.toString());
        snippetClassPath.add(library);
    }

    /**
     * Adds a jar or a folder of classes to the class path of this session's snippets (compiler,
     * completion and running code alike); it stays through {@link #reset()}.
     *
     * @throws IllegalArgumentException when it is not there, or not a readable jar or folder
     */
    public void addToClassPath(ClassPathEntry entry) {
        ClassPathEntry.check(entry.path());
        if (classPath.stream().anyMatch(e -> e.path().equals(entry.path()))) {
            return;
        }
        addToShell(entry.path());
        classPath.add(entry);
    }

    /** What was added to the class path, in order. */
    public List<ClassPathEntry> classPath() {
        return List.copyOf(classPath);
    }

    /**
     * Evaluates one snippet and times its run: the compiled snippet's execution, not its
     * compilation or class loading, which come before.
     */
    public Timed time(SnippetSource source) {
        WorkbenchExecutionControl engine = provider.engine();
        engine.timeNextRun(1);
        try {
            List<Outcome> outcomes = eval(source);
            return new Timed(outcomes, Optional.ofNullable(engine.lastTiming()));
        } finally {
            engine.timeNextRun(0);
        }
    }

    /**
     * Evaluates a snippet, then runs its compiled code again and again, choosing how many calls
     * make one timed run as IPython's {@code %timeit} does: 1, 2, 5, 10, 20, 50, ... calls until
     * a run takes at least {@code minRunNanos}; then {@code repeats} runs of that many calls. The
     * first evaluation (compilation and one run) and the search for the count are the warm-up.
     * Stops at the first failure or stop.
     */
    public Repeated repeat(SnippetSource source, long minRunNanos, int repeats) {
        WorkbenchExecutionControl engine = provider.engine();
        engine.forgetLastRun();
        List<Outcome> first = eval(source);
        if (first.stream().anyMatch(Outcome::failed) || !engine.hasLastRun()) {
            return new Repeated(first, List.of());
        }
        long count = 0;
        search:
        for (long power = 1; ; power *= 10) {
            for (long base : new long[] {1, 2, 5}) {
                count = base * power;
                Object run = timedRerun(source, count);
                if (run instanceof Outcome) {
                    return new Repeated(List.of((Outcome) run), List.of());
                }
                if (((Timing) run).wallNanos() >= minRunNanos || count >= Long.MAX_VALUE / 100) {
                    break search;
                }
            }
        }
        List<Timing> runs = new ArrayList<>();
        for (int i = 0; i < repeats; i++) {
            Object run = timedRerun(source, count);
            if (run instanceof Outcome) {
                return new Repeated(List.of((Outcome) run), List.of());
            }
            runs.add((Timing) run);
        }
        return new Repeated(List.of(), runs);
    }

    /** Runs the last snippet's code {@code count} times; its {@link Timing}, or the {@link Outcome} of a failure. */
    private Object timedRerun(SnippetSource source, long count) {
        WorkbenchExecutionControl engine = provider.engine();
        synchronized (stopLock) {
            generation++;
            stopRequested = false;
            evaluating = true;
        }
        engine.timeNextRun(count);
        try {
            engine.rerun();
            Timing timing = engine.lastTiming();
            return timing != null && !stopRequested ? timing : new Outcome.Stopped(source);
        } catch (ExecutionControl.StoppedException e) {
            return new Outcome.Stopped(source);
        } catch (ExecutionControl.UserException e) {
            if (stopRequested) {
                // A stop interrupts the snippet's thread, which may end in an InterruptedException
                // of the snippet's own rather than in JShell's stop: a stop all the same, as in eval.
                return new Outcome.Stopped(source);
            }
            if (ExitRequest.class.getName().equals(e.causeExceptionClass())) {
                return new Outcome.ExitRequested(source, ExitRequests.status(e.getMessage()));
            }
            return Outcome.RuntimeError.of(source, e.causeExceptionClass(), CompilerMessages.cleanRuntime(e.getMessage()));
        } catch (ExecutionControl.ExecutionControlException e) {
            return Outcome.RuntimeError.of(source, e.getClass().getSimpleName(),
                    "the snippet could not be run again: " + e.getMessage());
        } finally {
            engine.timeNextRun(0);
            synchronized (stopLock) {
                evaluating = false;
            }
        }
    }

    /** The settings this session was started with. */
    public SessionSettings settings() {
        return settings;
    }

    /** Splits text into snippets and commands as this session's Java grammar sees them. */
    public SnippetSplitter splitter() {
        return splitter;
    }

    /** The imports every session starts with, as source lines. */
    public List<String> preloadedImports() {
        return preloadedImports;
    }

    /**
     * Evaluates one snippet.
     *
     * @param source a single complete snippet, as {@link SnippetSplitter} produces
     * @return its outcome (a declaration that replaces others may bring more than one)
     */
    public List<Outcome> eval(SnippetSource source) {
        awaitOjAlgoPool();
        List<SnippetEvent> events;
        synchronized (stopLock) {
            generation++;
            stopRequested = false;
            evaluating = true;
        }
        long runsBefore = provider.engine().runs();
        try {
            events = DeepStack.callFor(source.code(), compilerStackBytes, () -> shell.eval(source.code()));
        } catch (StackOverflowError | InternalError e) {
            return List.of(CompilerFailures.thrown(source, e, compilerStackBytes));
        } finally {
            synchronized (stopLock) {
                evaluating = false;
            }
        }
        Optional<Outcome.CompileError> crashed = CompilerFailures.silent(shell, provider.engine(), source, events);
        if (crashed.isPresent()) {
            return List.of(crashed.get());
        }
        boolean ran = provider.engine().runs() != runsBefore;
        Throwable unfinished = provider.engine().takeHeld();
        if (unfinished == null && !ran) {
            // It did not run (a declaration, or it did not compile), so nothing waited for the
            // last one's work: a failure there ends what this snippet would have begun.
            unfinished = unfinishedWork.get();
        }
        if (unfinished != null) {
            return List.of(failedLater(unfinished));
        }
        if (ran) {
            lastRun = source;
        }
        boolean stopped = stopRequested;
        if (stopped) {
            JvmHealth.taint("a snippet was stopped (" + source.origin() + ")");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (SnippetEvent event : events) {
            if (event.causeSnippet() != null) {
                continue; // a consequence of this snippet for an earlier one, not a result
            }
            sourcesById.put(event.snippet().id(), source);
            Outcome outcome = stopped ? new Outcome.Stopped(source) : eventOutcomes.outcome(source, event);
            if (outcome instanceof Outcome.RuntimeError) {
                lastError = (Outcome.RuntimeError) outcome;
            }
            outcomes.add(outcome);
        }
        // System.exit on a thread the snippet started ends a run as it would end plain Java's,
        // once this snippet is done (the snippet's own exit came back as its outcome above).
        ExitGuard.takePendingExit().ifPresent(exit -> outcomes.add(new Outcome.ExitRequested(source, exit.status())));
        if (!outcomes.isEmpty() && outcomes.stream().noneMatch(Outcome::failed)) {
            completed.add(source);
        }
        ScriptNames names = scriptNames;
        if (names != null) {
            names.dropUnnamed(shell, events, source.code());
        }
        return outcomes;
    }

    /** Drops, until the setting closes, each variable no other snippet of the script names ({@link ScriptNames}). */
    ScriptNames.Dropping dropVariablesNotNamedIn(ScriptNames names) {
        scriptNames = names;
        return () -> scriptNames = null;
    }

    /**
     * Has the figures that are a bare snippet's value, and would be shown on {@code display}, go
     * to {@code later} instead: the same display, drawing them on another thread while the next
     * snippets compile (a script run's files). Each snippet waits for {@code settle} before it
     * runs; a failure it returns is reported as the failure of the snippet whose figure it was, as
     * if the figure had failed at once, and the waiting snippet does not run.
     */
    public void showValuesLater(Display display, Display later, Supplier<Throwable> settle) {
        eventOutcomes.showValuesLater(display, later);
        unfinishedWork = settle;
        provider.engine().beforeEachRun(settle);
    }

    /**
     * Waits for the work the last snippet left to another thread; its failure, if any, as that
     * snippet's runtime error. For the end of a run, when no later snippet waits for it.
     */
    public Optional<Outcome> settleUnfinishedWork() {
        Throwable failure = unfinishedWork.get();
        return failure == null ? Optional.empty() : Optional.of(failedLater(failure));
    }

    /** The failure of the last snippet's figure drawn later, as that snippet's runtime error. */
    private Outcome failedLater(Throwable failure) {
        Outcome.RuntimeError outcome = eventOutcomes.shownLaterFailed(lastRun != null ? lastRun : SnippetSource.of(""), failure);
        lastError = outcome;
        return outcome;
    }

    /** Waits until ojAlgo's pool exists outside every snippet's thread group (see {@link OjAlgoPool}). */
    private void awaitOjAlgoPool() {
        Thread pool = ojAlgoPool;
        if (pool == null) {
            return;
        }
        Uninterruptibly.await(pool::join);
        ojAlgoPool = null;
    }

    /**
     * Stops the snippet that is running, if any. Safe to call from any thread. The snippet's
     * outcome is {@link Outcome.Stopped}; variables defined before it keep their values.
     */
    public void stop() {
        long target;
        synchronized (stopLock) {
            if (!evaluating || stopRequested) {
                return;
            }
            stopRequested = true;
            target = generation;
        }
        // JShell ignores a stop while the snippet is still compiling or its thread is starting,
        // so keep asking until that snippet, and never a later one, has ended.
        Thread stopper = new Thread(() -> {
            while (true) {
                synchronized (stopLock) {
                    if (generation != target || !evaluating) {
                        return;
                    }
                    shell.stop();
                }
                try {
                    Thread.sleep(STOP_RETRY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "wb-stop");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Compiles the snippets that follow on a stack of {@code bytes} (tests reach its limit with less). */
    void compilerStack(long bytes) {
        compilerStackBytes = bytes;
    }

    /** Whether a snippet is being evaluated right now. */
    public boolean isEvaluating() {
        return evaluating;
    }

    /** The seed the helpers' random draws currently come from. */
    public long seed() {
        return workbench.seed();
    }

    /**
     * Restarts the helpers' random stream from a seed, so that what follows draws the same
     * numbers as a fresh session started with that seed.
     */
    public void reseed(long newSeed) {
        workbench.reseed(newSeed);
    }

    /** The state this session's snippets share through the helpers. */
    public Workbench workbench() {
        return workbench;
    }

    /**
     * Forgets every snippet and starts over with a fresh JShell and a fresh workbench, whose
     * generator restarts from the current seed; the display and the progress listener stay.
     */
    public void reset() {
        Workbench before = workbench;
        shell.close();
        sourcesById.clear();
        // What a reset keeps, a replay must bring back too: the libraries added, and the seed
        // the draws restart from if a command chose it.
        boolean reseeded = completed.stream().anyMatch(s -> s.code().startsWith(Command.SEED + " "));
        completed.removeIf(s -> !s.code().startsWith(Command.ADD + " "));
        if (reseeded) {
            commandRan(Command.SEED + " " + before.seed());
        }
        lastError = null;
        open(before.seed(), before.display(), ShellStarter.now());
        workbench.progress(before.progress());
    }

    /** The last uncaught exception, with its whole trace, if any snippet threw. */
    public Optional<Outcome.RuntimeError> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** The snippets the user has evaluated that are still in effect, in order. */
    public List<SnippetSource> history() {
        return shell.snippets()
                .filter(s -> shell.status(s).isActive() && sourcesById.containsKey(s.id()))
                .map(s -> sourcesById.get(s.id()))
                .distinct()
                .collect(Collectors.toList());
    }

    /**
     * The snippets a fresh session must run, in order, to come back to this one's state: every
     * snippet that compiled and ran to its end, in the order it ran, each once. A definition
     * later replaced stays, before the snippets that used it while it was in effect, and so do
     * draws of the helpers' generator, so that later draws repeat; a snippet that did not
     * compile, threw, was stopped or asked to exit is left out, since replaying it would fail,
     * hang or leave. This is what {@code /save} writes; unlike jshell's {@code /save}, which
     * writes the snippets in effect (a replaced definition is not, though snippets used it; a
     * stopped loop is), it replays to the same values. The commands that changed the session
     * ({@code /add}, {@code /seed N}) are among them, where they ran.
     */
    public List<SnippetSource> replay() {
        return List.copyOf(completed);
    }

    /**
     * Records a command that changed the session ({@code /add}, {@code /seed N}) where it ran
     * among the snippets, for {@link #replay()}.
     *
     * @param line the command as a script repeats it, e.g. {@code /seed 7}
     */
    public void commandRan(String line) {
        completed.add(new SnippetSource(line, "<command>", 1, 1));
    }

    /** The variables in effect, as {@code type name = value}. */
    public List<String> variables() {
        return shell.variables()
                .filter(v -> shell.status(v).isActive())
                // a declaration of a type not defined yet (`Foo x;`) is active but has no value to read
                .map(v -> v.typeName() + " " + v.name() + (shell.status(v) == Snippet.Status.VALID
                        ? " = " + shell.varValue(v) : " (not defined: " + v.typeName() + " is unknown)"))
                .collect(Collectors.toList());
    }

    /** The methods the user declared, as {@code name(parameter types) returnType}. */
    public List<String> methods() {
        return shell.methods()
                .filter(m -> shell.status(m).isActive())
                .map(m -> m.name() + m.signature().substring(0, m.signature().indexOf(')') + 1)
                        + " " + m.signature().substring(m.signature().indexOf(')') + 1))
                .collect(Collectors.toList());
    }

    /** The imports in effect, preloaded ones included, as source lines. */
    public List<String> imports() {
        List<String> lines = new ArrayList<>();
        if (preloadSnippet != null) {
            lines.addAll(preloadedImports);
        }
        shell.imports()
                .filter(i -> shell.status(i).isActive() && !i.equals(preloadSnippet))
                .map(i -> "import " + (i.isStatic() ? "static " : "") + i.fullname() + ";")
                .forEach(lines::add);
        return lines;
    }

    @Override
    public void close() {
        shell.close();
    }

    JShell shell() {
        return shell;
    }
}
