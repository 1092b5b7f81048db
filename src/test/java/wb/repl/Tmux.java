package wb.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import wb.io.ToolProbe;

/**
 * A tmux server of its own (a private socket) running one command in a real pseudo-terminal, for
 * end-to-end tests: keys go in with {@code send-keys}, the screen comes out with
 * {@code capture-pane}.
 */
public final class Tmux implements AutoCloseable {
    private final Path socket;

    private Tmux(Path socket) {
        this.socket = socket;
    }

    /** Whether tmux can be run here. */
    public static boolean available() {
        return ToolProbe.runs(Duration.ofSeconds(10), "tmux", "-V");
    }

    /**
     * Starts a shell command in a new session of a new server.
     *
     * @param socket the server's socket (a short path: sockets are limited to about 100 bytes)
     */
    public static Tmux start(Path socket, int columns, int rows, String shellCommand) throws IOException {
        Tmux tmux = new Tmux(socket);
        tmux.run("new-session", "-d", "-s", "wb", "-x", Integer.toString(columns), "-y", Integer.toString(rows),
                shellCommand);
        tmux.run("set-option", "-t", "wb", "history-limit", "5000");
        return tmux;
    }

    /** Types text as it is (a trailing semicolon included, which tmux would read as a separator). */
    public void type(String text) throws IOException {
        String arg = text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text;
        run("send-keys", "-t", "wb", "-l", "--", arg);
    }

    /** Presses keys by tmux's names: {@code Enter}, {@code Tab}, {@code C-c}, {@code C-r}, {@code BTab}. */
    public void press(String... keys) throws IOException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", "wb"));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** The screen and its scroll-back, as plain text. */
    public String screen() throws IOException {
        return run("capture-pane", "-p", "-J", "-t", "wb", "-S", "-");
    }

    /**
     * Waits until the screen, after the first {@code from} characters, matches a regex
     * ({@code ^} and {@code $} match at line ends; the screen's empty bottom lines are part of it).
     *
     * @return where the match ends, to look after it next time
     */
    public int await(String regex, int from, Duration timeout) throws IOException {
        Pattern pattern = Pattern.compile(regex, Pattern.MULTILINE);
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = screen();
            Matcher m = pattern.matcher(screen);
            if (from <= screen.length() && m.find(from)) {
                return m.end();
            }
            pause(50);
        }
        throw new AssertionError("the screen did not show /" + regex + "/ within " + timeout.toSeconds()
                + " s; it shows:\n" + screen);
    }

    /** Types a line, presses Enter and waits for {@code reply} as {@link #await} does: one exchange at the prompt. */
    public int enter(String line, String reply, int from, Duration timeout) throws IOException {
        type(line);
        press("Enter");
        return await(reply, from, timeout);
    }

    private String run(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running tmux", e);
        }
        return output;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            run("kill-server");
        } catch (IOException e) {
            // the server ends by itself when its last session does
        }
    }
}
