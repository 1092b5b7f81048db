package wb.numeric.kernel;

/**
 * Thrown when long numeric work stops because its thread was interrupted (Ctrl-C at the prompt).
 * Nothing half-built is published: the data set, statistics or generator state that the work
 * would have produced are left as they were before it started. The thread's interrupt status is
 * kept set.
 */
public final class ComputationInterruptedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An exception saying that {@code task} was interrupted. */
    public ComputationInterruptedException(String task) {
        super(task + " was interrupted; nothing was changed");
    }

    /** Throws if the current thread has been interrupted (keeping its interrupt status). */
    public static void check(String task) {
        if (Thread.currentThread().isInterrupted()) {
            throw new ComputationInterruptedException(task);
        }
    }
}
