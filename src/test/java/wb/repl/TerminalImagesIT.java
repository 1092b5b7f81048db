package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code wb} at its prompt in a real pseudo-terminal, without a display, where this
 * test plays the terminal: util-linux's {@code script} opens the pty and relays it, and the test
 * reads everything wb writes and answers its device-attributes requests (DA1, {@code ESC [ c}) as
 * a terminal would: one with sixel graphics (attribute 4), one without, one that also speaks
 * kitty's graphics protocol. A figure shown at the prompt must come out as that terminal's kind of
 * image, or as text, and {@code WB_IMAGES} must override the choice.
 *
 * <p>System properties: {@code wb.jar} (the packaged jar), {@code wb.it.java} (a JDK home or its
 * {@code bin/java}; default the JVM running the tests). {@code script} is in Debian's essential
 * bsdutils; when it is missing the test fails with CI=true and is skipped elsewhere.
 */
class TerminalImagesIT {
    private static final long START_MS = 120_000;
    private static final long REPLY_MS = 60_000;
    /** DA1 replies: a VT220-level terminal with sixel graphics (attribute 4), as foot answers, and one without. */
    private static final String SIXEL_DA1 = "\u001b[?62;4;22c";
    private static final String PLAIN_DA1 = "\u001b[?62;22c";
    private static final String SIXEL_START = "\u001bP0;1;0q\"1;1;640;480";
    private static final String KITTY_START = "\u001b_Gf=100,a=T,";

    private static Path jar;
    private static Path java;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTools() {
        if (!Files.isExecutable(Path.of("/usr/bin/script"))) {
            if ("true".equals(System.getenv("CI"))) {
                fail("util-linux's script is needed for the pseudo-terminal test and CI=true (Debian: bsdutils)");
            }
            Assumptions.abort("util-linux's script is not installed");
        }
        jar = Path.of(System.getProperty("wb.jar", "target/wb.jar")).toAbsolutePath();
        assertThat(jar).as("the packaged jar (run mvn verify)").exists();
        String given = System.getProperty("wb.it.java", "");
        Path candidate = given.isBlank() ? Path.of(System.getProperty("java.home"), "bin", "java") : Path.of(given);
        java = Files.isDirectory(candidate) ? candidate.resolve("bin/java") : candidate;
    }

    @Test
    void aTerminalWhoseDa1ListsSixelGetsASixelImage() throws Exception {
        try (FakeTerminal t = FakeTerminal.start(command(), Map.of(), SIXEL_DA1, false)) {
            String shown = showFigure(t);
            assertThat(shown).contains(TerminalImages.KITTY_QUERY + TerminalImages.DA1);
            int at = shown.indexOf(SIXEL_START);
            assertThat(at).as("a sixel image of the 640 x 480 figure in:\n" + visible(shown)).isPositive();
            // the image is complete (ST ends it) and the PNG's path follows it
            assertThat(shown.indexOf("\u001b\\", at)).isPositive();
            assertThat(shown.substring(at)).contains("[figure: " + dir.resolve("out/01-figure.png"));
            assertThat(dir.resolve("out/01-figure.png")).isRegularFile();
            assertThat(shown).doesNotContain(KITTY_START);
        }
    }

    @Test
    void aTerminalWithoutSixelGetsTextAndWbImagesTextOverridesSixel() throws Exception {
        try (FakeTerminal t = FakeTerminal.start(command(), Map.of(), PLAIN_DA1, false)) {
            String shown = showFigure(t);
            assertThat(shown).contains(TerminalImages.DA1).doesNotContain(SIXEL_START).doesNotContain(KITTY_START);
            assertThat(shown).as("braille dots of the curve").containsPattern("[\u2801-\u28ff]");
        }
        try (FakeTerminal t = FakeTerminal.start(command(), Map.of("WB_IMAGES", "text"), SIXEL_DA1, false)) {
            String shown = showFigure(t);
            // decided without asking: no query after the prompt
            assertThat(shown).doesNotContain(TerminalImages.KITTY_QUERY).doesNotContain(SIXEL_START);
            assertThat(shown).containsPattern("[\u2801-\u28ff]");
        }
    }

    @Test
    void kittyWinsWhereTheTerminalAnswersItsQueryAndWbImagesSixelOverridesIt() throws Exception {
        try (FakeTerminal t = FakeTerminal.start(command(), Map.of(), SIXEL_DA1, true)) {
            String shown = showFigure(t);
            assertThat(shown).contains(KITTY_START).doesNotContain(SIXEL_START);
        }
        try (FakeTerminal t = FakeTerminal.start(command(), Map.of("WB_IMAGES", "sixel"), PLAIN_DA1, true)) {
            String shown = showFigure(t);
            assertThat(shown).contains(SIXEL_START).doesNotContain(KITTY_START).doesNotContain(TerminalImages.KITTY_QUERY);
        }
    }

    /** Types a plot at the prompt and returns what wb wrote from then until the saved PNG's path. */
    private String showFigure(FakeTerminal t) throws Exception {
        t.await("wb> ", 0, START_MS);
        int from = t.length();
        t.type("plot(w -> w * w, -2, 2)\r");
        t.await("[figure: ", from, REPLY_MS);
        t.await("png]", from, REPLY_MS);
        String shown = t.text().substring(from);
        t.type("/exit\r");
        return shown;
    }

    private List<String> command() {
        // stty: a pty made by script from a pipe has no size; give it one, as a terminal window would
        String inner = "stty cols 100 rows 40; cd '" + dir + "' && exec '" + java + "' -jar '" + jar + "' --out '"
                + dir.resolve("out") + "'";
        return List.of("/usr/bin/script", "-qfec", inner, "/dev/null");
    }

    private static String visible(String s) {
        String head = s.length() > 2000 ? s.substring(0, 2000) : s;
        return head.replace("\u001b", "\\e");
    }

    /**
     * A terminal played by the test: the command runs in a pty (through {@code script}), what it
     * writes is collected, and each DA1 request is answered with {@code da1}, preceded by kitty's
     * "OK" when {@code kitty} and the request followed kitty's graphics query.
     */
    private static final class FakeTerminal implements AutoCloseable {
        private final Process process;
        private final ByteArrayOutputStream seen = new ByteArrayOutputStream();
        private final Thread reader;

        private FakeTerminal(Process process, String da1, boolean kitty) {
            this.process = process;
            this.reader = new Thread(() -> pump(process.getInputStream(), process.getOutputStream(), da1, kitty));
            reader.setDaemon(true);
            reader.start();
        }

        static FakeTerminal start(List<String> command, Map<String, String> env, String da1, boolean kitty)
                throws IOException {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            pb.environment().remove("DISPLAY");
            pb.environment().remove("WB_IMAGES");
            pb.environment().remove("KITTY_WINDOW_ID");
            pb.environment().remove("NO_COLOR");
            pb.environment().put("TERM", "xterm-256color");
            pb.environment().put("WB_STATE_HOME", Files.createTempDirectory("wb-images-state").toString());
            pb.environment().putAll(env);
            return new FakeTerminal(pb.start(), da1, kitty);
        }

        private void pump(InputStream in, OutputStream answer, String da1, boolean kitty) {
            byte[] buf = new byte[65536];
            int scanned = 0;
            try {
                for (int n; (n = in.read(buf)) > 0; ) {
                    String text;
                    synchronized (seen) {
                        seen.write(buf, 0, n);
                        text = seen.toString(StandardCharsets.ISO_8859_1);
                    }
                    for (int q; (q = text.indexOf(TerminalImages.DA1, scanned)) >= 0; ) {
                        boolean askedKitty = text.substring(scanned, q).contains("\u001b_Gi=31,");
                        String reply = (kitty && askedKitty ? "\u001b_Gi=31;OK\u001b\\" : "") + da1;
                        answer.write(reply.getBytes(StandardCharsets.ISO_8859_1));
                        answer.flush();
                        scanned = q + TerminalImages.DA1.length();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        int length() {
            return text().length();
        }

        /** Everything the command wrote, decoded as UTF-8. */
        String text() {
            synchronized (seen) {
                return seen.toString(StandardCharsets.UTF_8);
            }
        }

        void type(String keys) throws IOException {
            process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        void await(String what, int from, long millis) throws InterruptedException {
            long deadline = System.currentTimeMillis() + millis;
            while (System.currentTimeMillis() < deadline) {
                String t = text();
                if (t.indexOf(what, Math.min(from, t.length())) >= 0) {
                    return;
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            fail("no \"" + what + "\" within " + millis / 1000 + " s; the terminal shows:\n" + visible(text().substring(
                    Math.min(from, text().length()))));
        }

        @Override
        public void close() throws InterruptedException {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
                all.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }
}
