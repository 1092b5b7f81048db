package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.reader.LineReader;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompt's line reader on a terminal that sends a paste as typed keys. */
class TypeAheadLineReaderTest {
    @TempDir
    Path dir;

    /**
     * A terminal that sends a paste as typed keys (no bracketed paste): JLine drew the line after
     * each of them, each drawing as long as the line, so 5,000 characters were 5,000 drawings.
     */
    @Test
    void aLinePastedAsTypedKeysIsDrawnOnceItHasBeenReadNotAfterEachCharacter() throws Exception {
        String line = "1+".repeat(2_499) + "1";
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        keys.write((line + "\r").getBytes(StandardCharsets.UTF_8)); // all of it there before the reader looks
        keys.flush();
        AtomicInteger drawings = new AtomicInteger();
        try (Terminal terminal = TerminalBuilder.builder().streams(in, new ByteArrayOutputStream())
                .type("xterm-256color").provider("exec").encoding(StandardCharsets.UTF_8).size(new Size(160, 50))
                .build()) {
            LineReader reader = PromptReader.build(terminal, dir.resolve("history"), new SnippetParser(text -> false),
                    (r, parsed, candidates) -> { }, (r, buffer) -> {
                        drawings.incrementAndGet();
                        return new AttributedString(buffer);
                    }, r -> () -> true);
            reader.setVariable(LineReader.FEATURES_MAX_BUFFER_SIZE, 100_000); // every drawing highlights, so counts
            assertThat(reader.readLine(PromptReader.PROMPT)).isEqualTo(line);
        }
        // (the prompt, a drawing whenever the pipe ran dry for a moment, the accepted line)
        assertThat(drawings.get()).as("drawings of a %d-character line", line.length()).isLessThan(100);
    }
}
