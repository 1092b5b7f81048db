package wb.session;

/**
 * The targets that {@link ExitCallRewriter} substitutes for the JVM's exit methods in snippet
 * bytecode. Each throws {@link ExitRequest} instead of ending the process.
 *
 * <p>Public because rewritten snippet classes, loaded by JShell's class loader, call it.
 */
public final class ExitGuard {
    private ExitGuard() {
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
