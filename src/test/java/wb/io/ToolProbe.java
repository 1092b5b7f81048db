package wb.io;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Whether an outside tool some tests need (tmux, Python with numpy or matplotlib) runs on this machine. */
public final class ToolProbe {
    private ToolProbe() {
    }

    /**
     * Whether {@code command} starts and exits with 0 within {@code timeout}; its output is read
     * and dropped, so that a chatty tool cannot block on a full pipe.
     */
    public static boolean runs(Duration timeout, String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
