package wb.session;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The targets that {@link ExitCallRewriter} substitutes for the JVM's exit methods in snippet
 * bytecode. Each throws {@link ExitRequest} instead of ending the process.
 *
 * <p>Public because rewritten snippet classes, loaded by JShell's class loader, call it.
 */
public final class ExitGuard {
    /**
     * An exit asked for on a thread other than the snippet's, not yet acted on. Static because
     * rewritten snippet code calls this class statically; there is one session per JVM.
     */
    private static final AtomicReference<ExitRequest> PENDING = new AtomicReference<>();

    private ExitGuard() {
    }

    /**
     * Replaces {@code thread.start()}: the thread reports an uncaught exception on standard error
     * as plain Java does ({@code Exception in thread "NAME" ...}), and an exit it asks for ends a
     * script run after the running snippet. JShell's local engine would swallow both (its default
     * handler on JDK 17, its thread group on JDK 25). A handler the snippet set itself is kept.
     */
    public static void start(Thread thread) {
        if (thread.getUncaughtExceptionHandler() == thread.getThreadGroup()) {
            thread.setUncaughtExceptionHandler(ExitGuard::uncaught);
        }
        thread.start();
    }

    /** Takes the exit another thread asked for, if any. */
    static Optional<ExitRequest> takePendingExit() {
        return Optional.ofNullable(PENDING.getAndSet(null));
    }

    private static void uncaught(Thread thread, Throwable e) {
        if (e instanceof ExitRequest) {
            PENDING.compareAndSet(null, (ExitRequest) e);
            return;
        }
        if (e instanceof ThreadDeath) {
            return; // stopped by Ctrl-C, as the snippet's own thread
        }
        StringBuilder text = new StringBuilder("Exception in thread \"").append(thread.getName()).append("\" ");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = e; t != null && seen.add(t); t = t.getCause()) {
            text.append(t == e ? "" : "Caused by: ").append(t).append(System.lineSeparator());
            for (StackTraceElement frame : t.getStackTrace()) {
                text.append("\tat ").append(frame).append(System.lineSeparator());
            }
        }
        System.err.print(text);
        System.err.flush();
    }

    /** Replaces {@code System.exit(status)}. */
    public static void exit(int status) {
        throw new ExitRequest(status, false);
    }

    /** Replaces {@code runtime.exit(status)}. */
    public static void runtimeExit(Runtime runtime, int status) {
        throw new ExitRequest(status, false);
    }

    /** Replaces {@code runtime.halt(status)}. */
    public static void runtimeHalt(Runtime runtime, int status) {
        throw new ExitRequest(status, true);
    }
}
