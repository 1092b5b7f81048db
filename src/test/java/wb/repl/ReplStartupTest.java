package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.session.SessionSettings;

/** Files the REPL runs before its first prompt: the start-up file, then {@code wb -i FILE}'s. */
class ReplStartupTest {
    @TempDir
    Path dir;

    @Test
    void theFilesRunInOrderAndTheirVariablesStay() throws Exception {
        Path startup = Files.writeString(dir.resolve("startup.jsh"), "double fromStartup = 2.5;\nimport java.time.*;\n");
        Path script = Files.writeString(dir.resolve("work.jsh"), "var d = dataset(100, vec(3.0), 1.0);\n"
                + "double answer = fromStartup * 2\nanswer\n");
        try (ReplHarness repl = new ReplHarness(dir.resolve("history"), dir, SessionSettings.defaults(),
                List.of(startup, script))) {
            repl.expect("answer ==> 5.0\n").expect("wb> ");
            repl.type("answer + d.m()\n").expectMatch("\\$\\d+ ==> 105.0\n");
            repl.type("Duration.ofSeconds(1)\n").expectMatch("\\$\\d+ ==> PT1S\n");
        }
    }

    @Test
    void anErrorInTheStartupFileNamesItsFileAndLineAndThePromptStillOpens() throws Exception {
        Path startup = Files.writeString(dir.resolve("startup.jsh"), "int ok = 1;\n\nint bad = nope;\nint never = 2;\n");
        try (ReplHarness repl = new ReplHarness(dir.resolve("history"), dir, SessionSettings.defaults(),
                List.of(startup))) {
            repl.expect(startup + ":3:11: error: cannot find symbol: variable nope\n");
            repl.expect(startup + " was run up to its first error; the prompt is ready\n");
            repl.type("ok\n").expect("ok ==> 1\n");
            repl.type("never\n").expect("error: cannot find symbol: variable never\n");
        }
    }

    @Test
    void aMissingFileIsReportedAndThePromptStillOpens() throws Exception {
        Path missing = dir.resolve("gone.jsh");
        try (ReplHarness repl = new ReplHarness(dir.resolve("history"), dir, SessionSettings.defaults(),
                List.of(missing))) {
            repl.expect("cannot read " + missing + ": ");
            repl.type("1 + 1\n").expectMatch("\\$\\d+ ==> 2\n");
        }
    }

    @Test
    void theStartupFileIsWbStartupElseUnderXdgConfigHomeElseUnderHome() throws Exception {
        Path home = dir.resolve("home");
        assertThat(StartupFile.locate(Map.of("WB_STARTUP", "/x/mine.jsh")::get, home)).contains(Path.of("/x/mine.jsh"));
        assertThat(StartupFile.locate(Map.<String, String>of()::get, home)).isEmpty();
        Path inHome = home.resolve(".config/wb/startup.jsh");
        Files.createDirectories(inHome.getParent());
        Files.writeString(inHome, "1");
        assertThat(StartupFile.locate(Map.<String, String>of()::get, home)).contains(inHome);
        Path xdg = dir.resolve("xdg");
        assertThat(StartupFile.locate(Map.of("XDG_CONFIG_HOME", xdg.toString())::get, home)).isEmpty();
        Files.createDirectories(xdg.resolve("wb"));
        Files.writeString(xdg.resolve("wb/startup.jsh"), "1");
        assertThat(StartupFile.locate(Map.of("XDG_CONFIG_HOME", xdg.toString())::get, home))
                .contains(xdg.resolve("wb/startup.jsh"));
        assertThat(StartupFile.locate(Map.of("XDG_CONFIG_HOME", "relative")::get, home)).contains(inHome);
    }
}
