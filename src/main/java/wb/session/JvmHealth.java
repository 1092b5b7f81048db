package wb.session;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether this JVM is still fit to serve another session after what its snippets did: the first
 * thing that made it unfit, once and for good. A snippet's {@code OutOfMemoryError} (or another
 * {@link VirtualMachineError}) may have left any object half-built, and a stopped snippet
 * ({@code Thread.stop} on JDK 17) may have been stopped anywhere, holding any lock.
 *
 * <p>This is state of the JVM, not of a session, so it is kept per JVM. A process that runs
 * one session and exits never reads it; a resident engine reads it after each run, and retires
 * instead of serving the next run in a JVM it cannot trust.
 */
public final class JvmHealth {
    private static final AtomicReference<String> TAINT = new AtomicReference<>();

    private JvmHealth() {
    }

    /** Records that the JVM is unfit, and why (the first reason wins). */
    static void taint(String why) {
        TAINT.compareAndSet(null, why);
    }

    /** Why this JVM should serve no further session, if it should not. */
    public static Optional<String> taint() {
        return Optional.ofNullable(TAINT.get());
    }
}
