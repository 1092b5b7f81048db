package wb.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import wb.plot.FileDisplay;
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
 * stops for good after {@link #ROUNDS} rounds, which bring a run of the notebook close to its
 * steady time (docs/performance.md), so that an engine left alone uses no processor.
 */
final class EngineWarmup {
    /** How many rounds of the training script an engine runs in all, over its idle times. */
    static final int ROUNDS = 8;

    private final Consumer<String> log;
    private final Object lock = new Object();
    private int roundsDone;
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
            if (roundsDone >= ROUNDS || thread != null) {
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
            while (!yielding && roundsDone < ROUNDS) {
                long started = System.nanoTime();
                if (!round()) {
                    break;
                }
                synchronized (lock) {
                    roundsDone++;
                }
                log.accept("warm-up round " + roundsDone + " took " + (System.nanoTime() - started) / 1_000_000 + " ms");
            }
        } catch (IOException | RuntimeException e) {
            log.accept("warm-up failed: " + e);
            synchronized (lock) {
                roundsDone = ROUNDS;
            }
        } finally {
            synchronized (lock) {
                thread = null;
            }
        }
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
        Path out = Files.createTempDirectory("wb-warmup");
        try (Session session = Session.start(new SessionSettings(SessionSettings.DEFAULT_SEED, out, new FileDisplay(out)),
                starter)) {
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
            StartupTraining.delete(out);
        }
    }
}
