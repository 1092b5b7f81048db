package wb.numeric.kernel;

/**
 * Creates ojAlgo's worker pool where a stop cannot reach it.
 *
 * <p>ojAlgo runs its parallel algorithms (the Cholesky behind {@code ridge}, for one) on a pool
 * whose threads live in a thread group that its {@code DaemonPoolExecutor} creates when the class
 * is initialised, as a child of the initialising thread's group. Initialised by a snippet, that
 * group sits inside the snippet's, and Ctrl-C (JShell's {@code Thread.stop} on JDK 17, its
 * interrupt of the whole group on JDK 25) hits ojAlgo's workers too: they died printing
 * {@code ThreadDeath} over the prompt, and later parallel calls waited for them for ever. So the
 * class is initialised here, on a thread of the root group, before any snippet runs.
 */
public final class OjAlgoPool {
    private static final String EXECUTOR = "org.ojalgo.concurrent.DaemonPoolExecutor";

    private OjAlgoPool() {
    }

    /**
     * Starts initialising ojAlgo's pool on a daemon thread of the root thread group and returns
     * that thread; join it before the first snippet runs. Initialising a class twice is a no-op,
     * so a second call costs a thread and nothing else.
     */
    public static Thread startOutsideSnippets() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread t = new Thread(root, OjAlgoPool::initialise, "wb-ojalgo-pool");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static void initialise() {
        try {
            Class.forName(EXECUTOR, true, OjAlgoPool.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("ojAlgo is on the class path, but " + EXECUTOR + " is not: " + e, e);
        }
    }

    /** The thread group ojAlgo's pool threads are created in (for tests). */
    static ThreadGroup group() throws ReflectiveOperationException {
        java.lang.reflect.Field f = Class.forName(EXECUTOR).getDeclaredField("GROUP");
        f.setAccessible(true);
        return (ThreadGroup) f.get(null);
    }
}
