package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The REPL on a full (xterm) terminal over pipes, for what a dumb terminal cannot do: bracketed
 * paste, the documentation key, colour.
 */
class ReplOnColourTerminalTest {
    private static final String PASTE_START = "\u001b[200~";
    private static final String PASTE_END = "\u001b[201~";
    private static final String RED = "\u001b[31m";

    @TempDir
    Path dir;

    @Test
    void aPastedBlockOfSeveralSnippetsRunsAsOneEntry() throws Exception {
        try (ReplHarness repl = new ReplHarness(dir.resolve("history"), dir, "xterm-256color", name -> null)) {
            repl.expect("seed 0");
            repl.type(PASTE_START + "int p1 = 1;\nint p2 = p1 + 1;\np2 * 10" + PASTE_END + "\r");
            repl.expect("p1 ==> 1").expect("p2 ==> 2").expectMatch("\\$\\d+ ==> 20");
            repl.type("/history\r").expect("int p1 = 1;\n").expect("int p2 = p1 + 1;\n").expect("p2 * 10\n");
        }
    }

    @Test
    void shiftTabAfterAnOpeningParenthesisShowsTheDocumentation() throws Exception {
        try (ReplHarness repl = new ReplHarness(dir.resolve("history"), dir, "xterm-256color", name -> null)) {
            repl.expect("seed 0");
            repl.type("Math.max(\u001b[Z").expect("int Math.max(int a, int b)").expect("double Math.max(double a, double b)");
            repl.type("\u001bh").expect("int Math.max(int a, int b)");
            repl.type("1, 2)\r").expectMatch("\\$\\d+ ==> 2");
        }
    }

    @Test
    void errorsAreRedUnlessNoColorIsSet() throws Exception {
        try (ReplHarness repl = new ReplHarness(dir.resolve("history"), dir, "xterm-256color", name -> null)) {
            repl.expect("seed 0");
            repl.type("nope\r").expect(RED + "error: cannot find symbol: variable nope");
        }
        try (ReplHarness repl = new ReplHarness(dir.resolve("history2"), dir, "xterm-256color",
                Map.of("NO_COLOR", "1")::get)) {
            repl.expect("seed 0");
            repl.type("nope\r").expect("error: cannot find symbol: variable nope");
            assertThat(repl.output()).doesNotContain(RED).doesNotContain("\u001b[34m");
        }
    }
}
