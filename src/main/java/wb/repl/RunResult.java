package wb.repl;

/**
 * What running some input came to: it went through, it failed (and what followed it was not
 * run), or the user asked to leave.
 *
 * @param kind     which of the three
 * @param exitCode the status to leave with, for {@link Kind#EXIT}
 */
record RunResult(Kind kind, int exitCode) {
    /** Which outcome. */
    enum Kind { DONE, FAILED, EXIT }

    static final RunResult DONE = new RunResult(Kind.DONE, 0);
    static final RunResult FAILED = new RunResult(Kind.FAILED, 0);

    static RunResult exit(int code) {
        return new RunResult(Kind.EXIT, code);
    }

    boolean goesOn() {
        return kind == Kind.DONE;
    }
}
