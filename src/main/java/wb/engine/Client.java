package wb.engine;

import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The thin client that {@code scripts/wb} starts for a script run: it finds an idle engine with
 * its key (or starts one), hands it the run, and relays standard input on demand, standard
 * output and error as bytes in order, Ctrl-C, and the exit status. When no engine can serve,
 * it runs the command in a JVM of its own, as {@code wb --no-engine} would.
 *
 * <p>Its command line, from the launcher: {@code RUNTIME TTYS N WORD1..WORDN ARGS...}, where
 * RUNTIME is the JDK's runtime version, TTYS three digits saying whether standard input, output
 * and error are terminals, and the N words the JVM command that runs wb in-process (ending in
 * {@code -jar wb.jar}); ARGS are the user's.
 */
public final class Client {
    /** How long a new engine may take to listen before the run goes in-process. */
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final String runtime;
    private final String ttys;
    private final List<String> javaCommand;
    private final List<String> args;
    private final Map<String, String> env = System.getenv();
    private final PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    /** Standard input as forwarded so far, kept to replay it should the engine die mid-run. */
    private final ByteArrayOutputStream forwardedInput = new ByteArrayOutputStream();

    private Client(String runtime, String ttys, List<String> javaCommand, List<String> args) {
        this.runtime = runtime;
        this.ttys = ttys;
        this.javaCommand = javaCommand;
        this.args = args;
    }

    public static void main(String[] argv) {
        if (argv.length == 1 && argv[0].equals("--train")) {
            Training.run();
            return;
        }
        int n = Integer.parseInt(argv[2]);
        List<String> command = List.of(argv).subList(3, 3 + n);
        List<String> args = List.of(argv).subList(3 + n, argv.length);
        System.exit(new Client(argv[0], argv[1], command, args).run());
    }

    private int run() {
        if (!args.isEmpty() && args.get(0).equals("engine")) {
            return EngineCommand.run(args.subList(1, args.size()), env, err);
        }
        if (args.contains("--no-engine") || "off".equals(env.get("WB_ENGINE"))) {
            return inProcess(null);
        }
        EngineDirectory directory;
        String key;
        try {
            directory = EngineDirectory.open(EngineDirectory.locate(env));
            key = EngineKey.of(runtime, javaCommand, System.getProperty("user.dir"), env);
        } catch (IOException e) {
            err.println("wb: running without the engine: " + e.getMessage());
            return inProcess(null);
        }
        try {
            for (EngineDirectory.Entry entry : directory.engines(key)) {
                Wire wire = hello(entry, key);
                if (wire != null) {
                    return serve(wire, entry.pid());
                }
            }
            if (!Engines.makeRoom(directory, env)) {
                return inProcess(null); // every engine is busy and no more may start
            }
            Process engine = start(directory, key);
            EngineDirectory.Entry entry = new EngineDirectory.Entry(directory.socket(key, engine.pid()), key, engine.pid());
            long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
            while (System.currentTimeMillis() < deadline) {
                if (Files.exists(entry.socket())) {
                    Wire wire = hello(entry, key);
                    if (wire != null) {
                        return serve(wire, entry.pid());
                    }
                }
                if (!engine.isAlive()) {
                    err.println("wb: the engine did not start (exit " + engine.exitValue() + ", log " + entry.log()
                            + "); running in this process");
                    return inProcess(null);
                }
                Thread.sleep(3);
            }
            err.println("wb: the engine did not start within " + START_TIMEOUT_MILLIS / 1000 + " s (log " + entry.log()
                    + "); running in this process");
            engine.destroyForcibly();
            return inProcess(null);
        } catch (IOException e) {
            err.println("wb: the engine failed (" + e.getMessage() + "); running in this process");
            return inProcess(null);
        } catch (InterruptedException e) {
            return 130;
        }
    }

    /** Offers the run to an engine; its wire when it accepted, null when it is busy, gone or other. */
    private Wire hello(EngineDirectory.Entry entry, String key) throws IOException {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            channel.connect(UnixDomainSocketAddress.of(entry.socket()));
        } catch (IOException refused) {
            if (ProcessHandle.of(entry.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                return null; // still starting, or about to retire
            }
            Files.deleteIfExists(entry.socket()); // an engine that was killed left its socket
            return null;
        }
        Wire wire = Wire.over(channel);
        List<String> hello = new ArrayList<>();
        hello.add(key);
        hello.add(System.getProperty("user.dir"));
        hello.add(encoding("sun.stdout.encoding"));
        hello.add(encoding("sun.stderr.encoding"));
        hello.add(ttys);
        hello.addAll(args);
        try {
            wire.writeStrings(Wire.HELLO, hello);
            Wire.Frame reply = wire.read();
            if (reply != null && reply.type() == Wire.ACCEPTED) {
                return wire;
            }
        } catch (IOException gone) {
            // Closed under us: the engine retired just now.
        }
        wire.close();
        return null;
    }

    /** The charset the JVM would give this standard stream, in-process. */
    private static String encoding(String property) {
        String value = System.getProperty(property);
        return value != null ? value : System.getProperty("native.encoding", System.getProperty("file.encoding"));
    }

    /** Relays the run until the engine sends its exit status. */
    private int serve(Wire wire, long pid) {
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        OutputStream errOut = new FileOutputStream(FileDescriptor.err);
        InputReader input = new InputReader(wire, forwardedInput);
        Signal.handle(new Signal("INT"), new SignalHandler() {
            @Override
            public void handle(Signal sig) {
                try {
                    wire.write(Wire.INTERRUPT, new byte[0]);
                } catch (IOException e) {
                    // The engine is gone; the read loop sees it too.
                }
            }
        });
        try (wire) {
            Wire.Frame frame;
            while ((frame = wire.read()) != null) {
                switch (frame.type()) {
                    case Wire.STDOUT:
                        out.write(frame.payload());
                        break;
                    case Wire.STDERR:
                        errOut.write(frame.payload());
                        break;
                    case Wire.READ:
                        input.request(frame.integer());
                        break;
                    case Wire.EXIT:
                        out.flush();
                        return frame.integer();
                    case Wire.ELSEWHERE:
                        wire.close();
                        return inProcess(input.stopAndTake());
                    default:
                        throw new IOException("unexpected frame " + (char) frame.type());
                }
            }
        } catch (IOException e) {
            // Treated below as an engine that ended mid-run.
        }
        err.println("wb: the engine (pid " + pid + ") ended during the run; running it again in this process");
        return inProcess(input.stopAndTake());
    }

    /** Starts an engine for this key, detached from the terminal, its output going to its log. */
    private Process start(EngineDirectory directory, String key) throws IOException {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid"); // its own session: the terminal's Ctrl-C and hang-up never reach it
        }
        command.addAll(javaCommand);
        command.add("--engine-serve");
        command.add(directory.path().toString());
        command.add(key);
        ProcessBuilder builder = new ProcessBuilder(command);
        Path log = directory.log(key);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.redirectErrorStream(true);
        return builder.start();
    }

    /**
     * Runs the command in a JVM of its own, as {@code wb --no-engine}: the launcher's command with
     * the user's arguments, on this client's terminal and streams.
     *
     * @param replay standard input that an engine already consumed, to feed first (null: none)
     */
    private int inProcess(byte[] replay) {
        List<String> command = new ArrayList<>(javaCommand);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        if (replay != null && replay.length > 0) {
            builder.redirectInput(ProcessBuilder.Redirect.PIPE);
        }
        try {
            Process child = builder.start();
            // The terminal's Ctrl-C reaches the child too (same process group); a SIGINT sent to
            // this process alone is passed on.
            Signal.handle(new Signal("INT"), sig -> Signals.interrupt(child.pid()));
            if (replay != null && replay.length > 0) {
                Thread feeder = new Thread(() -> feed(replay, child), "wb-stdin-feed");
                feeder.setDaemon(true);
                feeder.start();
            }
            return child.waitFor();
        } catch (IOException e) {
            err.println("wb: cannot start " + command.get(0) + ": " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            return 130;
        }
    }

    private static void feed(byte[] replay, Process child) {
        try (OutputStream to = child.getOutputStream()) {
            to.write(replay);
            System.in.transferTo(to);
        } catch (IOException e) {
            // The child stopped reading.
        }
    }

    /** Reads standard input when, and only as much as, the engine's run asks for. */
    private static final class InputReader {
        private final Wire wire;
        private final ByteArrayOutputStream copy;
        private final InputStream in = new java.io.FileInputStream(FileDescriptor.in);

        InputReader(Wire wire, ByteArrayOutputStream copy) {
            this.wire = wire;
            this.copy = copy;
        }

        /** Reads up to {@code max} bytes on a thread of its own (a read may block) and sends them. */
        void request(int max) {
            Thread reader = new Thread(new Runnable() {
                @Override
                public void run() {
                    byte[] buffer = new byte[Math.max(1, Math.min(max, 1 << 16))];
                    try {
                        int n = in.read(buffer);
                        synchronized (copy) {
                            if (n > 0) {
                                copy.write(buffer, 0, n);
                            }
                        }
                        wire.write(Wire.STDIN, buffer, 0, Math.max(n, 0));
                    } catch (IOException e) {
                        // The engine is gone.
                    }
                }
            }, "wb-stdin");
            reader.setDaemon(true);
            reader.start();
        }

        byte[] stopAndTake() {
            synchronized (copy) {
                return copy.toByteArray();
            }
        }
    }
}
