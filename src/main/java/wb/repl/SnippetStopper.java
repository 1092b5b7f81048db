package wb.repl;

import java.util.function.BooleanSupplier;

/**
 * Stops the snippet that runs when Ctrl-C is pressed, and keeps at it until it has stopped.
 *
 * <p>The session's {@code stop()} reaches only code that is already running: a Ctrl-C pressed
 * while JShell is still compiling the snippet (easily 100 ms, more on a busy machine) would be
 * lost, and the loop the user wanted to stop would then run on. So the stop is repeated every
 * {@value #RETRY_MILLIS} ms on a daemon thread for as long as the interrupted input is running.
 */
final class SnippetStopper {
    /** How often the stop is repeated. */
    static final long RETRY_MILLIS = 50;

    private final Runnable stop;
    private final BooleanSupplier stillRunning;
    private Thread retrying;

    /**
     * @param stop         stops the running snippet, if any (the session's {@code stop()})
     * @param stillRunning whether the interrupted input is still running
     */
    SnippetStopper(Runnable stop, BooleanSupplier stillRunning) {
        this.stop = stop;
        this.stillRunning = stillRunning;
    }

    /** Stops now, and again until the input has ended. Safe to call from any thread. */
    synchronized void stopRunningSnippet() {
        stop.run();
        if (retrying != null && retrying.isAlive()) {
            return;
        }
        // A daemon outside the snippet's thread group: JShell joins every thread of that group.
        retrying = new Thread(rootGroup(), this::retry, "wb-ctrl-c");
        retrying.setDaemon(true);
        retrying.start();
    }

    private void retry() {
        while (stillRunning.getAsBoolean()) {
            stop.run();
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static ThreadGroup rootGroup() {
        ThreadGroup group = Thread.currentThread().getThreadGroup();
        while (group.getParent() != null) {
            group = group.getParent();
        }
        return group;
    }
}
