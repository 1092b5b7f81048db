package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm engine as a user meets it through {@code scripts/wb}: a run through it is the run a
 * JVM of its own would do (directory, environment, isolation, exit statuses, bytes), and its
 * lifecycle (reuse, retiring after a tainted run or a rebuilt jar, concurrency, Ctrl-C, a killed
 * engine or client, stop, idle time, the cap, a private directory).
 */
class EngineIT {
    @TempDir
    Path dir;

    @TempDir
    Path engines;

    /** A snippet that prints the process id of the JVM that runs it. */
    private static final String PID = "System.out.println(\"pid \" + ProcessHandle.current().pid());\n";

    /** How these runs reach the engine: the native client where it builds, else the Java one. */
    Launcher.Mode mode() {
        return Launcher.Mode.ENGINE;
    }

    private Launcher wb() {
        return Launcher.of(mode(), engines);
    }

    @AfterEach
    void stopEngines() throws Exception {
        wb().stopEngines();
    }

    private static long pidOf(Launcher.Result r) {
        return r.out().lines().filter(l -> l.startsWith("pid ")).map(l -> Long.parseLong(l.substring(4)))
                .findFirst().orElseThrow(() -> new AssertionError("no pid in " + r.out() + r.err()));
    }

    private Launcher.Result run(Path where, String script, String... args) throws Exception {
        Files.writeString(where.resolve("s.jsh"), script);
        List<String> all = new ArrayList<>(List.of("s.jsh"));
        all.addAll(List.of(args));
        return wb().run(where, null, all.toArray(String[]::new));
    }

    @Test
    void aSecondRunIsServedByTheSameWarmEngineWithAFreshSession() throws Exception {
        String draw = "dataset(3, 1).x()\n";
        Launcher.Result first = run(dir, PID + "int x = 41;\nx + 1\n" + draw);
        Files.writeString(dir.resolve("t.jsh"), PID + "x\n");
        Launcher.Result second = run(dir, PID + draw);
        Launcher.Result third = wb().run(dir, null, "t.jsh");
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(pidOf(second)).as(logs()).isEqualTo(pidOf(first));
        // The same random draws: the seed's stream starts over in each run.
        assertThat(second.out().lines().skip(1)).containsExactly(first.out().lines().skip(2).toArray(String[]::new));
        // No variable leaks from one run to the next.
        assertThat(third.status()).isEqualTo(1);
        assertThat(third.err()).contains("t.jsh:2:1: error: cannot find symbol");
        assertThat(pidOf(third)).isEqualTo(pidOf(first));
    }

    @Test
    void everyScriptWritesTheSameBytesThroughTheEngineAsInProcess() throws Exception {
        Launcher inProcess = Launcher.of(Launcher.Mode.IN_PROCESS, engines);
        for (String script : ScriptsIT.scripts()) {
            String name = Path.of(script).getFileName().toString();
            Path viaEngine = dir.resolve("engine-" + name);
            Path here = dir.resolve("in-process-" + name);
            Launcher.Result e = wb().run(Launcher.ROOT, null, "--out", viaEngine.toString(), script);
            Launcher.Result i = inProcess.run(Launcher.ROOT, null, "--out", here.toString(), script);
            assertThat(e.status()).as(script).isEqualTo(i.status());
            assertThat(e.out()).as(script).isEqualTo(i.out());
            assertThat(e.err().replace(viaEngine.toString(), "OUT")).as(script)
                    .isEqualTo(i.err().replace(here.toString(), "OUT"));
            List<String> figures = new ArrayList<>();
            if (Files.isDirectory(here)) {
                try (Stream<Path> files = Files.list(here)) {
                    files.forEach(f -> figures.add(f.getFileName().toString()));
                }
            }
            for (String figure : figures) {
                assertThat(Files.readAllBytes(viaEngine.resolve(figure))).as(script + " " + figure)
                        .isEqualTo(Files.readAllBytes(here.resolve(figure)));
            }
            try (Stream<Path> files = Files.isDirectory(viaEngine) ? Files.list(viaEngine) : Stream.empty()) {
                assertThat(files.count()).as(script + " figures").isEqualTo(figures.size());
            }
        }
    }

    @Test
    void figuresAreNumberedFromOneInEveryRun() throws Exception {
        String script = "plot(x -> x * x, -1, 1).name(\"sq\")\n";
        Files.writeString(dir.resolve("s.jsh"), script);
        Launcher.Result a = wb().run(dir, null, "--out", "a", "s.jsh");
        Launcher.Result b = wb().run(dir, null, "--out", "b", "s.jsh");
        assertThat(a.status()).as(a.err()).isZero();
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("b/01-sq.png"))).isEqualTo(Files.readAllBytes(dir.resolve("a/01-sq.png")));
    }

    @Test
    void eachEnvironmentGetsItsOwnEngineAndSeesItsOwnVariables() throws Exception {
        String script = "System.out.println(System.getenv(\"FOO\"))\n";
        Launcher.Result one = wb().runWith(dir, Map.of("FOO", "1"), script, "-");
        Launcher.Result two = wb().runWith(dir, Map.of("FOO", "2"), script, "-");
        Launcher.Result again = wb().runWith(dir, Map.of("FOO", "1"), script, "-");
        assertThat(one.out()).isEqualTo("1\n");
        assertThat(two.out()).isEqualTo("2\n");
        assertThat(again.out()).isEqualTo("1\n");
    }

    @Test
    void relativePathsResolveAgainstTheDirectoryTheUserRanWbIn() throws Exception {
        Path a = Files.createDirectory(dir.resolve("a"));
        Path b = Files.createDirectory(dir.resolve("b"));
        Files.writeString(a.resolve("x.txt"), "from a");
        Files.writeString(b.resolve("x.txt"), "from b");
        String script = "Files.readString(Path.of(\"x.txt\"))\nnew java.io.File(\"x.txt\").getAbsolutePath()\n";
        Launcher.Result inA = run(a, script);
        Launcher.Result inB = run(b, script);
        Launcher.Result inAAgain = run(a, script);
        assertThat(inA.out()).startsWith("\"from a\"\n").contains(a.resolve("x.txt").toString());
        assertThat(inB.out()).startsWith("\"from b\"\n").contains(b.resolve("x.txt").toString());
        assertThat(inAAgain.out()).isEqualTo(inA.out());
    }

    @Test
    void exitStatusesAreTheScriptsOwn() throws Exception {
        assertThat(run(dir, "System.exit(3);\n").status()).isEqualTo(3);
        assertThat(run(dir, "1 +\n").status()).isEqualTo(1);
        assertThat(run(dir, "throw new RuntimeException(\"boom\");\n").status()).isEqualTo(1);
        assertThat(wb().run(dir, null, "--seed", "-1", "s.jsh").status()).isEqualTo(2);
        assertThat(run(dir, "1 + 1\n").status()).isZero();
    }

    @Test
    void standardInputIsReadOnlyWhenTheScriptAsksForIt() throws Exception {
        Files.writeString(dir.resolve("read.jsh"),
                "var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));\n"
                + "in.readLine() + \"!\"\n");
        Launcher.Result r = wb().run(dir, "hello\nworld\n", "read.jsh");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("\"hello!\"\n");
    }

    @Test
    void outputAndErrorArriveAsBytesInOrder() throws Exception {
        Files.writeString(dir.resolve("s.jsh"),
                "for (int i = 0; i < 3; i++) { System.out.println(\"out \" + i); System.err.println(\"err \" + i); }\n"
                + "System.out.print(\"é ∑ \\u00ff\");\n");
        ProcessBuilder both = new ProcessBuilder("bash", "-c", "exec \"$0\" s.jsh 2>&1", Launcher.WB.toString())
                .directory(dir.toFile());
        both.environment().put("JAVA_HOME", Launcher.javaHome());
        both.environment().put("WB_ENGINE_DIR", engines.toString());
        both.environment().put("LC_ALL", "C.UTF-8");
        wb().modeEnvironment(both.environment());
        // Twice: the first run starts the engine, the second finds it warm (the native client's path).
        for (int run = 0; run < 2; run++) {
            Launcher.Result r = Launcher.finish(both.start(), 120);
            assertThat(r.out()).isEqualTo("out 0\nerr 0\nout 1\nerr 1\nout 2\nerr 2\né ∑ ÿ");
        }
    }

    @Test
    void aRunThatLeavesAThreadRunningRetiresItsEngine() throws Exception {
        Launcher.Result tainted = run(dir, PID
                + "var t = new Thread(() -> { try { Thread.sleep(600_000); } catch (InterruptedException e) { } });\n"
                + "t.setDaemon(true); t.start();\n");
        Launcher.Result next = run(dir, PID);
        assertThat(tainted.status()).as(tainted.err()).isZero();
        assertThat(pidOf(next)).isNotEqualTo(pidOf(tainted));
        assertThat(processGone(pidOf(tainted))).isTrue();
        assertThat(Files.readString(engines.resolve(logName()))).contains("retires: the run left 1 thread running");
    }

    @Test
    void aRunStartedRightAfterAnotherIsServedByTheSameEngineWhileItChecksWhatTheLastLeft() throws Exception {
        // The script's thread ends 150 ms after the script does: the engine looks for such threads
        // after sending the exit status (giving them 200 ms), and the next run, started at once,
        // offers itself during that check. Told "busy", it would start a second, cold engine.
        Launcher.Result first = run(dir, PID
                + "new Thread(() -> { try { Thread.sleep(150); } catch (InterruptedException e) { } }).start();\n");
        Launcher.Result next = run(dir, PID);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(pidOf(next)).as(logs()).isEqualTo(pidOf(first));
    }

    @Test
    void aRunThatChangesPropertiesLocaleOrTimeZoneRetiresItsEngine() throws Exception {
        for (String change : List.of("System.setProperty(\"wb.test\", \"x\");", "Locale.setDefault(Locale.FRANCE);",
                "TimeZone.setDefault(TimeZone.getTimeZone(\"Asia/Tokyo\"));")) {
            Launcher.Result tainted = run(dir, PID + change + "\n");
            Launcher.Result next = run(dir, PID + "String.format(\"%.1f\", 1.5) + \" \" + TimeZone.getDefault().getID()\n");
            assertThat(pidOf(next)).as(change).isNotEqualTo(pidOf(tainted));
            assertThat(next.out()).as(change).contains("\"1.5 ").doesNotContain("Tokyo");
        }
    }

    @Test
    void anOutOfMemoryErrorRetiresTheEngine() throws Exception {
        Launcher.Result tainted = wb().runWith(dir, Map.of("WB_JAVA_OPTS", "-Xmx96m"), PID
                + "var hog = new ArrayList<long[]>(); while (true) hog.add(new long[1 << 20]);\n", "-");
        Launcher.Result next = wb().runWith(dir, Map.of("WB_JAVA_OPTS", "-Xmx96m"), PID, "-");
        assertThat(tainted.status()).isEqualTo(1);
        assertThat(tainted.err()).contains("OutOfMemoryError");
        assertThat(pidOf(next)).isNotEqualTo(pidOf(tainted));
    }

    @Test
    void aRebuiltJarNeverRunsInAnOldEngine() throws Exception {
        // A copy of the installation of its own, so that rebuilding its jar disturbs no other run.
        Path install = dir.resolve("install");
        Files.createDirectories(install.resolve("scripts"));
        Files.createDirectories(install.resolve("src/main"));
        Files.createDirectories(install.resolve("target"));
        Files.writeString(install.resolve("pom.xml"), "");
        Files.copy(Launcher.WB, install.resolve("scripts/wb"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(install.resolve("target/lib"), Launcher.ROOT.resolve("target/lib"));
        Path jar = install.resolve("target/wb.jar");
        Files.copy(Launcher.ROOT.resolve("target/wb.jar"), jar);
        Files.copy(Launcher.ROOT.resolve("target/wb-client.jar"), install.resolve("target/wb-client.jar"));
        Files.copy(Launcher.ROOT.resolve("target/wb-snippets.jar"), install.resolve("target/wb-snippets.jar"));
        FileTime old = FileTime.from(Instant.now().minusSeconds(60));
        Files.setLastModifiedTime(install.resolve("pom.xml"), old);
        Files.setLastModifiedTime(install.resolve("src/main"), old);
        Launcher copy = wb().at(install.resolve("scripts/wb"));
        Files.writeString(dir.resolve("s.jsh"), PID);
        Launcher.Result before = copy.run(dir, null, "s.jsh");
        // A rebuild: a new jar in the same place.
        Files.copy(Launcher.ROOT.resolve("target/wb.jar"), install.resolve("target/wb.jar.new"));
        Files.move(install.resolve("target/wb.jar.new"), jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Launcher.Result after = copy.run(dir, null, "s.jsh");
        assertThat(before.status()).as(before.err()).isZero();
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(pidOf(after)).isNotEqualTo(pidOf(before));
        assertThat(processGoneWithin(pidOf(before), 10_000)).as("the old engine retires").isTrue();
    }

    @Test
    void twoRunsAtOnceNeverShareAJvm() throws Exception {
        run(dir, PID); // an idle engine exists: one of the two takes it, the other may not
        String slow = PID + "Thread.sleep(3000);\n";
        Files.writeString(dir.resolve("slow.jsh"), slow);
        Process first = wb().start(dir, List.of("slow.jsh"));
        Process second = wb().start(dir, List.of("slow.jsh"));
        Launcher.Result a = Launcher.finish(first, 120);
        Launcher.Result b = Launcher.finish(second, 120);
        assertThat(a.status()).as(a.err()).isZero();
        assertThat(b.status()).as(b.err()).isZero();
        assertThat(pidOf(a)).isNotEqualTo(pidOf(b));
    }

    @Test
    void sigintStopsALoopWithStatus130WithinTwoSeconds() throws Exception {
        run(dir, PID); // warm: the interrupt goes to a run that is already looping
        Files.writeString(dir.resolve("loop.jsh"), "System.out.println(\"looping\");\nwhile (true) {}\n");
        Process p = wb().start(dir, List.of("loop.jsh"));
        waitForOutput(p, "looping");
        long sent = System.nanoTime();
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        Launcher.Result r = Launcher.finish(p, 30);
        long millis = (System.nanoTime() - sent) / 1_000_000;
        assertThat(r.status()).as(r.err()).isEqualTo(130);
        assertThat(millis).as("ms from SIGINT to exit").isLessThan(2000);
    }

    @Test
    void aKilledClientStopsItsRun() throws Exception {
        run(dir, PID); // warm: the client that is killed is the one that found the engine idle
        Files.writeString(dir.resolve("tick.jsh"), PID
                + "for (int i = 0; ; i++) { Files.writeString(Path.of(\"tick.txt\"), \"\" + i); Thread.sleep(50); }\n");
        Process p = wb().start(dir, List.of("tick.jsh"));
        long engine = waitForPid(p);
        while (!Files.exists(dir.resolve("tick.txt"))) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor();
        Thread.sleep(1000);
        String stopped = Files.readString(dir.resolve("tick.txt"));
        Thread.sleep(1000);
        assertThat(Files.readString(dir.resolve("tick.txt"))).as("the run stopped").isEqualTo(stopped);
        assertThat(processGoneWithin(engine, 10_000)).as("a stopped run retires its engine").isTrue();
    }

    @Test
    void aKilledEngineMakesTheClientRunInProcessWithOneLine() throws Exception {
        run(dir, PID); // warm: the engine that dies is one the client found idle
        Files.writeString(dir.resolve("slow.jsh"), PID + "Thread.sleep(1500);\nSystem.out.println(\"done\");\n");
        Process p = wb().start(dir, List.of("slow.jsh"));
        long engine = waitForPid(p);
        new ProcessBuilder("kill", "-9", Long.toString(engine)).start().waitFor();
        Launcher.Result r = Launcher.finish(p, 120);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.err().lines().filter(l -> l.contains("ended during the run"))).hasSize(1);
        assertThat(r.out()).endsWith("done\n");
        // The dead engine's socket does not stop the next run from getting a new engine.
        Launcher.Result next = run(dir, PID);
        assertThat(next.status()).as(next.err()).isZero();
        assertThat(pidOf(next)).isNotEqualTo(engine);
    }

    @Test
    void engineStopLeavesNoEngineRunningAndStatusListsThem() throws Exception {
        long a = pidOf(run(dir, PID));
        long b = pidOf(run(Files.createDirectory(dir.resolve("b")), PID));
        Launcher.Result status = wb().run(dir, null, "engine", "status");
        assertThat(status.out()).as(logs()).contains(Long.toString(a), Long.toString(b), dir.toString(),
                System.getProperty("java.version").split("[._]")[0]);
        // Neither serves a run: each is idle, or warming itself up while idle.
        assertThat(status.out().lines().filter(l -> l.startsWith(a + " ") || l.startsWith(b + " ")))
                .hasSize(2).allMatch(l -> l.matches("\\d+ +(idle|warming) .*"), "state idle or warming");
        Launcher.Result stop = wb().run(dir, null, "engine", "stop");
        assertThat(stop.out()).contains("stopped 2 engines");
        assertThat(processGone(a)).isTrue();
        assertThat(processGone(b)).isTrue();
        try (Stream<Path> left = Files.list(engines)) {
            assertThat(left.filter(f -> f.toString().endsWith(".sock"))).isEmpty();
        }
    }

    @Test
    void anIdleEngineExitsAfterWbEngineIdle() throws Exception {
        Launcher.Result r = wb().runWith(dir, Map.of("WB_ENGINE_IDLE", "2s"), PID, "-");
        assertThat(processGoneWithin(pidOf(r), 15_000)).isTrue();
    }

    @Test
    void noMoreEnginesLiveThanTheCap() throws Exception {
        Map<String, String> cap = Map.of("WB_ENGINE_MAX", "1");
        long a = pidOf(wb().runWith(dir, cap, PID, "-"));
        long b = pidOf(wb().runWith(Files.createDirectory(dir.resolve("b")), cap, PID, "-"));
        assertThat(b).isNotEqualTo(a);
        assertThat(processGoneWithin(a, 10_000)).as("the idle engine made room").isTrue();
    }

    @Test
    void anEngineDirectoryOthersCanEnterIsRefused() throws Exception {
        Files.setPosixFilePermissions(engines, PosixFilePermissions.fromString("rwxr-xr-x"));
        Launcher.Result r = run(dir, PID);
        assertThat(r.status()).isZero();
        assertThat(r.err()).contains("running without the engine", "chmod 700");
        Files.setPosixFilePermissions(engines, PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void noEngineRunsInTheLaunchedProcessAndStartsNoEngine() throws Exception {
        Files.writeString(dir.resolve("s.jsh"), PID);
        for (List<String> args : List.of(List.of("--no-engine", "s.jsh"), List.of("s.jsh"))) {
            Map<String, String> env = args.contains("--no-engine") ? Map.of() : Map.of("WB_ENGINE", "off");
            Process p = wb().start(dir, args, env);
            Launcher.Result r = Launcher.finish(p, 120);
            assertThat(r.status()).as(r.err()).isZero();
            assertThat(pidOf(r)).as(args + " " + env).isEqualTo(p.pid());
        }
        try (Stream<Path> left = Files.list(engines)) {
            assertThat(left.filter(f -> f.toString().endsWith(".sock"))).isEmpty();
        }
        Process p = wb().start(dir, List.of("s.jsh"));
        assertThat(pidOf(Launcher.finish(p, 120))).as("through an engine").isNotEqualTo(p.pid());
    }

    @Test
    void aCommandThatNeedsTheTerminalIsRunByTheClientInAJvmOfItsOwn() throws Exception {
        // The launcher never sends the prompt to the client; should a command line reach an
        // engine that means the prompt anyway, the engine declines and the client runs it.
        String java = Path.of(Launcher.javaHome(), "bin", "java").toString();
        String jar = Launcher.ROOT.resolve("target/wb.jar").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", jar, "wb.engine.Client", "test", "000", "3", java, "-jar", jar)
                .directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().put("WB_ENGINE_DIR", engines.toString());
        Launcher.Result r = Launcher.finish(pb.start(), 120);
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).as(logs()).contains("wb ", "seed 0");
        assertThat(logs()).contains("needs the terminal");
    }

    /** Every engine log of this test, for messages of failed assertions. */
    private String logs() throws Exception {
        StringBuilder text = new StringBuilder("engine logs:\n");
        try (Stream<Path> logs = Files.list(engines)) {
            for (Path log : (Iterable<Path>) logs.filter(f -> f.toString().endsWith(".log"))::iterator) {
                text.append(Files.readString(log));
            }
        }
        return text.toString();
    }

    private String logName() throws Exception {
        try (Stream<Path> logs = Files.list(engines)) {
            return logs.filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow().getFileName().toString();
        }
    }

    private static boolean processGone(long pid) throws InterruptedException {
        return processGoneWithin(pid, 5_000);
    }

    private static boolean processGoneWithin(long pid, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isEmpty() || !handle.get().isAlive()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /** Reads the process's output until a line holds {@code text}, keeping what it read. */
    private static void waitForOutput(Process p, String text) throws Exception {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.contains(text)) {
                return;
            }
        }
        throw new AssertionError("no line with " + text);
    }

    private static long waitForPid(Process p) throws Exception {
        var reader = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("pid ")) {
                return Long.parseLong(line.substring(4));
            }
        }
        throw new AssertionError("no pid printed");
    }
}
