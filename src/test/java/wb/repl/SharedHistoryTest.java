package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedHistoryTest {
    @TempDir
    Path dir;

    private final List<Terminal> terminals = new ArrayList<>();

    @AfterEach
    void closeTerminals() throws Exception {
        for (Terminal terminal : terminals) {
            terminal.close();
        }
    }

    /** A history attached to a reader on its own terminal, as each workbench has. */
    private History history(Path file) throws Exception {
        Terminal terminal = TerminalBuilder.builder().streams(new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream()).type("dumb").provider("exec").build();
        terminals.add(terminal);
        SharedHistory history = new SharedHistory();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).history(history)
                .variable(LineReader.HISTORY_FILE, file).build();
        history.attach(reader);
        return history;
    }

    private static List<String> lines(History history) {
        List<String> lines = new ArrayList<>();
        history.forEach(entry -> lines.add(entry.line()));
        return lines;
    }

    @Test
    void eachLineIsInTheFileAsSoonAsItIsAddedAndAFreshHistoryReadsIt() throws Exception {
        Path file = dir.resolve("state/wb/history");
        History first = history(file);
        first.add(Instant.now(), "int a = 1;");
        first.add(Instant.now(), "void f() {\n  a++;\n}");
        assertThat(Files.readString(file)).contains("int a = 1;");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(lines(history(file))).containsExactly("int a = 1;", "void f() {\n  a++;\n}");
    }

    @Test
    void twoWorkbenchesWritingAtOnceLoseNoLine() throws Exception {
        Path file = dir.resolve("history");
        History one = history(file);
        History two = history(file);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> writers = new ArrayList<>();
        for (History history : List.of(one, two)) {
            String name = history == one ? "one" : "two";
            Thread writer = new Thread(() -> {
                try {
                    go.await();
                    for (int i = 0; i < 150; i++) {
                        history.add(Instant.now(), name + " " + i);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            writer.start();
            writers.add(writer);
        }
        go.countDown();
        for (Thread writer : writers) {
            writer.join();
        }
        List<String> inFile = lines(history(file));
        assertThat(inFile).hasSize(300);
        assertThat(inFile.stream().filter(l -> l.startsWith("one ")).collect(Collectors.toList()))
                .as("each writer's lines, in its order").isEqualTo(
                        java.util.stream.IntStream.range(0, 150).mapToObj(i -> "one " + i).collect(Collectors.toList()));
        assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("history", "history.lock");
    }

    @Test
    void aHistoryFileThatIsNotUtf8IsRepairedNamedOnTheTerminalAndKeptAndTheSessionGoesOn() throws Exception {
        Path file = dir.resolve("history");
        byte[] good = "1700000000000:int a = 1;\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bad = "1700000000001:String s = \"caf\u00e9\";\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        byte[] both = new byte[good.length + bad.length];
        System.arraycopy(good, 0, both, 0, good.length);
        System.arraycopy(bad, 0, both, good.length, bad.length);
        Files.write(file, both);

        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().streams(new ByteArrayInputStream(new byte[0]), screen)
                .type("dumb").provider("exec").build();
        terminals.add(terminal);
        SharedHistory history = new SharedHistory();
        LineReader reader = LineReaderBuilder.builder().terminal(terminal).history(history)
                .variable(LineReader.HISTORY_FILE, file).build();
        history.attach(reader);
        history.add(Instant.now(), "int b = 2;");

        assertThat(lines(history)).containsExactly("int a = 1;", "String s = \"caf\uFFFD\";", "int b = 2;");
        assertThat(screen.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("wb: the history file " + file
                + " is not UTF-8 at line 2 (byte 0xE9 is not UTF-8); its bad bytes were replaced, the original is kept"
                + " as history.invalid-utf8");
        assertThat(Files.readAllBytes(dir.resolve("history.invalid-utf8"))).isEqualTo(both);
        assertThat(Files.readString(file)).contains("int b = 2;");
    }
}
