package wb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import wb.plot.output.FileDisplay;
import wb.session.Input;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.ShellStarter;

/**
 * An idle engine warming itself up: it runs the launcher's training script (snippets, helpers,
 * figures; see {@link StartupTraining}) in throwaway sessions, so that the JIT compiles javac,
 * the helpers and figure drawing before the next client needs them.
 *
 * <p>It gives way at once to a client: it checks between snippets, and never binds a session
 * while a client is waiting, so the client's session is the only one bound while it runs. It
 * stops for good once a round's time has stopped falling (see {@link #settled}), and after
 * {@link #MAX_ROUNDS} rounds at the most, so that an engine left alone uses no processor. On this
 * project's 2-core machine that takes 12 to 24 rounds of 0.5 to 1.5 s; 8 rounds, tried first,
 * left the notebook's run in the engine at 0.9 to 1.2 s instead of 0.45 to 0.6 s
 * (docs/performance.md, "The warm engine").
 */
final class EngineWarmup {
    /** The fewest rounds before the warm-up may judge that it has settled. */
    static final int MIN_ROUNDS = 16;
    /** The most rounds of the training script an engine runs in all, over its idle times. */
    static final int MAX_ROUNDS = 32;
    /** How many of the latest rounds must all fail to beat the best before them. */
    private static final int WINDOW = 4;
    /** By how much a round must beat the earlier best to count as still falling. */
    private static final double GAIN = 0.05;

    private final Consumer<String> log;
    private final Object lock = new Object();
    private int roundsDone;
    private boolean settled;
    private final java.util.List<Long> roundNanos = new java.util.ArrayList<>();
    private Thread thread;
    private volatile boolean yielding;

    EngineWarmup(Consumer<String> log) {
        this.log = log;
    }

    /** Whether a warm-up is under way. */
    boolean isRunning() {
        synchronized (lock) {
            return thread != null;
        }
    }

    /** Starts warming up, if rounds are left. */
    void begin() {
        synchronized (lock) {
            if (settled || thread != null) {
                return;
            }
            yielding = false;
            thread = new Thread(this::rounds, "wb-engine-warmup");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /**
     * Stops warming up after the snippet under way, and waits until its session is closed.
     *
     * @return how long it waited, in nanoseconds (0 when no warm-up was running)
     */
    long yieldNow() {
        Thread running;
        synchronized (lock) {
            yielding = true;
            running = thread;
        }
        if (running == null) {
            return 0;
        }
        long started = System.nanoTime();
        try {
            running.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return System.nanoTime() - started;
    }

    private void rounds() {
        try {
            while (!yielding) {
                long started = System.nanoTime();
                if (!round()) {
                    break;
                }
                long took = System.nanoTime() - started;
                boolean done;
                synchronized (lock) {
                    roundsDone++;
                    roundNanos.add(took);
                    done = settled(roundNanos) || roundsDone >= MAX_ROUNDS;
                    settled = done;
                }
                log.accept("warm-up round " + roundsDone + " took " + took / 1_000_000 + " ms"
                        + (done ? "; warm-up done" : ""));
                if (done) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            log.accept("warm-up failed: " + e);
            synchronized (lock) {
                settled = true;
            }
        } finally {
            synchronized (lock) {
                thread = null;
            }
        }
    }

    /**
     * Whether round times have stopped falling: after at least {@link #MIN_ROUNDS} rounds, none
     * of the last {@link #WINDOW} beat the best round before them by {@link #GAIN} or more. The
     * best, not the last, because a round that a client's run or the collector interrupted is
     * slow for reasons the JIT can't mend.
     */
    static boolean settled(java.util.List<Long> nanos) {
        int n = nanos.size();
        if (n < MIN_ROUNDS) {
            return false;
        }
        long bestBefore = nanos.subList(0, n - WINDOW).stream().mapToLong(Long::longValue).min().orElseThrow();
        long bestRecent = nanos.subList(n - WINDOW, n).stream().mapToLong(Long::longValue).min().orElseThrow();
        return bestRecent > (1 - GAIN) * bestBefore;
    }

    /** One round; false when it gave way to a client before the end. */
    private boolean round() throws IOException {
        ShellStarter starter = ShellStarter.begin();
        while (!starter.isDone()) {
            if (yielding) {
                starter.discard();
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                starter.discard();
                return false;
            }
        }
        Path outputFolder = Files.createTempDirectory("wb-warmup");
        SessionSettings settings = new SessionSettings(SessionSettings.DEFAULT_SEED, new FileDisplay(outputFolder));
        try (Session session = Session.start(settings, starter)) {
            for (Input input : session.splitter().split(StartupTraining.script(), "warm-up.jsh")) {
                if (yielding) {
                    return false;
                }
                if (input instanceof Input.Code) {
                    session.eval(((Input.Code) input).source());
                }
            }
            return true;
        } finally {
            StartupTraining.delete(outputFolder);
        }
    }
}
