package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import wb.session.SessionSettings;

class MainTest {
    /** What picocli makes of a command line: the script and its arguments, or null for none. */
    private static List<String> picocliScript(String... argv) {
        Main main = new Main(null);
        CommandLine cl = new CommandLine(main).setStopAtPositional(true);
        CommandLine.ParseResult parsed = cl.parseArgs(argv);
        if (parsed.hasSubcommand() || main.file == null) {
            return null;
        }
        assertThat(main.session.seed).isEqualTo(SessionSettings.DEFAULT_SEED);
        assertThat(main.script.quiet || main.script.keepGoing || main.script.show).isFalse();
        List<String> script = new java.util.ArrayList<>(List.of(main.file));
        script.addAll(main.args);
        return script;
    }

    @Test
    void thePlainScriptShortcutReadsWhatPicocliReads() {
        String[][] plain = {{"x.jsh"}, {"x.jsh", "a", "--seed", "3"}, {"-"}, {"-", "-q"}, {"dir/run.jsh", "test"}};
        for (String[] argv : plain) {
            assertThat(Main.isPlainScriptRun(argv)).as(String.join(" ", argv)).isTrue();
            assertThat(picocliScript(argv)).as(String.join(" ", argv)).containsExactly(argv);
        }
    }

    @Test
    void optionsSubcommandsAndTheReplGoThroughPicocli() {
        String[][] parsed = {{}, {"--seed", "3", "x.jsh"}, {"-q", "x.jsh"}, {"run", "x.jsh"}, {"test", "x.jsh"},
            {"--version"}, {"--help"}};
        for (String[] argv : parsed) {
            assertThat(Main.isPlainScriptRun(argv)).as(String.join(" ", argv)).isFalse();
        }
    }
}
