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
        initialiseSolverClasses();
    }

    /**
     * Initialises the classes of the solvers behind the helpers (ojAlgo's stores, Cholesky, SVD
     * and eigendecomposition, wb's kernels) by solving three 2×2 problems. On JDK 17 a stop is
     * JShell's {@code Thread.stop}: landing in a class's static initialiser, it marks the class
     * as failed for the rest of the JVM, and every later {@code ridge} said
     * {@code NoClassDefFoundError: Could not initialize class org.ojalgo.matrix.store.R064Store}
     * (StopsAtThePromptIT saw it when the first Ctrl-C came 0.8 s into the first ridge). Done
     * here, before any snippet, no stop can reach them.
     */
    private static void initialiseSolverClasses() {
        double[] g = {2, 0, 0, 2};
        double[] b = {1, 1};
        RidgeSolver.solve(g, b, 2, 0.0);                             // Cholesky
        RidgeSolver.solve(new double[] {1, 1, 1, 1}, b, 2, 1e-300);  // SVD, for a singular G
        new EigenRidge(g, b, 2);                                     // the eigendecomposition
    }

    /** The thread group ojAlgo's pool threads are created in (for tests). */
    static ThreadGroup group() throws ReflectiveOperationException {
        java.lang.reflect.Field f = Class.forName(EXECUTOR).getDeclaredField("GROUP");
        f.setAccessible(true);
        return (ThreadGroup) f.get(null);
    }
}
