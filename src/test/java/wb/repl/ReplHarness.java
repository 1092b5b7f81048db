package wb.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import wb.session.Session;
import wb.session.SessionSettings;

/**
 * A REPL on a terminal made of pipes, for tests: {@link #type} feeds its input as a user's keys
 * would, {@link #expect} waits for its output, in order. The terminal is {@code dumb} unless a
 * type is given.
 */
final class ReplHarness implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final PipedOutputStream keys = new PipedOutputStream();
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
    private final Terminal terminal;
    private final Session session;
    private final CompletableFuture<Integer> exit;
    private int seen;

    ReplHarness(Path historyFile, Path workingDir) throws IOException {
        this(historyFile, workingDir, Terminal.TYPE_DUMB, name -> null);
    }

    ReplHarness(Path historyFile, Path workingDir, String terminalType, UnaryOperator<String> env)
            throws IOException {
        this(historyFile, workingDir, terminalType, env, SessionSettings.defaults(), List.of());
    }

    /** A REPL whose session has the given settings, running files before its first prompt. */
    ReplHarness(Path historyFile, Path workingDir, SessionSettings sessionSettings, List<Path> runFirst)
            throws IOException {
        this(historyFile, workingDir, Terminal.TYPE_DUMB, name -> null, sessionSettings, runFirst);
    }

    private ReplHarness(Path historyFile, Path workingDir, String terminalType, UnaryOperator<String> env,
                        SessionSettings sessionSettings, List<Path> runFirst) throws IOException {
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (screen) {
                    screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (screen) {
                    screen.write(b, off, len);
                }
            }
        };
        // The exec provider makes streams into JLine's pure-Java terminal (a line discipline that
        // raises SIGINT for Ctrl-C), where the default provider would open a native pseudo-terminal.
        terminal = TerminalBuilder.builder().streams(in, out).type(terminalType).provider("exec")
                .encoding(StandardCharsets.UTF_8).build();
        session = Session.start(sessionSettings);
        Repl repl = new Repl(terminal, session, new ReplSettings("test", historyFile, workingDir, env, runFirst));
        exit = CompletableFuture.supplyAsync(repl::run, runnable -> {
            Thread thread = new Thread(runnable, "repl-under-test");
            thread.setDaemon(true);
            thread.start();
        });
    }

    Session session() {
        return session;
    }

    Terminal terminal() {
        return terminal;
    }

    /** Sends keys, as typed. */
    ReplHarness type(String text) throws IOException {
        keys.write(text.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Waits until the output, after what earlier expectations matched, contains the text. */
    ReplHarness expect(String text) {
        return expectMatch(Pattern.quote(text));
    }

    /** Waits until the output, after what earlier expectations matched, matches the regex. */
    ReplHarness expectMatch(String regex) {
        Pattern pattern = Pattern.compile(regex);
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            String all = output();
            Matcher m = pattern.matcher(all);
            if (m.find(seen)) {
                seen = m.end();
                return this;
            }
            if (System.nanoTime() > deadline || exit.isDone()) {
                throw new AssertionError("expected output matching /" + regex + "/ after:\n" + all.substring(seen)
                        + "\n--- whole output ---\n" + all + (exit.isDone() ? "\n(the REPL has ended)" : ""));
            }
            sleep(20);
        }
    }

    /** The output since the last match (what the user has not looked at yet). */
    String unseen() {
        return output().substring(seen);
    }

    /** Everything written to the terminal. */
    String output() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8).replace("\r", "");
        }
    }

    /** Waits until a snippet is being evaluated. */
    void awaitEvaluating() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!session.isEvaluating()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no snippet started; output:\n" + output());
            }
            sleep(10);
        }
    }

    /** Presses Ctrl-C and waits until the REPL says that what ran stopped. */
    ReplHarness pressCtrlC() throws IOException {
        type("\u0003");
        return expect("stopped (Ctrl-C)");
    }

    /** Waits until a snippet is being evaluated, then stops it with Ctrl-C. */
    ReplHarness stopWithCtrlC() throws IOException {
        awaitEvaluating();
        return pressCtrlC();
    }

    /** What the REPL returned, once it has ended. */
    int exitStatus() throws Exception {
        return exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }

    @Override
    public void close() throws Exception {
        if (!exit.isDone()) {
            keys.close();
            exit.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
        session.close();
        terminal.close();
    }
}
