package wb.engine;

import java.io.IOException;

/** Sending SIGINT to another process, which the JDK has no call for. */
final class Signals {
    private Signals() {
    }

    /** Sends SIGINT to a process, as Ctrl-C at its terminal would; quietly nothing if it is gone. */
    static void interrupt(long pid) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
        } catch (IOException e) {
            // No kill(1): the process keeps running, as if the signal had not been sent.
        }
    }
}
