package wb.numeric.kernel;

/**
 * A receiver of progress reports from long numeric work (making or loading a large data set, a
 * Gram matrix of many rows). The numeric package never prints; whoever shows progress (the REPL's
 * status line) implements this.
 *
 * <p>Calls come from the thread that started the work, in order, with {@code done} rising from 0
 * to {@code total}; the last call of a task that finishes has {@code done == total}. Work too
 * small to notice may report nothing at all.
 */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores every report. */
    ProgressListener NONE = (task, done, total) -> { };

    /**
     * Reports that {@code done} of {@code total} units of {@code task} are finished.
     *
     * @param task what is being done, e.g. {@code "Gram matrix"}
     * @param done units finished so far
     * @param total units in the whole task
     */
    void progress(String task, long done, long total);
}
