package wb.repl;

import java.io.PrintWriter;
import java.util.List;
import wb.session.Command;
import wb.session.Input;
import wb.session.Interpreter;
import wb.session.Outcome;
import wb.session.RunResult;
import wb.session.Session;

/**
 * The prompt's {@code /time} and {@code /timeit}, registered on its {@link Interpreter}: how long a snippet's run takes. Both time the
 * compiled snippet's execution only; its compilation (javac, tens of milliseconds) comes before
 * and is not counted. Ctrl-C stops both, as it stops any snippet.
 */
final class TimingCommands {
    /** IPython's {@code %timeit}: a timed run lasts at least 0.2 s, and 7 of them are made. */
    static final long MIN_RUN_NANOS = 200_000_000L;
    static final int REPEATS = 7;

    private final Session session;
    private final OutcomePrinter printer;
    private final PrintWriter out;
    private final Palette palette;
    private final Runnable beforeEval;

    TimingCommands(Session session, OutcomePrinter printer, PrintWriter out, Palette palette, Runnable beforeEval) {
        this.session = session;
        this.printer = printer;
        this.out = out;
        this.palette = palette;
        this.beforeEval = beforeEval;
    }

    /** Attaches each command to its handler here. */
    void registerOn(Interpreter interpreter) {
        interpreter.register(Command.TIME, (c, base) -> time(c)).register(Command.TIMEIT, (c, base) -> timeit(c));
    }

    /** Evaluates the snippet once, shows its outcome, then its run's wall time and CPU time. */
    private RunResult time(Input.Command command) throws Interpreter.CommandError {
        requireSnippet(Command.TIME, command);
        beforeEval.run();
        Session.Timed timed = session.time(command.argumentsAsSnippet());
        boolean failed = print(timed.outcomes());
        timed.timing().ifPresent(t -> out.println(palette.faint("wall ") + Durations.format(t.wallNanos())
                + palette.faint(", cpu ") + Durations.format(t.cpuNanos())
                + palette.faint(" (this JVM, all threads)")));
        if (timed.timing().isEmpty() && !failed) {
            out.println(palette.faint("nothing ran: a declaration has no run to time"));
        }
        out.flush();
        return failed ? RunResult.FAILED : RunResult.DONE;
    }

    /**
     * Evaluates the snippet, then reruns it as IPython's {@code %timeit} does and shows the median
     * time per call, the fastest and slowest run, and the counts.
     */
    private RunResult timeit(Input.Command command) throws Interpreter.CommandError {
        requireSnippet(Command.TIMEIT, command);
        beforeEval.run();
        Session.Repeated repeated = session.repeat(command.argumentsAsSnippet(), MIN_RUN_NANOS, REPEATS);
        boolean failed = false;
        for (Outcome outcome : repeated.outcomes()) {
            if (outcome.failed() || outcome instanceof Outcome.ExitRequested) {
                printer.print(outcome, OutcomePrinter.Echo.ALL);
                failed = true;
            }
        }
        if (failed) {
            out.flush();
            return RunResult.FAILED;
        }
        if (repeated.runs().isEmpty()) {
            out.println(palette.faint("nothing ran: a declaration has no run to time"));
            out.flush();
            return RunResult.DONE;
        }
        double[] perCall = repeated.runs().stream().mapToDouble(Session.Timing::nanosPerCall).sorted().toArray();
        long calls = repeated.runs().get(0).count();
        out.println(Durations.format(median(perCall)) + " per run " + palette.faint("(median of " + perCall.length
                + " timings of " + calls + (calls == 1 ? " run" : " runs") + " each; fastest ")
                + Durations.format(perCall[0]) + palette.faint(", slowest ")
                + Durations.format(perCall[perCall.length - 1]) + palette.faint(")"));
        out.flush();
        return RunResult.DONE;
    }

    /** The median of sorted values. */
    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private boolean print(List<Outcome> outcomes) {
        boolean failed = false;
        for (Outcome outcome : outcomes) {
            printer.print(outcome, OutcomePrinter.Echo.ALL);
            failed |= outcome.failed();
        }
        return failed;
    }

    private static void requireSnippet(Command timing, Input.Command command) throws Interpreter.CommandError {
        if (command.arguments().isEmpty()) {
            throw new Interpreter.CommandError("usage: " + timing.synopsis() + ", e.g. " + timing + " ridge(1e3)");
        }
    }
}
