package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The native client (src/main/c/wb-client.c) as seen from outside, with strace listing every
 * program each run executes: a run that finds its engine idle starts no JVM on the client's
 * side, because the native client computes the same engine key as the Java client; and a run it
 * cannot describe exactly (a non-ASCII environment) is handed to the Java client, which serves it.
 */
class NativeClientIT {
    @TempDir
    Path dir;

    @TempDir
    Path engines;

    @TempDir
    Path traces;

    private static final String PID = "System.out.println(\"pid \" + ProcessHandle.current().pid());\n";

    @BeforeAll
    static void needsStraceAndACompiler() throws Exception {
        assumeTrue(onPath("strace"), "strace is not installed (apt-get install strace): native client tests skipped");
        assumeTrue(onPath("cc"), "no C compiler (cc): the launcher uses the Java client alone; native client tests skipped");
    }

    @AfterEach
    void stopEngines() throws Exception {
        Launcher.of(Launcher.Mode.ENGINE, engines).stopEngines();
    }

    @Test
    void aRunThatFindsItsEngineIdleStartsNoJvmOnTheClientSide() throws Exception {
        Files.writeString(dir.resolve("s.jsh"), PID);
        long first = plain(Map.of());
        Traced second = traced(Map.of(), true);
        assertThat(second.pid()).as(second.err()).isEqualTo(first);
        assertThat(second.javaPrograms()).as("programs the second run executed").isEmpty();
    }

    @Test
    void aFirstRunStartsItsEngineWithoutStartingAJavaClient() throws Exception {
        Files.writeString(dir.resolve("s.jsh"), PID);
        // (the client's own process only: the engine it forks is not traced, so the trace ends
        // with the run, and its java is not among the programs listed)
        Traced first = traced(Map.of(), false);
        assertThat(first.javaPrograms()).as("programs the first run's client executed").isEmpty();
        assertThat(plain(Map.of())).as("the engine it started ran it, and serves the next run; %s", logs())
                .isEqualTo(first.pid());
    }

    @Test
    void theNativeClientComputesTheJavaClientsKeyForAnyAsciiEnvironment() throws Exception {
        // Names that sort differently as NAME=value strings than as names, values with '=',
        // spaces and nothing at all, and a name in lower case.
        Map<String, String> env = new TreeMap<>(Map.of("A", "1", "A_B", "2", "AB", "3", "a", "4",
                "WB_TEST_EQ", "=x=y", "WB_TEST_SPACE", " two words ", "WB_TEST_EMPTY", ""));
        Files.writeString(dir.resolve("s.jsh"), PID + "System.out.println(System.getenv(\"WB_TEST_EQ\"))\n");
        long first = plain(env);
        Traced second = traced(env, true);
        assertThat(second.pid()).as(second.err()).isEqualTo(first);
        assertThat(second.out()).contains("=x=y");
        assertThat(second.javaPrograms()).isEmpty();
    }

    @Test
    void aRunWithANonAsciiEnvironmentIsHandedToTheJavaClientAndServedWarm() throws Exception {
        Files.writeString(dir.resolve("s.jsh"), PID + "System.out.println(System.getenv(\"WB_TEST_NAME\"))\n");
        Map<String, String> env = Map.of("WB_TEST_NAME", "Zoë", "LC_ALL", "C.UTF-8");
        long first = plain(env);
        Traced second = traced(env, true);
        assertThat(second.pid()).as(second.err()).isEqualTo(first);
        assertThat(second.out()).contains("Zoë");
        assertThat(second.javaPrograms()).anyMatch(p -> p.contains("wb.engine.Client"));
    }

    /** A run of {@code scripts/wb s.jsh} under strace: what it printed and which JVMs it started. */
    private record Traced(Launcher.Result result, List<String> execs) {
        long pid() {
            return result.out().lines().filter(l -> l.startsWith("pid ")).mapToLong(l -> Long.parseLong(l.substring(4)))
                    .findFirst().orElseThrow(() -> new AssertionError("no pid in " + result.out() + result.err()));
        }

        String out() {
            return result.out();
        }

        String err() {
            return result.err();
        }

        /** The java programs executed, each as its command line. */
        List<String> javaPrograms() {
            return execs.stream().filter(e -> e.matches("(?s).*execve\\(\"[^\"]*/bin/java\".*")).toList();
        }
    }

    /**
     * The first run, which starts the engine: not traced, since strace would follow the engine
     * it starts and wait for it to end.
     */
    private long plain(Map<String, String> env) throws Exception {
        Launcher.Result r = Launcher.finish(builder(env, List.of(Launcher.WB.toString(), "s.jsh")).start(), 120);
        assertThat(r.status()).as(r.err()).isZero();
        return new Traced(r, List.of()).pid();
    }

    /** A traced run; {@code follow}: its child processes too (the native client has none when it finds its engine). */
    private Traced traced(Map<String, String> env, boolean follow) throws Exception {
        Path trace = traces.resolve("run.trace");
        List<String> command = new java.util.ArrayList<>(List.of("strace", "-qq", "-s", "200", "-e", "trace=execve", "-o",
                trace.toString(), Launcher.WB.toString(), "s.jsh"));
        if (follow) {
            command.add(1, "-f");
        }
        ProcessBuilder pb = builder(env, command);
        Launcher.Result r = Launcher.finish(pb.start(), 120);
        assertThat(r.status()).as(r.err()).isZero();
        List<String> execs = Files.readAllLines(trace).stream().filter(l -> l.contains("execve(") && !l.contains("ENOENT"))
                .toList();
        return new Traced(r, execs);
    }

    private ProcessBuilder builder(Map<String, String> env, List<String> command) {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().put("JAVA_HOME", Launcher.javaHome());
        pb.environment().remove("DISPLAY");
        pb.environment().put("WB_ENGINE_DIR", engines.toString());
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        return pb;
    }

    /** The engines' logs, to say why a run was not served where expected. */
    private String logs() throws Exception {
        StringBuilder text = new StringBuilder("engine logs:\n");
        try (var files = Files.list(engines)) {
            for (Path log : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".log")).sorted()::iterator) {
                text.append(Files.readString(log));
            }
        }
        return text.toString();
    }

    private static boolean onPath(String program) throws Exception {
        return new ProcessBuilder("sh", "-c", "command -v " + program).start().waitFor() == 0;
    }
}
