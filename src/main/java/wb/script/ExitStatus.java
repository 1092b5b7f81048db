package wb.script;

/** The exit statuses of {@code wb run} and {@code wb test}. */
public final class ExitStatus {
    /** Every snippet ran (or every transcript matched). */
    public static final int OK = 0;
    /** A snippet failed to compile or threw, or a transcript did not match. */
    public static final int FAILED = 1;
    /** The command line was wrong: an unknown option, a missing file. */
    public static final int USAGE = 2;
    /** The run was interrupted (SIGINT, Ctrl-C): 128 + the signal's number, as shells do. */
    public static final int INTERRUPTED = 130;

    private ExitStatus() {
    }
}
