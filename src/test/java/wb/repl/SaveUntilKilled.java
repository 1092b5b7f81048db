package wb.repl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import wb.api.Data;
import wb.api.Plots;
import wb.api.Workbench;
import wb.io.AtomicFiles;
import wb.plot.Figure;
import wb.session.SnippetSource;

/**
 * A process that saves one kind of file the way wb does, for {@link KillMidSaveIT} to kill with
 * SIGKILL: {@code KIND DIR VERSION once|loop}. {@code once} saves version 0 or 1 of the file
 * and prints {@code saved MILLIS}; {@code loop} first sweeps the folder as a wb start does, prints
 * {@code ready}, then saves that version again and again until it is killed.
 *
 * <p>The kinds: {@code csv} ({@code save(d, "data.csv")} of a 5,000 × 20 data set, 2 MB),
 * {@code snippets} (what {@code /save} writes: {@code SnippetFiles.script} through
 * {@code AtomicFiles}, 50,000 snippets, 1.6 MB), {@code figure} (a 10,000-point scatter as
 * {@code big.svg} and {@code big.png}), {@code history} (lines of 2,000 characters added to
 * JLine's history through {@link SharedHistory}, as the prompt does; VERSION is then the number
 * of the first line, which carries its own number and a checkable payload).
 */
public final class SaveUntilKilled {
    static final int HISTORY_LINE = 2000;

    private SaveUntilKilled() {
    }

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        Path dir = Path.of(args[1]);
        int version = Integer.parseInt(args[2]);
        boolean loop = args[3].equals("loop");
        Workbench.bind(new Workbench()); // as a session does at start (seed 0)
        if (loop) {
            AtomicFiles.sweepStaleTemporaries(dir); // what ReplLauncher does at every start
        }
        Saver saver = switch (kind) {
            case "csv" -> csv(dir, version);
            case "snippets" -> snippets(dir, version);
            case "figure" -> figure(dir, version);
            case "history" -> history(dir, version);
            default -> throw new IllegalArgumentException("no such kind: " + kind);
        };
        if (!loop) {
            long start = System.nanoTime();
            saver.save();
            System.out.println("saved " + (System.nanoTime() - start) / 1_000_000);
            return;
        }
        System.out.println("ready");
        System.out.flush();
        // Nothing is written until the test has looked at the folder this start left: saving at
        // once raced with that look, which then saw this process's own temporary file.
        if (System.in.read() == -1) {
            return;
        }
        Thread orphan = new Thread(SaveUntilKilled::endWithTheTest, "end-with-the-test");
        orphan.setDaemon(true);
        orphan.start();
        while (true) {
            saver.save();
        }
    }

    /**
     * Ends this process once its standard input closes: the test that started it has ended (a
     * failed test does not kill it), and a writer looping for ever would outlive it.
     */
    private static void endWithTheTest() {
        try {
            while (System.in.read() != -1) {
                // nothing is sent; only the end matters
            }
        } catch (java.io.IOException e) {
            // closed as well
        }
        Runtime.getRuntime().halt(3);
    }

    /** One save of the file (or files). */
    @FunctionalInterface
    private interface Saver {
        void save() throws Exception;
    }

    private static Saver csv(Path dir, int version) {
        var d = version == 0 ? Data.dataset(5_000, 20) : Data.dataset(5_000, 20, 1.0, 0.5);
        String target = dir.resolve("data.csv").toString();
        return () -> Data.save(d, target);
    }

    private static Saver snippets(Path dir, int version) {
        List<SnippetSource> snippets = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            snippets.add(SnippetSource.of("double v" + i + " = " + i + " * " + (version + 2) + ".5;"));
        }
        Path target = dir.resolve("session.jsh");
        return () -> AtomicFiles.writeString(target, SnippetFiles.script(snippets));
    }

    private static Saver figure(Path dir, int version) {
        double[] x = new double[10_000];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = Math.sin(i * (1.0 + version));
            y[i] = Math.cos(i * 0.7 + version);
        }
        Figure figure = Plots.scatter(x, y).title("version " + version);
        return () -> {
            figure.save(dir.resolve("big.svg").toString());
            figure.save(dir.resolve("big.png").toString());
        };
    }

    private static Saver history(Path dir, int first) throws Exception {
        Terminal terminal = TerminalBuilder.builder().streams(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream()).type(Terminal.TYPE_DUMB).provider("exec").build();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).history(new SharedHistory())
                .variable(LineReader.HISTORY_FILE, dir.resolve("history"))
                .variable(LineReader.HISTORY_FILE_SIZE, SharedHistory.FILE_SIZE).build();
        History history = reader.getHistory();
        history.attach(reader); // what the first readLine does: loads the file, and saves from now on
        int[] next = {first};
        return () -> history.add(Instant.now(), historyLine(next[0]++));
    }

    /** History line number k: its number, then a payload that depends on k, of a fixed length. */
    static String historyLine(int k) {
        StringBuilder line = new StringBuilder("line " + k + " ");
        long state = k * 0x9E3779B97F4A7C15L;
        while (line.length() < HISTORY_LINE) {
            state = state * 6364136223846793005L + 1442695040888963407L;
            line.append((char) ('a' + (int) ((state >>> 33) % 26)));
        }
        return line.toString();
    }
}
