package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged {@code wb} in a real pseudo-terminal (tmux): what a user at a keyboard does
 * ({@link WbInTmux} says which jar and JDK).
 */
class ReplIT {
    private static final Duration START = Duration.ofSeconds(90);
    private static final Duration REPLY = Duration.ofSeconds(30);

    private static WbInTmux launcher;

    @TempDir
    Path dir;

    @BeforeAll
    static void findTools() throws Exception {
        launcher = WbInTmux.find();
    }

    @Test
    void tabCompletesAHelperAndTheMembersOfItsResultAndAMultiLineSnippetContinues() throws Exception {
        try (Tmux tmux = startWb(dir.resolve("state"))) {
            tmux.await("^wb \\S+ · JDK " + launcher.javaFeature() + "\\b.* · seed 0$", 0, START); // the JDK asked for
            int at = tmux.await("wb> $", 0, START);
            at = tmux.enter("var d = dataset(1000, vec(3.14), 1.0)", "d ==> Dataset\\(M=1000, N=1", at, REPLY);

            int line = at;
            tmux.type("rid");
            tmux.press("Tab");
            tmux.await("wb> ridge *\n(?s:.*)ridgeMse\\(.*ridgePath\\(", line, REPLY);
            tmux.type("(1e3).");
            tmux.press("Tab");
            tmux.await("wb> ridge\\(1e3\\)\\. *\n(?s:.*)normSquared\\(\\)", line, REPLY);
            tmux.type("size()");
            tmux.press("Enter"); // the candidate list goes, so look from the line again
            at = tmux.await("wb> ridge\\(1e3\\)\\.size\\(\\)\n\\$\\d+ ==> 1\n", line, REPLY);

            int block = at;
            tmux.enter("int twice(int x) {", "\n\\.\\.> $", block, REPLY);
            tmux.type("    return 2 * x;");
            tmux.press("Enter");
            at = tmux.enter("}",
                    "wb> int twice\\(int x\\) \\{\n\\.\\.>     return 2 \\* x;\n\\.\\.> }\ncreated method twice\\(int\\)\n",
                    block, REPLY);
            tmux.enter("twice(21)", "\\$\\d+ ==> 42\n", at, REPLY);
        }
    }

    @Test
    void ctrlCStopsARunawayLoopWithinTwoSecondsAndEarlierVariablesRemain() throws Exception {
        try (Tmux tmux = startWb(dir.resolve("state"))) {
            int at = tmux.await("wb> $", 0, START);
            at = tmux.enter("int kept = 7;", "kept ==> 7\n", at, REPLY);
            tmux.type("while (true) { kept = kept; }");
            tmux.press("Enter");
            Thread.sleep(1500); // well into the loop
            long pressed = System.nanoTime();
            tmux.press("C-c");
            at = tmux.await("stopped \\(Ctrl-C\\).*\nwb> $", at, REPLY);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - pressed);
            assertThat(millis).as("milliseconds from Ctrl-C to the prompt").isLessThan(2000);
            tmux.enter("kept", "kept ==> 7\n", at, REPLY);
        }
    }

    @Test
    void systemExitAtThePromptLeavesTheWorkbenchRunning() throws Exception {
        try (Tmux tmux = startWb(dir.resolve("state"))) {
            int at = tmux.await("wb> $", 0, START);
            at = tmux.enter("System.exit(0)", "the snippet called System\\.exit\\(0\\); the workbench keeps running",
                    at, REPLY);
            at = tmux.enter("1 + 1", "\\$\\d+ ==> 2\n", at, REPLY);
            tmux.enter("/exit 3", "wb exited with status 3\n", at, REPLY);
        }
    }

    @Test
    void aBadCommandArgumentIsAOneLineErrorNamingItAndTheSessionGoesOn() throws Exception {
        try (Tmux tmux = startWb(dir.resolve("state"))) {
            int at = tmux.await("wb> $", 0, START);
            at = tmux.enter("int kept = 5;", "kept ==> 5\n", at, REPLY);
            at = tmux.enter("/seed -1",
                    "/seed -1\nerror: /seed takes a seed in \\[0, 4294967295\\], as numpy's, got '-1'\nwb> $",
                    at, REPLY);
            at = tmux.enter("/open missing.jsh",
                    "/open missing.jsh\nerror: cannot read missing.jsh: no such file or folder\nwb> $",
                    at, REPLY);
            at = tmux.enter("/exit soon", "/exit soon\nerror: /exit takes a whole number status, got 'soon'\nwb> $",
                    at, REPLY);
            tmux.enter("kept + 1", "\\$\\d+ ==> 6\n", at, REPLY);
        }
    }

    @Test
    void historySurvivesARestartAndCtrlRFindsIt() throws Exception {
        Path state = dir.resolve("state");
        try (Tmux tmux = startWb(state)) {
            int at = tmux.await("wb> $", 0, START);
            at = tmux.enter("String marker = \"h1st0ry-\" + 42;", "marker ==> \"h1st0ry-42\"\n", at, REPLY);
            tmux.enter("/exit", "wb exited with status 0\n", at, REPLY);
        }
        assertThat(Files.readString(state.resolve("history"), StandardCharsets.UTF_8)).contains("h1st0ry");
        try (Tmux tmux = startWb(state)) {
            int at = tmux.await("wb> $", 0, START);
            tmux.press("C-r");
            tmux.type("h1st0");
            at = tmux.await("String marker = \"h1st0ry-\" \\+ 42;", at, REPLY);
            tmux.press("Enter");
            tmux.await("marker ==> \"h1st0ry-42\"\n", at, REPLY);
        }
    }

    @Test
    void aStartupFileAddsALibraryDashIKeepsAFilesVariablesAndTimeitRunsAndStops() throws Exception {
        wb.deps.MavenRepoFixture repo = wb.deps.MavenRepoFixture.create(dir.resolve("maven"));
        Path startup = Files.writeString(dir.resolve("startup.jsh"), "/add " + wb.deps.MavenRepoFixture.GREETER
                + "\nimport com.acme.greet.Greeter;\n");
        Files.writeString(dir.resolve("data.jsh"), "var d = dataset(1000, vec(3.14), 1.0);\nint fromFile = 40;\n");
        String env = "WB_STARTUP='" + startup + "'";
        String jvm = "-Duser.home='" + repo.home() + "'";
        try (Tmux tmux = startWb(dir.resolve("state"), env, jvm, "-i data.jsh")) {
            int at = tmux.await("wb> $", 0, START);
            tmux.type("Greeter.tw");
            tmux.press("Tab");
            at = tmux.await("Greeter\\.twice\\( *\n", at, REPLY); // after the "wb> " already matched
            at = tmux.enter("fromFile + 1)", "\\$\\d+ ==> 82\\.0\n", at, REPLY);
            at = tmux.enter("/timeit ridge(1e3)", "per run \\(median of 7 timings of \\d+ runs? each; fastest",
                    at, START);
            // Seven timings of at least a second each: Ctrl-C after 2 s lands while it still runs
            // (with 100 ms a quiet machine finished all seven before the key came).
            tmux.type("/timeit Thread.sleep(1000)");
            tmux.press("Enter");
            Thread.sleep(2000); // into the repeated runs
            tmux.press("C-c");
            at = tmux.await("stopped \\(Ctrl-C\\).*\nwb> $", at, REPLY);
            tmux.enter("d.m() + fromFile", "\\$\\d+ ==> 1040\n", at, REPLY);
        }
    }

    /** wb in a fresh tmux server, its history under {@code state}. */
    private Tmux startWb(Path state) throws IOException {
        return startWb(state, "", "", "");
    }

    /** The same, with more environment, JVM options and wb arguments (shell words). */
    private Tmux startWb(Path state, String env, String jvmOptions, String args) throws IOException {
        return launcher.start(dir, state, env, jvmOptions, args, 120, 40);
    }
}
