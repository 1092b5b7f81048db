package wb.session;

import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A snippet's compiled run ({@code do_it$}), called a given number of times in a row on the
 * snippet's own thread, with the wall time and the process's CPU time those calls took.
 *
 * <p>JShell runs a snippet by calling a static method with no parameters on a thread of its own,
 * which it can stop. {@link WorkbenchExecutionControl} hands it {@link #RUN} instead of the
 * snippet's method; {@code RUN} finds the loop to run through an inheritable thread-local that the
 * engine sets on the thread that starts the snippet's thread, so that the loop, and only it, is
 * what JShell runs and stops. Compilation and class loading happen before and are not timed.
 */
final class TimedLoop {
    /** The method JShell is given to run: {@link #run()}. */
    static final Method RUN;

    static {
        try {
            RUN = TimedLoop.class.getDeclaredMethod("run");
            RUN.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static final InheritableThreadLocal<TimedLoop> CURRENT = new InheritableThreadLocal<>();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Method snippet;
    private final long count;
    private volatile Session.Timing timing;

    TimedLoop(Method snippet, long count) {
        this.snippet = snippet;
        this.count = count;
    }

    /** Makes threads started by the calling thread from now on run this loop ({@link #RUN}). */
    void install() {
        CURRENT.set(this);
    }

    static void uninstall() {
        CURRENT.remove();
    }

    /** What the calls took, once they have all returned; null if one threw or was stopped. */
    Session.Timing timing() {
        return timing;
    }

    /** Runs the installed loop and returns the last call's value, as the snippet's method would. */
    @SuppressWarnings("unused") // called reflectively, through RUN
    private static Object run() throws Throwable {
        return CURRENT.get().loop();
    }

    private Object loop() throws Throwable {
        Object value = null;
        long cpu0 = OS.getProcessCpuTime();
        long t0 = System.nanoTime();
        try {
            for (long i = 0; i < count; i++) {
                value = snippet.invoke(null);
            }
        } catch (InvocationTargetException e) {
            // Rethrown unwrapped, so that JShell sees the snippet's own exception (or the
            // ThreadDeath of a stop) one level down, as it would from the snippet's method.
            throw e.getCause();
        }
        long t1 = System.nanoTime();
        long cpu1 = OS.getProcessCpuTime();
        timing = new Session.Timing(count, t1 - t0, cpu0 < 0 || cpu1 < 0 ? -1 : cpu1 - cpu0);
        return value;
    }
}
