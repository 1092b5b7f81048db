package wb.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import wb.engine.Wire;
import wb.session.ShellStarter;

/**
 * One client's run in an engine: the command line it sent, run as {@link Main#run} would run it
 * in a JVM of its own, with this JVM's standard streams bound to the client's for the run's
 * length.
 *
 * <p>Standard output and error keep the JDK's own shape (a print stream with autoflush over a
 * 128-byte buffer), so that what reaches the client, and in what order across the two streams,
 * is what a JVM of its own would have written. Standard input is read from the client only when
 * the run asks for it. The client's Ctrl-C comes as a message; a client that goes away stops
 * the run.
 */
final class EngineRun implements Host {
    /** How long a stopped run may take to unwind before the engine gives up on it, as in-process. */
    private static final long GRACE_MILLIS = 5_000;

    /** The most bytes of output one frame carries. */
    private static final int FRAME_BYTES = 1 << 16;

    private final Wire wire;
    private final List<String> hello;
    private final ShellStarter starter;
    private final Consumer<String> log;
    private final RemoteInput input = new RemoteInput();
    private final Object interruptLock = new Object();
    private Runnable onInterrupt;
    private volatile boolean finished;
    private volatile boolean abandoned;

    EngineRun(Wire wire, List<String> hello, ShellStarter starter, Consumer<String> log) {
        this.wire = wire;
        this.hello = hello;
        this.starter = starter;
        this.log = log;
    }

    @Override
    public boolean hasTerminal() {
        return false;
    }

    @Override
    public ShellStarter starter() {
        return starter;
    }

    @Override
    public Registration onInterrupt(Runnable handler) {
        synchronized (interruptLock) {
            onInterrupt = handler;
        }
        return () -> {
            synchronized (interruptLock) {
                onInterrupt = null;
            }
        };
    }

    /**
     * Runs the client's command and sends its exit status.
     *
     * @return why this JVM should serve no further run, if it should not
     */
    Optional<String> run() {
        String outEncoding = hello.get(2);
        String errEncoding = hello.get(3);
        List<String> args = hello.subList(5, hello.size());
        long started = System.nanoTime();
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        InputStream savedIn = System.in;
        Thread reader = new Thread(this::readClient, "wb-engine-client");
        reader.setDaemon(true);
        reader.start();
        Hazards hazards = Hazards.before();
        int status;
        PrintStream out = stream(Wire.STDOUT, outEncoding);
        PrintStream err = stream(Wire.STDERR, errEncoding);
        try {
            System.setIn(input);
            System.setOut(out);
            System.setErr(err);
            status = Main.run(args.toArray(String[]::new), this);
        } catch (RuntimeException | Error e) {
            err.println("wb: internal error: " + e);
            log.accept("the run failed: " + e);
            status = 1;
        } finally {
            out.flush();
            err.flush();
            System.setIn(savedIn);
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
        if (abandoned) {
            return Optional.of("a stopped run did not end within " + GRACE_MILLIS / 1000 + " s");
        }
        finished = true;
        if (status == Main.NEEDS_TERMINAL) {
            log.accept("ran nothing: " + args + " needs the terminal; the client runs it itself");
            try {
                wire.write(Wire.ELSEWHERE, new byte[0]);
            } catch (IOException e) {
                // The client is gone.
            }
            wire.close();
            return Optional.empty();
        }
        send(status);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Optional<String> taint;
        try {
            taint = hazards.after();
        } catch (InterruptedException e) {
            taint = Optional.of("interrupted");
        }
        log.accept("ran " + args + ": status " + status + " in " + millis + " ms"
                + taint.map(t -> "; " + t).orElse(""));
        return taint;
    }

    /** Whether the run has ended: its status is sent or about to be; only its hazard check may follow. */
    boolean ended() {
        return finished;
    }

    /** Stops the run because the engine must retire (wb engine stop). */
    void stopForQuit() {
        interrupt();
    }

    private PrintStream stream(byte type, String encoding) {
        OutputStream frames = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                // Frames of at most 64 KiB, so that a huge print needs no huge buffer anywhere.
                for (int at = off; at < off + len && !abandoned; at += FRAME_BYTES) {
                    wire.write(type, b, at, Math.min(FRAME_BYTES, off + len - at));
                }
            }
        };
        try {
            return new PrintStream(new BufferedOutputStream(frames, 128), true, encoding);
        } catch (UnsupportedEncodingException e) {
            return new PrintStream(new BufferedOutputStream(frames, 128), true);
        }
    }

    /** Takes the client's messages: standard input, Ctrl-C, and its going away. */
    private void readClient() {
        try {
            Wire.Frame frame;
            while ((frame = wire.read()) != null) {
                if (frame.type() == Wire.STDIN) {
                    input.offer(frame.payload());
                } else if (frame.type() == Wire.INTERRUPT) {
                    interrupt();
                }
            }
        } catch (IOException e) {
            // Treated as the client going away.
        }
        input.offer(new byte[0]);
        if (!finished) {
            log.accept("the client went away; stopping its run");
            interrupt();
        }
    }

    /**
     * Ctrl-C: the command's handler stops its snippet, as SIGINT does in-process; a run with no
     * handler, or one that does not end within the grace, ends with status 130 as the JVM's
     * default SIGINT handler would end a process, and the engine retires.
     */
    private void interrupt() {
        Runnable handler;
        synchronized (interruptLock) {
            handler = onInterrupt;
        }
        if (handler != null) {
            handler.run();
        }
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(handler == null ? 0 : GRACE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            if (!finished) {
                abandon(handler == null ? null : "wb: interrupted\n");
            }
        }, "wb-engine-grace");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private void abandon(String message) {
        synchronized (this) {
            if (finished || abandoned) {
                return;
            }
            abandoned = true;
        }
        try {
            if (message != null) {
                wire.write(Wire.STDERR, message.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The client is gone.
        }
        send(130);
        log.accept("abandoned a run that did not stop; retiring");
        Runtime.getRuntime().exit(0);
    }

    private void send(int status) {
        try {
            wire.writeInt(Wire.EXIT, status);
        } catch (IOException e) {
            // The client is gone: nobody to tell.
        }
        wire.close();
    }

    /** Standard input as the client sends it, asked for only when a read needs it. */
    private final class RemoteInput extends InputStream {
        private final java.util.concurrent.BlockingQueue<byte[]> chunks = new java.util.concurrent.LinkedBlockingQueue<>();
        private byte[] chunk = new byte[0];
        private int position;

        void offer(byte[] bytes) {
            chunks.add(bytes);
        }

        @Override
        public synchronized int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (position == chunk.length) {
                // Asked again after an end of input too: at a terminal, more may follow Ctrl-D.
                wire.writeInt(Wire.READ, len);
                try {
                    chunk = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while reading standard input");
                }
                position = 0;
                if (chunk.length == 0) {
                    return -1;
                }
            }
            int n = Math.min(len, chunk.length - position);
            System.arraycopy(chunk, position, b, off, n);
            position += n;
            return n;
        }

        @Override
        public synchronized int available() {
            return chunk.length - position;
        }
    }
}
