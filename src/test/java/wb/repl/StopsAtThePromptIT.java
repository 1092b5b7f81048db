package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C at a real prompt (tmux), 20 times in a row, in the middle of {@code ridge} on
 * {@code dataset(20000, 1000)}: the issue's case, where a stop used to kill ojAlgo's workers
 * ({@code Uncaught exception in ojAlgo-daemon-N java.lang.ThreadDeath} over the prompt) and the
 * next parallel call could wait for them for ever. It runs on the JDK of the build (and
 * {@code .ci/run} runs the build again on JDK 25), or on {@code -Dwb.it.java}.
 *
 * <p>Each stop interrupts real work. The first lands in the first {@code ridge}, while wb's own
 * workers compute XᵀX (seconds). XᵀX is then kept, and every later {@code ridge(λ)} with a new λ
 * still copies XᵀX + λI and factors it with ojAlgo's parallel Cholesky, so the other 19 stop a
 * loop of such calls at a random moment. After each stop, {@code ridge(2.0)} must equal the
 * reference computed after the first stop, which is checked against another solver.
 */
class StopsAtThePromptIT {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration REPLY = Duration.ofSeconds(120);
    private static final int STOPS = 20;
    private static final long SEED = 20_000_1000L;
    /** The check that the answer after a stop is right: the reference computed before, to 1e-9. */
    private static final String NEXT = "ridge(2.0).minus(ref).norm() <= 1e-9 * ref.norm()";

    @Test
    void twentyCtrlCStopsOfRidgeOnA20000By1000DataSetEachReturnWithinTwoSecondsAndTheNextRidgeIsRight(@TempDir Path dir)
            throws Exception {
        WbInTmux launcher = WbInTmux.find();
        Random random = new Random(SEED);
        System.out.println("StopsAtThePromptIT: JDK " + launcher.javaFeature() + ", seed " + SEED);
        try (Tmux tmux = launcher.start(dir, dir.resolve("state"), "", "", "", 160, 50)) {
            int at = tmux.await("wb> $", 0, START);
            at = enter(tmux, "var d = dataset(20000, 1000);", "d ==> Dataset\\(M=20000, N=1000[^\n]*\nwb> ", at);
            at = enter(tmux, "Vec ref = null;", "ref ==> null\nwb> ", at);

            // Stop 1: in the first ridge, while XᵀX is being computed (8 s here). The next ridge
            // is the reference, checked against another solver (a tridiagonal decomposition
            // instead of Cholesky).
            at = stop(tmux, 1, "for (int i = 0; ; i++) ridge(1.0 + i);", 300 + random.nextInt(1200), at,
                    "{ ref = ridge(2.0); }", "wb> "); // a block prints nothing (the vector has 1000 rows)
            at = enter(tmux, "ref.minus(ridgePath(vec(2.0)).row(0)).norm() <= 1e-8 * ref.norm()",
                    "\\$\\d+ ==> true\nwb> ", at);

            // Stops 2 to 20: XᵀX is kept now, and each ridge(λ) factors XᵀX + λI anew with
            // ojAlgo's parallel Cholesky (about a second here). A loop of them has nothing else
            // in it, so wherever Ctrl-C lands, it lands in a ridge.
            for (int stop = 2; stop <= STOPS; stop++) {
                at = stop(tmux, stop, "for (int i = 0; ; i++) ridge(" + stop + "0.0 + i);", 300 + random.nextInt(1500),
                        at, NEXT, "\\$\\d+ ==> true\nwb> ");
            }
            at = enter(tmux, "d.m() + d.n()", "\\$\\d+ ==> 21000\nwb> ", at);
            String screen = tmux.screen();
            assertThat(screen).as("the whole screen").doesNotContain("ThreadDeath").doesNotContain("Uncaught")
                    .doesNotContain("Exception").doesNotContain("ojalgo");
        }
    }

    /**
     * Types a call, presses Ctrl-C after {@code delayMillis}, requires the stop message and the
     * prompt within 2 s, then the next line and its expected answer right after the prompt,
     * with nothing in between.
     */
    private static int stop(Tmux tmux, int number, String call, long delayMillis, int from, String next,
                            String answer) throws Exception {
        tmux.type(call);
        tmux.press("Enter");
        int at = tmux.await(Pattern.quote(call) + "\n", from, REPLY);
        Thread.sleep(delayMillis);
        long pressed = System.nanoTime();
        tmux.press("C-c");
        at = tmux.await("^stopped \\(Ctrl-C\\)[^\n]*\nwb> $", at, REPLY);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
        System.out.println("StopsAtThePromptIT: stop " + number + " of " + call + " after " + delayMillis
                + " ms: back at the prompt in " + millis + " ms");
        assertThat(millis).as("stop %d: milliseconds from Ctrl-C to the prompt", number).isLessThan(2000);
        // Nothing printed over the prompt: the next line's echo follows the stop message directly.
        return enter(tmux, next, "^stopped \\(Ctrl-C\\)[^\n]*\nwb> " + Pattern.quote(next) + "\n" + answer, from);
    }

    private static int enter(Tmux tmux, String line, String expected, int from) throws Exception {
        tmux.type(line);
        tmux.press("Enter");
        return tmux.await(expected, from, REPLY);
    }
}
