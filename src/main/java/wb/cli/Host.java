package wb.cli;

import wb.session.ShellStarter;

/**
 * Where a command runs: in the JVM the launcher started for it ({@link #inProcess}), or in a
 * resident engine on behalf of a client ({@code EngineServer}). The command itself is the same
 * either way; only these two things differ.
 */
interface Host {
    /** The JShell being started for the command's first session. */
    ShellStarter starter();

    /**
     * Routes the user's interrupt (Ctrl-C: SIGINT, or the client's stop) to {@code onInterrupt}
     * until the returned handle is closed.
     */
    Registration onInterrupt(Runnable onInterrupt);

    /** A handler in place until closed. */
    interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    /** This JVM, started for one command: SIGINT is the interrupt. */
    static Host inProcess(ShellStarter starter) {
        return new Host() {
            @Override
            public ShellStarter starter() {
                return starter;
            }

            @Override
            public Registration onInterrupt(Runnable onInterrupt) {
                return Interrupts.onSigint(onInterrupt);
            }
        };
    }
}
