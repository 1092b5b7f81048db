package wb.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;
import wb.script.ExitStatus;

/**
 * Routes SIGINT to a script run while it lasts, so that Ctrl-C stops the running snippet and the
 * run ends with status 130 after its atomic writes have unwound, instead of the JVM dying
 * mid-write.
 */
final class Interrupts implements Host.Registration {
    /** How long a stopped snippet may take to unwind before the process exits anyway. */
    private static final long GRACE_MILLIS = 5_000;

    private final Signal signal = new Signal("INT");
    private final SignalHandler previous;

    private Interrupts(Runnable onInterrupt) {
        previous = Signal.handle(signal, sig -> {
            onInterrupt.run();
            Thread watchdog = new Thread(Interrupts::exitAfterGrace, "wb-sigint-watchdog");
            watchdog.setDaemon(true);
            watchdog.start();
        });
    }

    static Interrupts onSigint(Runnable onInterrupt) {
        return new Interrupts(onInterrupt);
    }

    private static void exitAfterGrace() {
        try {
            Thread.sleep(GRACE_MILLIS);
        } catch (InterruptedException e) {
            return;
        }
        // The snippet ignored the stop (a long call inside a library on JDK 25); shutdown hooks
        // still delete temporary files.
        System.err.println("wb: interrupted");
        Runtime.getRuntime().exit(ExitStatus.INTERRUPTED);
    }

    @Override
    public void close() {
        Signal.handle(signal, previous);
    }
}
