package wb.session;

/**
 * What running some input came to: it went through, it failed, it was stopped, or it asked to
 * end the run with a status ({@code /exit}, or {@code System.exit} in a script).
 *
 * @param kind   which of the four
 * @param status the status to end with, for {@link Kind#EXIT}
 */
public record RunResult(Kind kind, int status) {
    /** Which outcome. */
    public enum Kind { DONE, FAILED, STOPPED, EXIT }

    public static final RunResult DONE = new RunResult(Kind.DONE, 0);
    public static final RunResult FAILED = new RunResult(Kind.FAILED, 0);
    public static final RunResult STOPPED = new RunResult(Kind.STOPPED, 0);

    /** A request to end the run with {@code status}. */
    public static RunResult exit(int status) {
        return new RunResult(Kind.EXIT, status);
    }

    /** Whether what follows runs. */
    public boolean goesOn() {
        return kind == Kind.DONE;
    }
}
