package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.deps.MavenRepoFixture;

/**
 * The packaged launcher with libraries ({@code /add}, {@code --class-path}) from a Maven
 * repository on disk, and the REPL's start-up file and {@code -i}.
 */
class LibrariesAndStartupIT extends LauncherRuns {
    @TempDir
    Path dir;

    private MavenRepoFixture repo;

    @BeforeEach
    void repository() throws Exception {
        repo = MavenRepoFixture.create(dir.resolve("maven"));
    }

    /** Runs wb with Maven's settings in the fixture's home and history kept in the test's folder. */
    private Launcher.Result run(String stdin, Map<String, String> moreEnv, String... args) throws Exception {
        Map<String, String> env = new HashMap<>(moreEnv);
        env.put("WB_JAVA_OPTS", "-Duser.home=" + repo.home());
        env.put("WB_STATE_HOME", dir.resolve("state").toString());
        env.putIfAbsent("WB_STARTUP", "");
        Process p = wb.start(dir, List.of(args), env);
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        return Launcher.finish(p, 300);
    }

    @Test
    void aScriptAddsAnArtifactWithItsDependencyAndPrintsWhatWasResolved() throws Exception {
        Files.writeString(dir.resolve("libs.jsh"), "/add " + MavenRepoFixture.GREETER + "\n"
                + "com.acme.greet.Greeter.twice(21)\ncom.acme.util.Twice.of(1)\n");
        Launcher.Result r = run("", Map.of(), "libs.jsh");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("42.0\n2.0\n");
        assertThat(r.err()).isEqualTo("libs.jsh:1: /add resolved com.acme:greeter:1.0 com.acme:util:2.0\n");
    }

    @Test
    void aMissingArtifactInAScriptFailsWithFileLineColAndExitsOne() throws Exception {
        Files.writeString(dir.resolve("missing.jsh"), "1 + 1\n/add com.acme:missing:1.0\n2 + 2\n");
        Launcher.Result r = run("", Map.of(), "missing.jsh");
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("2\n");
        assertThat(r.err()).startsWith("missing.jsh:2:6: error: not found: com.acme:missing:1.0 is in no repository"
                + " (test-repo " + repo.repository().toUri());
    }

    @Test
    void classPathOptionPutsAJarOnTheClassPathAndABadOneIsAUsageError() throws Exception {
        Path jar = repo.repository().resolve("com/acme/util/2.0/util-2.0.jar");
        Launcher.Result r = run("com.acme.util.Twice.of(2.5)\n", Map.of(), "--class-path", jar.toString(), "-");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("5.0\n");
        Files.writeString(dir.resolve("bad.jar"), "not a zip");
        Launcher.Result bad = run("1\n", Map.of(), "--class-path", "bad.jar", "-");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("bad.jar is not a readable jar");
    }

    @Test
    void dashIRunsTheFileThenKeepsItsVariablesAtThePrompt() throws Exception {
        Files.writeString(dir.resolve("vars.jsh"), "var d = dataset(100, vec(2.0), 1.0);\nint answer = 42;\n");
        Launcher.Result r = run("answer + d.m()\n", Map.of(), "-i", "vars.jsh");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("==> 142");
    }

    @Test
    void theStartupFileRunsInTheReplButNeverInAScriptAndNoStartupSkipsIt() throws Exception {
        Path startup = Files.writeString(dir.resolve("startup.jsh"), "int fromStartup = 7;\n");
        Map<String, String> env = Map.of("WB_STARTUP", startup.toString());

        Launcher.Result repl = run("fromStartup * 6\n", env);
        assertThat(repl.status()).as(repl.err()).isZero();
        assertThat(repl.out()).contains("==> 42");

        Launcher.Result script = run("fromStartup * 6\n", env, "-");
        assertThat(script.status()).isEqualTo(1);
        assertThat(script.err()).startsWith("<stdin>:1:1: error: cannot find symbol: variable fromStartup");

        Launcher.Result skipped = run("fromStartup * 6\n", env, "--no-startup");
        assertThat(skipped.out()).contains("error: cannot find symbol: variable fromStartup").doesNotContain("==> 42");
    }

    @Test
    void anErrorInTheStartupFileNamesItAndThePromptStillOpens() throws Exception {
        Path startup = Files.writeString(dir.resolve("startup.jsh"), "int a = 1;\nint b = a / 0;\n");
        Launcher.Result r = run("a + 1\n", Map.of("WB_STARTUP", startup.toString()));
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("ArithmeticException: / by zero\n    at " + startup + ":2\n")
                .contains("==> 2");
    }
}
