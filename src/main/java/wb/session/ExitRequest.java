package wb.session;

/**
 * The error a snippet's {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt} throws
 * instead of ending the workbench's JVM.
 *
 * <p>It is an {@link Error} so that snippet code catching {@code Exception} does not swallow it.
 * The session turns it into {@link Outcome.ExitRequested}; the REPL keeps running, a script run
 * ends with the requested code.
 */
public final class ExitRequest extends Error {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final boolean halt;

    ExitRequest(int status, boolean halt) {
        super((halt ? "Runtime.halt(" : "System.exit(") + status + ")", null, false, false);
        this.status = status;
        this.halt = halt;
    }

    /** The status code the snippet asked to exit with. */
    public int status() {
        return status;
    }

    /** Whether the snippet called {@code Runtime.halt} rather than an exit method. */
    public boolean halt() {
        return halt;
    }
}
