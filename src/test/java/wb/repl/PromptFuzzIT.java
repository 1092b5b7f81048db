package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At least 10,000 random and mutated lines typed at the packaged {@code wb} in a real
 * pseudo-terminal (util-linux {@code script}): snippets, commands with garbage arguments, odd
 * {@code /open} names, plot calls with bad arguments, unbalanced braces, Unicode, NUL bytes,
 * control characters, ESC sequences, very long lines and pasted binary, then Ctrl-C. wb must not
 * crash or hang, and must answer {@code 1 + 1} with 2 at the end. The seed is printed; set
 * {@code -Dwb.fuzz.seed=N} to replay a run ({@code random} for a new one each time: how new
 * defects are found), and {@code -Dwb.fuzz.lines=N} to replay only its
 * first N lines (rounded up to whole chunks).
 *
 * <p>Lines are pasted in chunks of {@value #CHUNK}, and every one reaches the line reader: each
 * chunk ends with a marker comment, typed at the end of the input (Alt-> first), and only once the prompt has echoed the marker (so read every
 * byte before it) does the test press Ctrl-C (which would flush typed-ahead input), to leave
 * whatever unbalanced state the chunk left, and type a sentinel that must answer. Bytes that
 * the terminal turns into signals or hand-overs are not typed inside a chunk (and a bracketed
 * paste's start, which a mutation may have cut from its end, gets its end, as a terminal sends it): Ctrl-D (end of
 * input, which leaves, by design), Ctrl-Z and Ctrl-\ (stop and quit signals), Ctrl-X (whose
 * Ctrl-X Ctrl-E opens an editor) and Ctrl-C, which is pressed after each chunk instead; nor
 * {@code /exit}.
 *
 * <p>What it found, each fixed with a test of its own: a line of pasted binary whose type arguments
 * nest a hundred deep made javac's parser fail and ended the prompt
 * ({@code SessionTest.textThatCrashesTheJavaCompilerIsACompileErrorAtTheSnippetAndTheSessionGoesOn});
 * the first figure's question to the terminal ate every line typed after it
 * ({@code TerminalImagesTest.keysTypedAheadOfATerminalThatNeverAnswersAreKeptForThePromptNotLost});
 * a long line pasted as keys was redrawn after each of them
 * ({@code TypeAheadLineReaderTest}). A chunk whose marker does not come while wb writes nothing for
 * {@link #SILENCE} (a hang), or wb ending, fails with the terminal's last lines.
 */
class PromptFuzzIT {
    /**
     * The lines typed unless {@code -Dwb.fuzz.seed} says otherwise: fixed, so that the suite gives
     * the same answer on the same code (CI must not turn red on a line no change brought); this is
     * the seed whose chunk 61 hung the prompt with a stray mouse report.
     */
    static final long SEED = 24690517198864L;
    private static final int LINES = 10_000;
    private static final int CHUNK = 100;
    private static final Duration START = Duration.ofSeconds(90);
    /**
     * A chunk is hung when wb has written nothing for this long. Output is the measure, not time:
     * on a loaded machine a chunk of long lines takes minutes, but each line's answer is written.
     */
    private static final Duration SILENCE = Duration.ofSeconds(300);
    /** The most one chunk may take even while it writes (a loop that keeps printing). */
    private static final Duration CHUNK_MAX = Duration.ofMinutes(30);
    private static final Pattern ANSI = Pattern.compile("\u001b(\\[[0-9;?<>=]*[ -/]*[@-~]|\\][^\u0007\u001b]*(\u0007|\u001b\\\\)|[()][0-9A-Za-z]|[=>78MDEHc])");

    private static final String[] SNIPPETS = {
        "1 + 1", "var d = dataset(200, 3);", "ridge(1.0)", "lstsq()", "int x = 5;", "x * 2", "String s = \"héllo ✓ 😀\";",
        "vec(1, 2, 3)", "mse(ridge(0.5))", "Math.sqrt(-1)", "1 / 0", "new int[-1]", "null", "((Object) null).toString()",
        "int[] a = new int[3]; a[5]", "void f() { f(); }", "f()", "throw new RuntimeException(\"boom\")",
        "System.exit(3)", "Runtime.getRuntime().halt(4)", "class A { static int v = 1 / 0; }", "new A()",
        "linspace(0, 1, 5)", "linspace(1, 0, -3)", "dataset(-1, 3)", "dataset(10, 0)", "ridge(-1)", "ridge(Double.NaN)",
        "gd(Integer.MAX_VALUE)", "plot(x -> x * x, -1, 1)", "plot(x -> 1 / x, 0, 0)", "plot(x -> x, 1, Double.NaN)",
        "scatter(new double[]{1}, new double[]{})", "plot((double[]) null, null)", "plot(new double[0])",
        "contour((a, b) -> a * b, 0, 0, 1, 1)", "heatmap((a, b) -> Double.POSITIVE_INFINITY, -1e308, 1e308, 0, 1)",
        "plot(x -> x, -1e308, 1e308)", "figure(null)", "figure(\"\").save(\"\")", "plot().save(\"x.nope\")",
        "load(\"nosuch.csv\")", "load(null)", "save(null, null)", "save(d, \"\")", "ridgePath(vec())",
        "for (int i = 0; i < 3; i++) {", "}", "{", "if (true) {", "/*", "*/", "\"unterminated", "'", "\"\"\"",
        "@interface Q {}", "import java.util.*;", "import nonexistent.Foo;", "enum E { A, B }", "record P(int x) {}",
        "interface I {}", "var", ";", "};", "))))", "((((", "<T> T id(T t) { return t; }", "id(null)",
        "Object o = new Object() { public String toString() { throw new RuntimeException(\"no\"); } };",
        "new Thread(() -> { throw new IllegalStateException(\"in a thread\"); }).start()", "Thread.sleep(10)",
        "var big = new StringBuilder(); for (int i = 0; i < 1000; i++) big.append(i); big.length()",
        "\"\\u0000\".length()", "'\\uFFFF'", "0x7fffffff + 1", "Double.MIN_VALUE / 2", "List.of(1, 2).get(3)",
    };
    private static final String[] COMMANDS = {
        "/help", "/help ⁂", "/vars", "/vars x", "/methods", "/imports", "/list", "/list 99", "/history x", "/doc",
        "/doc ridge", "/doc nosuch", "/doc ((", "/seed", "/seed abc", "/seed -1", "/seed 99999999999999999999",
        "/seed 5", "/trace", "/classpath", "/time 1+1", "/time", "/time )(", "/timeit", "/timeit )(", "/open",
        "/open nonexistent.jsh", "/open .", "/open ünï ✓.jsh", "/open \"quoted.jsh\"", "/open a b c", "/save",
        "/save saved.jsh", "/save .", "/save sub/", "/add", "/add nosuch.jar", "/add ./", "/nosuch", "/", "//",
        "/he", "/v", "/ vars", "/reset x", "/doc /doc",
    };
    /** Control bytes typed inside chunks (not ^C ^D ^X ^Z ^\, CR or LF, nor XON/XOFF). */
    private static final char[] CONTROLS = {0, 1, 2, 5, 6, 7, 8, 9, 11, 12, 14, 15, 16, 18, 20, 21, 22, 23, 25, 27, 29, 30, 31, 127};
    private static final String[] ESCAPES = {
        "\u001b[A", "\u001b[B", "\u001b[C", "\u001b[D", "\u001b[H", "\u001b[F", "\u001b[3~", "\u001b[5~", "\u001b[Z",
        "\u001bh", "\u001b.", "\u001bb", "\u001bf", "\u001b[200~pasted ✓\u001b[201~", "\u001b[1;5C", "\u001bOP",
        "\u001b[?1049h", "\u001b]0;title\u0007", "\u001b", "\u001b\u001b",
    };
    /** Bracketed paste's start and end: after a start, everything up to the end is the paste. */
    private static final String PASTE_START = "\u001b[200~";
    private static final String PASTE_END = "\u001b[201~";
    private static final String[] UNICODE = {"ü", "✓", "😀", "\u202e", "\u0301", "\ufeff", "\u2028", "中文", "ß", "\uD835\uDD6B", "\u00a0"};

    @TempDir
    Path dir;

    @Test
    void tenThousandRandomAndMutatedLinesNeitherCrashNorHangThePromptAndOnePlusOneIsStillTwo() throws Exception {
        WbInTmux.find(); // the same jar and JDK as the other prompt tests (tmux itself is not used here)
        String seedGiven = System.getProperty("wb.fuzz.seed", Long.toString(SEED));
        long seed = seedGiven.equals("random") ? System.nanoTime() : Long.parseLong(seedGiven);
        System.out.println("PromptFuzzIT: seed " + seed + " (replay with -Dwb.fuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        Files.writeString(dir.resolve("quoted.jsh"), "int fromFile = 7;\n");
        Path jar = Path.of(System.getProperty("wb.jar", "target/wb.jar")).toAbsolutePath();
        String given = System.getProperty("wb.it.java", "");
        Path java = given.isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java")
                : Files.isDirectory(Path.of(given)) ? Path.of(given, "bin", "java") : Path.of(given);
        String command = "stty cols 160 rows 50; exec env WB_STATE_HOME='" + dir.resolve("state") + "' TERM=xterm-256color '"
                + java + "' -jar '" + jar + "'";
        Process script = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null").directory(dir.toFile())
                .redirectErrorStream(true).start();
        Screen screen = new Screen(script);
        OutputStream keys = script.getOutputStream();
        try {
            screen.await("wb> ", 0, START, START);
            long started = System.nanoTime();
            int delivered = 0;
            int chunks = 0;
            int lines = Integer.getInteger("wb.fuzz.lines", LINES);
            while (delivered < lines) {
                chunks++;
                StringBuilder paste = new StringBuilder();
                for (int i = 0; i < CHUNK; i++) {
                    paste.append(line(random)).append('\r');
                }
                String marker = "//end-of-chunk-" + chunks + ".";
                // Alt-> first: a line that went up into a snippet of many lines (Ctrl-P, the
                // arrows) left the cursor there, and the marker typed mid-snippet is drawn cut by
                // the text after it (chunk 83 of the fixed seed)
                paste.append("\u001b>").append(marker).append('\r');
                int from = screen.length();
                keys.write(paste.toString().getBytes(StandardCharsets.UTF_8));
                keys.flush();
                screen.await(marker, from, SILENCE, CHUNK_MAX);
                delivered += CHUNK;
                from = screen.length();
                keys.write(3); // Ctrl-C: out of whatever the chunk left open, or stops what runs
                keys.flush();
                Thread.sleep(300);
                sentinel(screen, keys, chunks, from);
                if (chunks % 10 == 0) {
                    System.out.println("PromptFuzzIT: " + delivered + " lines typed, "
                            + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
                }
            }
            int from = screen.length();
            keys.write("1 + 1\r".getBytes(StandardCharsets.UTF_8));
            keys.flush();
            screen.await("==> 2\n", from, SILENCE, CHUNK_MAX);
            assertThat(script.isAlive()).as("wb still runs").isTrue();
            String all = screen.text(0);
            // (an exception in a thread a snippet started is printed, as plain Java prints it; and
            // the words alone are no sign: JDK 25's javadoc of a Thread constructor, which /doc and
            // Shift-Tab show, says "an OutOfMemoryError (or other internal error)")
            assertThat(all).as("the whole session").doesNotContain("wb: internal error");
            System.out.println("PromptFuzzIT: " + delivered + " lines in " + chunks + " chunks, then 1 + 1 ==> 2");
        } finally {
            keys.close();
            script.destroyForcibly();
            script.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Types {@code int okN = N;} and waits for its answer. A Ctrl-C that lands as the line reader
     * starts over may swallow what follows it, so a missing answer gets Ctrl-C and the sentinel
     * again, twice; a third miss is a hang.
     */
    private static void sentinel(Screen screen, OutputStream keys, int n, int from) throws Exception {
        String expected = "ok" + n + " ==> " + n + "\n";
        for (int attempt = 1; ; attempt++) {
            keys.write(("int ok" + n + " = " + n + ";\r").getBytes(StandardCharsets.UTF_8));
            keys.flush();
            try {
                Duration wait = attempt < 3 ? Duration.ofSeconds(20) : SILENCE;
                screen.await(expected, from, wait, attempt < 3 ? wait : CHUNK_MAX);
                return;
            } catch (AssertionError e) {
                if (attempt == 3) {
                    throw e;
                }
                System.out.println("PromptFuzzIT: chunk " + n + ": no answer to the sentinel yet; Ctrl-C and again");
                keys.write(3);
                keys.flush();
                Thread.sleep(500);
            }
        }
    }

    /** One random or mutated line, without CR, LF or the bytes the class comment excludes. */
    static String line(Random random) {
        String line;
        int kind = random.nextInt(100);
        if (kind < 35) {
            line = SNIPPETS[random.nextInt(SNIPPETS.length)];
        } else if (kind < 50) {
            line = COMMANDS[random.nextInt(COMMANDS.length)];
        } else if (kind < 55) {
            line = COMMANDS[random.nextInt(COMMANDS.length)] + " " + garbage(random, 1 + random.nextInt(40));
        } else if (kind < 60) {
            line = garbage(random, 1 + random.nextInt(200)); // pasted binary
        } else if (kind < 62) {
            String unit = random.nextBoolean() ? SNIPPETS[random.nextInt(SNIPPETS.length)] : garbage(random, 10);
            line = unit.repeat(1 + (1_000 + random.nextInt(4_000)) / Math.max(1, unit.length())); // very long
        } else {
            line = SNIPPETS[random.nextInt(SNIPPETS.length)];
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                line = mutate(line, random);
            }
        }
        line = line.replace("\r", "").replace("\n", "");
        int pasteStart = line.lastIndexOf(PASTE_START);
        if (pasteStart >= 0 && line.indexOf(PASTE_END, pasteStart) < 0) {
            line += PASTE_END; // a terminal never sends a paste's start without its end
        }
        return line.trim().startsWith("/ex") ? "/help" : line; // /exit would leave, by design
    }

    private static String mutate(String line, Random random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        String insert = switch (random.nextInt(7)) {
            case 0 -> String.valueOf(CONTROLS[random.nextInt(CONTROLS.length)]);
            case 1 -> ESCAPES[random.nextInt(ESCAPES.length)];
            case 2 -> UNICODE[random.nextInt(UNICODE.length)];
            case 3 -> String.valueOf("{}()[]\"'`;/*\\<>@#".charAt(random.nextInt(17)));
            case 4 -> "\u0000";
            default -> "";
        };
        if (insert.isEmpty() && !line.isEmpty()) { // delete or duplicate a stretch
            int end = Math.min(line.length(), at + 1 + random.nextInt(8));
            return random.nextBoolean() ? line.substring(0, at) + line.substring(end)
                    : line.substring(0, end) + line.substring(at, end) + line.substring(end);
        }
        return line.substring(0, at) + insert + line.substring(at);
    }

    /** Random characters, as a pasted binary file decodes: any code point but the excluded bytes. */
    private static String garbage(Random random, int length) {
        StringBuilder s = new StringBuilder();
        while (s.length() < length) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x3000) : random.nextInt(0x100);
            if (c == 3 || c == 4 || c == 0x18 || c == 0x1a || c == 0x1c || c == '\r' || c == '\n' || c == 0x11 || c == 0x13
                    || (c >= 0xD800 && c <= 0xDFFF)) {
                continue;
            }
            s.appendCodePoint(c);
        }
        return s.toString();
    }

    /** The terminal's output, read on a thread of its own, with escape sequences removed for matching. */
    private static final class Screen {
        private byte[] bytes = new byte[1 << 20];
        private int size;

        private final Process process;

        Screen(Process process) {
            this.process = process;
            InputStream in = process.getInputStream();
            Thread reader = new Thread(() -> {
                byte[] buffer = new byte[1 << 16];
                try {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        append(buffer, n);
                    }
                } catch (IOException e) {
                    // the process ended
                }
            }, "fuzz-screen");
            reader.setDaemon(true);
            reader.start();
        }

        private synchronized void append(byte[] buffer, int n) {
            if (size + n > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
            System.arraycopy(buffer, 0, bytes, size, n);
            size += n;
        }

        /** The output from byte {@code from} on, decoded, escape sequences and CRs removed. */
        String text(int from) {
            return text(from, length());
        }

        /** The output from byte {@code from} to byte {@code to}, as {@link #text(int)}. */
        synchronized String text(int from, int to) {
            String text = new String(bytes, Math.min(from, to), to - Math.min(from, to), StandardCharsets.UTF_8);
            return ANSI.matcher(text).replaceAll("").replace("\r", "");
        }

        /** How many bytes have been read. */
        synchronized int length() {
            return size;
        }

        /**
         * Waits until the output after byte {@code from} shows {@code text}, failing when nothing
         * new has been written for {@code silence} or {@code max} has passed. Each look decodes
         * only what came since the last one (and a little before, for a text cut in two).
         */
        void await(String text, int from, Duration silence, Duration max) throws InterruptedException {
            long deadline = System.nanoTime() + max.toNanos();
            long lastOutput = System.nanoTime();
            int checked = from;
            while (System.nanoTime() < deadline) {
                int end = length();
                if (end != checked) {
                    lastOutput = System.nanoTime();
                } else if (System.nanoTime() - lastOutput > silence.toNanos()) {
                    throw failure("wb wrote nothing for " + silence.toSeconds() + " s and the terminal did not show \""
                            + text + "\"");
                }
                // (a text the line editor redraws in colours can be spread over many bytes)
                if (text(Math.max(from, checked - (1 << 16)), end).contains(text)) {
                    return;
                }
                if (!process.isAlive() && length() == end) { // ended, and all it wrote has been read
                    throw failure("wb ended (status " + process.exitValue() + ") before the terminal showed \"" + text + "\"");
                }
                checked = end;
                Thread.sleep(50);
            }
            throw failure("the terminal did not show \"" + text + "\" within " + max.toSeconds() + " s");
        }

        private AssertionError failure(String what) {
            String all = text(0);
            return new AssertionError(what + "; its last 3000 characters:\n" + all.substring(Math.max(0, all.length() - 3000)));
        }
    }
}
