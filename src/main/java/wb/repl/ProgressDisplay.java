package wb.repl;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Shows the progress of long helper work (a large data set, a Gram matrix) on the status line,
 * but only once a task has run for {@value #DELAY_MILLIS} ms: quick work shows nothing, so the
 * screen does not flicker.
 *
 * <p>Helpers report through {@link #progress}, on the thread doing the work; that call only
 * records the report. A daemon timer (outside the snippet's thread group, which JShell joins)
 * draws every {@value #REFRESH_MILLIS} ms, so the work never waits for the terminal.
 */
final class ProgressDisplay implements AutoCloseable {
    /** How long a task runs before its progress is shown. */
    static final long DELAY_MILLIS = 1000;
    /** How often the line is redrawn while shown. */
    static final long REFRESH_MILLIS = 200;

    /** The latest report: what, how far, since when. */
    private record Report(String task, long done, long total, long startNanos) {
    }

    private final StatusLine line;
    private final LongSupplier clock;
    private final ScheduledExecutorService timer;
    private volatile Report current;
    private boolean shown;
    private ScheduledFuture<?> ticking;

    /** A display on a status line, timed by {@link System#nanoTime()}, redrawn by its own timer. */
    ProgressDisplay(StatusLine line) {
        this(line, System::nanoTime, Executors.newSingleThreadScheduledExecutor(daemonInRootGroup()));
    }

    /**
     * @param clock the time in nanoseconds
     * @param timer runs {@link #refresh()} every {@value #REFRESH_MILLIS} ms; null to call it yourself
     */
    ProgressDisplay(StatusLine line, LongSupplier clock, ScheduledExecutorService timer) {
        this.line = line;
        this.clock = clock;
        this.timer = timer;
    }

    /**
     * Records a report: {@code done} of {@code total} units of {@code task}. A new task name
     * starts a new task; {@code done == total} ends it. Safe to call from any thread; it has the
     * shape of {@code wb.numeric.kernel.ProgressListener}, so {@code display::progress} is one.
     */
    void progress(String task, long done, long total) {
        Report previous = current;
        long start = previous != null && previous.task().equals(task) ? previous.startNanos() : clock.getAsLong();
        current = done >= total && total > 0 ? null : new Report(task, done, total, start);
        if (timer != null && ticking == null) {
            startTicking();
        }
    }

    /** Draws the current task if it has run long enough, or removes the line when none runs. */
    synchronized void refresh() {
        Report report = current;
        if (report == null) {
            if (shown) {
                line.hide();
                shown = false;
            }
            return;
        }
        long elapsed = clock.getAsLong() - report.startNanos();
        if (elapsed >= TimeUnit.MILLISECONDS.toNanos(DELAY_MILLIS)) {
            line.show(ProgressLine.format(report.task(), report.done(), report.total(), elapsed, line.width()));
            shown = true;
        }
    }

    /** Forgets any task (the snippet that ran it has ended) and removes the line. */
    synchronized void clear() {
        current = null;
        refresh();
    }

    private synchronized void startTicking() {
        if (ticking == null) {
            ticking = timer.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        clear();
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    private static ThreadFactory daemonInRootGroup() {
        return runnable -> {
            ThreadGroup group = Thread.currentThread().getThreadGroup();
            while (group.getParent() != null) {
                group = group.getParent();
            }
            Thread thread = new Thread(group, runnable, "wb-progress");
            thread.setDaemon(true);
            return thread;
        };
    }
}
