package wb.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import sun.misc.Signal;
import wb.engine.EngineDirectory;
import wb.engine.EngineKey;
import wb.engine.Wire;
import wb.session.ShellStarter;

/**
 * A resident engine: a JVM that serves script runs for {@code wb} clients, one at a time, over
 * a Unix-domain socket in the per-user engine directory, so that runs after the first find
 * javac, the helpers and figure drawing already compiled by the JIT.
 *
 * <p>The client only ever offers a run to an engine with its own key (JDK, JVM options, jar
 * build, working directory and environment: {@link EngineKey}), and each run gets a fresh
 * session, so a run here is the run a fresh JVM would do. Between runs the engine keeps the next
 * session's JShell started and warms itself up ({@link EngineWarmup}), giving way at once to a
 * client. It retires after a run that left the JVM tainted ({@link Hazards}), when its jar is
 * rebuilt, when its socket is removed, when told to ({@code wb engine stop}), and after
 * {@code WB_ENGINE_IDLE} without a run (default 30 minutes).
 */
final class EngineServer {
    /** How long an engine waits for a run before it exits, unless {@code WB_ENGINE_IDLE} says. */
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(30);

    /**
     * How long an engine is idle, its warm-up over, before it gives back its heap. Not sooner: a
     * full collection also clears javac's soft caches, which made the next run twice as slow
     * when it came a few seconds later (measured, docs/performance.md).
     */
    private static final Duration COLLECT_AFTER = Duration.ofSeconds(60);

    /**
     * How long a client offering a run waits for the previous run's hazard check, which follows
     * that run's exit status, before it is told the engine is busy.
     */
    private static final Duration SETTLE = Duration.ofSeconds(2);

    private final EngineDirectory directory;
    private final String key;
    private final Path socket;
    private final Path jar;
    private final String jarStamp;
    private final Duration idleLimit;
    private final PrintStream log;
    private final EngineWarmup warmup;
    private final Object lock = new Object();
    private boolean busy;
    private int runs;
    private Instant idleSince = Instant.now();
    private ShellStarter nextStarter = ShellStarter.begin();
    private EngineRun current;
    private volatile boolean quitting;
    /** Whether the heap was collected since the last run. */
    private volatile boolean collected;

    private EngineServer(EngineDirectory directory, String key, Path jar, PrintStream log) throws IOException {
        this.directory = directory;
        this.key = key;
        this.socket = directory.socket(key, ProcessHandle.current().pid());
        this.jar = jar;
        this.jarStamp = EngineKey.jarStamp(jar);
        this.idleLimit = idleLimit(System.getenv("WB_ENGINE_IDLE"));
        this.log = log;
        this.warmup = new EngineWarmup(this::log);
    }

    /** Serves runs until the engine retires; returns the process's exit status. */
    static int serve(Path dir, String key) {
        // The engine is in a session of its own, but should a terminal's signals reach it anyway,
        // they are meant for the client, which forwards Ctrl-C as a message.
        Signal.handle(new Signal("INT"), Signal -> { });
        Signal.handle(new Signal("HUP"), Signal -> { });
        PrintStream log;
        EngineServer server;
        try {
            EngineDirectory directory = EngineDirectory.open(dir);
            log = new PrintStream(new FileOutputStream(directory.log(key).toFile(), true), true, StandardCharsets.UTF_8);
            Path jar = Path.of(EngineServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            server = new EngineServer(directory, key, jar, log);
        } catch (IOException | java.net.URISyntaxException | IllegalArgumentException e) {
            System.err.println("wb engine: cannot start: " + e.getMessage());
            return 1;
        }
        // Between runs nothing is printed but the log: the warm-up's snippets print into nothing.
        System.setOut(new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
        System.setErr(log);
        return server.run();
    }

    private int run() {
        log("started: JDK " + System.getProperty("java.runtime.version") + ", directory "
                + System.getProperty("user.dir") + ", idle limit " + idleLimit.toSeconds() + " s");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            Files.deleteIfExists(socket);
            server.bind(UnixDomainSocketAddress.of(socket));
            // However the JVM ends (a run abandoned after Ctrl-C ends it too), the socket goes.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    Files.deleteIfExists(socket);
                } catch (IOException e) {
                    // Clients remove a dead engine's socket themselves.
                }
            }, "wb-engine-socket-cleanup"));
            Thread watchdog = new Thread(this::watch, "wb-engine-watch");
            watchdog.setDaemon(true);
            watchdog.start();
            // No warm-up yet: the client that started this engine is about to arrive, and its run
            // is the warm-up that counts.
            while (!quitting) {
                SocketChannel channel = server.accept();
                Thread connection = new Thread(() -> converse(channel), "wb-engine-connection");
                connection.setDaemon(true);
                connection.start();
            }
        } catch (IOException e) {
            log("ends: " + e.getMessage());
        } finally {
            cleanUp();
        }
        return 0;
    }

    /** Answers one connection: a run, a status request, or a request to quit. */
    private void converse(SocketChannel channel) {
        Wire wire = Wire.over(channel);
        try {
            Wire.Frame first = wire.read();
            if (first == null) {
                wire.close();
                return;
            }
            switch (first.type()) {
                case Wire.HELLO:
                    hello(wire, first.strings());
                    break;
                case Wire.STATUS:
                    wire.writeStrings(Wire.INFO, status());
                    wire.close();
                    break;
                case Wire.QUIT:
                    quit("asked to stop (wb engine stop)");
                    wire.writeStrings(Wire.INFO, List.of("stopping"));
                    wire.close();
                    break;
                default:
                    wire.close();
            }
        } catch (IOException | RuntimeException e) {
            log("a connection failed: " + e);
            wire.close();
        }
    }

    private void hello(Wire wire, List<String> hello) throws IOException {
        ShellStarter starter;
        synchronized (lock) {
            // A run whose client has its exit status already is still being checked for what it
            // left behind (Hazards: at most a fraction of a second). Its client may be back by
            // then (`wb a.jsh && wb b.jsh`); answering busy would make it start a second engine,
            // a cold start, so it waits for the verdict instead.
            long deadline = System.nanoTime() + SETTLE.toNanos();
            while (busy && !quitting && current != null && current.ended()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            if (busy || quitting) {
                wire.write(Wire.BUSY, new byte[0]);
                wire.close();
                return;
            }
            if (!hello.get(0).equals(key) || !hello.get(1).equals(System.getProperty("user.dir"))
                    || !EngineKey.jarStamp(jar).equals(jarStamp)) {
                wire.write(Wire.MISMATCH, new byte[0]);
                wire.close();
                if (!EngineKey.jarStamp(jar).equals(jarStamp)) {
                    quit("the jar was rebuilt");
                }
                return;
            }
            busy = true;
            collected = false;
            starter = nextStarter;
        }
        long waited = warmup.yieldNow();
        if (waited > 0) {
            log("the warm-up gave way in " + waited / 1_000_000 + " ms");
        }
        wire.write(Wire.ACCEPTED, new byte[0]);
        EngineRun run = new EngineRun(wire, hello, starter, this::log);
        synchronized (lock) {
            current = run;
        }
        Optional<String> taint = run.run();
        synchronized (lock) {
            current = null;
            runs++;
            if (taint.isPresent() || quitting) {
                exit(taint.orElse("asked to stop"));
            }
            nextStarter = ShellStarter.begin();
            idleSince = Instant.now();
            // Begun before the engine is free, under the lock: a client that takes the engine
            // next then finds the warm-up running and makes it yield. Begun after, it could start
            // once that client's yieldNow had found nothing to stop, and warm up beside its run,
            // sharing the workbench (a run of ScriptsIT printed the warm-up's values).
            warmup.begin();
            busy = false;
            lock.notifyAll();
        }
    }

    private List<String> status() {
        synchronized (lock) {
            long idle = busy ? 0 : Duration.between(idleSince, Instant.now()).toSeconds();
            String state = busy ? "busy" : warmup.isRunning() ? "warming" : "idle";
            return List.of(state, Long.toString(idle), Integer.toString(runs),
                    Long.toString(residentKiB()), System.getProperty("java.runtime.version"),
                    System.getProperty("user.dir"));
        }
    }

    /** Retires: a run under way is stopped, the socket goes, and the process exits. */
    private void quit(String why) {
        EngineRun run;
        synchronized (lock) {
            if (quitting) {
                return;
            }
            quitting = true;
            run = current;
            lock.notifyAll();
        }
        if (run != null) {
            log("stops its run to retire: " + why);
            run.stopForQuit(); // the run's end sees quitting and exits
            return;
        }
        exit(why);
    }

    /** Ends the process: the engine's own main loop, so ending the JVM is its to do. */
    private void exit(String why) {
        log("retires: " + why);
        cleanUp();
        System.exit(0);
    }

    /** Retires when idle too long, when the jar is rebuilt, or when the socket is removed. */
    private void watch() {
        while (true) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                if (busy) {
                    continue;
                }
            }
            String stamp;
            try {
                stamp = EngineKey.jarStamp(jar);
            } catch (IOException e) {
                stamp = "gone";
            }
            if (!collected && !warmup.isRunning()
                    && Duration.between(idleSince(), Instant.now()).compareTo(COLLECT_AFTER) > 0) {
                // Runs and the warm-up leave a heap grown to their peak; an idle engine gives
                // it back (a full collection lets G1 shrink the heap) rather than hold it for hours.
                collected = true;
                System.gc();
            }
            if (!stamp.equals(jarStamp)) {
                quit("the jar was rebuilt");
            } else if (!Files.exists(socket)) {
                quit("its socket was removed");
            } else if (Duration.between(idleSince(), Instant.now()).compareTo(idleLimit) > 0) {
                quit("idle for " + idleLimit.toSeconds() + " s");
            }
        }
    }

    private Instant idleSince() {
        synchronized (lock) {
            return idleSince;
        }
    }

    private void cleanUp() {
        try {
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            log("cannot remove " + socket + ": " + e.getMessage());
        }
        log("ended after " + runs + (runs == 1 ? " run" : " runs"));
    }

    void log(String line) {
        log.println(Instant.now() + " [" + ProcessHandle.current().pid() + "] " + line);
    }

    /** The idle limit from {@code WB_ENGINE_IDLE}: seconds, or a number with s, m or h. */
    static Duration idleLimit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_IDLE;
        }
        String text = value.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = 1;
        char last = text.charAt(text.length() - 1);
        if (last == 's' || last == 'm' || last == 'h') {
            unit = last == 's' ? 1 : last == 'm' ? 60 : 3600;
            text = text.substring(0, text.length() - 1);
        }
        try {
            return Duration.ofSeconds(Math.max(1, Long.parseLong(text.trim()) * unit));
        } catch (NumberFormatException e) {
            return DEFAULT_IDLE;
        }
    }

    /** This process's resident memory, from /proc (0 where there is none). */
    private static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux: the status says 0.
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getCommitted() / 1024;
    }
}
