package wb.cli;

/** Starts the interactive REPL. */
final class ReplLauncher {
    private ReplLauncher() {
    }

    static int run(SessionOptions options) {
        System.err.println("wb: the REPL is not built yet");
        return 1;
    }
}
