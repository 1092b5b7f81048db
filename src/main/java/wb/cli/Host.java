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

    /**
     * Whether this host can give a command the user's terminal: true in-process; false in an
     * engine, whose client then runs the command in a JVM of its own.
     */
    default boolean hasTerminal() {
        return true;
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
