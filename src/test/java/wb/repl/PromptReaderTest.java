package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt's line reader on a terminal that answers no question (as under script(1) or a pipe). */
class PromptReaderTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path dir;

    @Test
    void aMouseClickReportIsDroppedAndTheLineTypedAfterItIsRead() throws Exception {
        // a release of the first button in SGR form: JLine asked the terminal where the cursor
        // was, and waited for an answer that never came, taking every key typed after it
        assertThat(readLine("\u001b[<0;5;1m1 + 1\r")).isEqualTo("1 + 1");
        assertThat(readLine("\u001b[M#!!2 * 3\r")).as("an X10 report").isEqualTo("2 * 3");
    }

    @Test
    void aMouseReportCutShortByTypingDoesNotHangThePrompt() throws Exception {
        // what PromptFuzzIT typed: the start of a report, then other keys and lines
        assertThat(readLine("\u001b[<D};\rx * 2\r")).as("what is not part of a report is typed").isEqualTo("D};");
        assertThat(readLine("\u001b[<12", "3 + 4\r")).as("a report that stops, and keys typed a moment later")
                .isEqualTo("3 + 4");
    }

    @Test
    void altGreaterThanGoesToTheEndOfASnippetOfManyLinesFromAnyOfItsLines() throws Exception {
        // Ctrl-P went up into the snippet's second line; Alt-> comes back to the end, where the
        // closing brace belongs (JLine's own Alt-> only goes to the end of the history)
        assertThat(readLine(text -> text.chars().filter(c -> c == '{').count() > text.chars().filter(c -> c == '}').count(),
                "int f() {\r  int a = 1;\r\u0010X\u001b>}\r")).isEqualTo("int f() {\nX  int a = 1;\n}");
    }

    /**
     * The first line the prompt reads from {@code keys}: the first piece all typed before it
     * looks, each further one half a second after the one before.
     */
    private String readLine(String... keys) throws Exception {
        return readLine(text -> false, keys);
    }

    /** As {@link #readLine(String...)}, with a snippet unfinished while {@code needsMoreInput} says so. */
    private String readLine(java.util.function.Predicate<String> needsMoreInput, String... keys) throws Exception {
        PipedOutputStream typed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(typed, 1 << 16);
        typed.write(keys[0].getBytes(StandardCharsets.UTF_8));
        typed.flush();
        try (Terminal terminal = TerminalBuilder.builder().streams(in, new ByteArrayOutputStream())
                .type("xterm-256color").provider("exec").encoding(StandardCharsets.UTF_8).size(new Size(160, 50))
                .build()) {
            LineReader reader = PromptReader.build(terminal, dir.resolve("history"), new SnippetParser(needsMoreInput),
                    (r, parsed, candidates) -> { }, (r, buffer) -> new AttributedString(buffer), r -> () -> true);
            CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> reader.readLine(PromptReader.PROMPT));
            try {
                for (int i = 1; i < keys.length; i++) {
                    Thread.sleep(500);
                    typed.write(keys[i].getBytes(StandardCharsets.UTF_8));
                    typed.flush();
                }
                return line.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            } finally {
                typed.close(); // ends a read that still waits
            }
        }
    }
}
