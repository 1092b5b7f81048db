package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.repl.Tmux;
import wb.script.ScriptRunner;
import wb.session.Session;
import wb.session.SessionSettings;

/**
 * The hostile-case suite: wb used as a hostile user and a flaky machine would, over the cases of
 * {@link HostileCaseTable}. Each case states its files before, how it runs, and what must hold
 * after: the exit status, patterns its output must contain, and the exact files left. It prints
 * one line per case ({@code PASS …}, {@code FAIL …: why}, or {@code SKIP …: why} where the
 * machine cannot mount a tmpfs) and a total line {@code N passed, N failed}; it fails if any case
 * failed or fewer than 100 ran.
 *
 * <p>Most cases share one in-process session (reset before each), which keeps the suite to a
 * few minutes; those that need a process of their own (exit status of the JVM, signals, OOM,
 * the launcher's checks) run {@code scripts/wb} in-process mode, and the prompt cases are typed
 * in turn at one prompt in a real pseudo-terminal.
 */
class HostileCasesIT {
    static final Duration REPLY = Duration.ofSeconds(90);
    private static final long SESSION_SECONDS = 300;
    private static final String FILLER = "m/.fill";

    /** Never used for an engine (every run here is in-process), but the launcher names one. */
    @TempDir
    static Path engines;

    @TempDir
    Path root;

    private final Launcher wb = Launcher.of(Launcher.Mode.IN_PROCESS, engines);
    private Session session;
    private String noMount;

    /** What a run left, to compare with the case. */
    private record Observed(Integer status, String out, String err) {
    }

    @Test
    void atLeastAHundredHostileCasesHoldAndNoneFails() throws Exception {
        // -Dhostile.only=REGEX runs the cases whose "category: name" it finds, to work on a few.
        String only = System.getProperty("hostile.only", "");
        List<HostileCase> cases = HostileCaseTable.cases().stream()
                .filter(k -> only.isEmpty() || Pattern.compile(only).matcher(k.label()).find())
                .collect(Collectors.toList());
        noMount = tmpfsUnavailable();
        Map<String, int[]> byCategory = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int skipped = 0;
        Path promptDir = Files.createDirectory(root.resolve("prompt"));
        try (PromptCases prompt = new PromptCases(promptDir, cases)) {
            for (int i = 0; i < cases.size(); i++) {
                HostileCase k = cases.get(i);
                String skip = k.mount != HostileCase.Mount.NONE ? noMount : null;
                if (skip != null) {
                    skipped++;
                    System.out.println("SKIP " + k.label() + ": " + skip);
                    continue;
                }
                List<String> why;
                try {
                    why = k.way == HostileCase.Way.PROMPT ? prompt.type(k)
                            : runInFolder(Files.createDirectory(root.resolve("case" + i)), k);
                } catch (Exception | AssertionError e) {
                    why = List.of("the harness failed: " + e);
                }
                int[] counts = byCategory.computeIfAbsent(k.category, c -> new int[2]);
                counts[why.isEmpty() ? 0 : 1]++;
                if (why.isEmpty()) {
                    passed++;
                    System.out.println("PASS " + k.label());
                } else {
                    String line = "FAIL " + k.label() + ": " + String.join("; ", why);
                    failures.add(line);
                    System.out.println(line);
                }
            }
        } finally {
            if (session != null) {
                session.close();
            }
        }
        System.out.println("by category: " + byCategory.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()[0] + "/" + (e.getValue()[0] + e.getValue()[1]))
                .collect(Collectors.joining(", ")));
        if (skipped > 0) {
            System.out.println(skipped + " skipped (each says why above)");
        }
        System.out.println(passed + " passed, " + failures.size() + " failed");
        assertThat(failures).isEmpty();
        if (only.isEmpty()) {
            assertThat(passed + failures.size()).as("cases run").isGreaterThanOrEqualTo(100);
        }
    }

    /** Runs a case in its own folder and says why it did not hold (empty: it held). */
    private List<String> runInFolder(Path dir, HostileCase k) throws Exception {
        for (Map.Entry<String, byte[]> f : k.before.entrySet()) {
            Path p = dir.resolve(f.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, f.getValue());
        }
        for (Map.Entry<String, java.util.function.Consumer<Path>> g : k.generated.entrySet()) {
            g.getValue().accept(dir.resolve(g.getKey()));
        }
        for (String name : k.ownerOnly) {
            Files.setPosixFilePermissions(dir.resolve(name), java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
        }
        for (Map.Entry<String, String> l : k.links.entrySet()) {
            Files.createSymbolicLink(dir.resolve(l.getKey()), Path.of(l.getValue()));
        }
        Path mount = dir.resolve("m");
        if (k.mount != HostileCase.Mount.NONE) {
            mountTmpfs(mount, k);
        }
        try {
            List<String> namesBefore = names(dir);
            Map<String, byte[]> bytesBefore = new LinkedHashMap<>();
            for (String name : namesBefore) {
                if (Files.isRegularFile(dir.resolve(name)) && !Files.isSymbolicLink(dir.resolve(name))
                        && !k.generated.containsKey(name)) {
                    bytesBefore.put(name, Files.readAllBytes(dir.resolve(name)));
                }
            }
            Observed r;
            switch (k.way) {
                case SESSION:
                    r = runInSession(dir, k);
                    break;
                case PROCESS:
                    r = runProcess(dir, k);
                    break;
                default:
                    return k.custom.run(dir);
            }
            List<String> why = new ArrayList<>();
            if (k.status != null && !k.status.equals(r.status())) {
                why.add("status " + r.status() + ", expected " + k.status + " (stderr: " + excerpt(r.err()) + ")");
            }
            if (!find(k.stdout, r.out())) {
                why.add("stdout lacks /" + k.stdout + "/: " + excerpt(r.out()));
            }
            if (!find(k.stderr, r.err())) {
                why.add("stderr lacks /" + k.stderr + "/: " + excerpt(r.err()));
            }
            List<String> expected = k.after != null ? k.after : namesBefore;
            List<String> after = names(dir);
            if (!after.equals(expected.stream().sorted().collect(Collectors.toList()))) {
                why.add("files after " + after + ", expected " + expected);
            }
            for (Map.Entry<String, byte[]> b : bytesBefore.entrySet()) {
                Path p = dir.resolve(b.getKey());
                if (!k.changes.contains(b.getKey()) && Files.isRegularFile(p)
                        && !Arrays.equals(b.getValue(), Files.readAllBytes(p))) {
                    why.add(b.getKey() + " changed");
                }
            }
            for (Map.Entry<String, Predicate<Path>> c : k.fileChecks.entrySet()) {
                if (!c.getValue().test(dir)) {
                    why.add("not so: " + c.getKey());
                }
            }
            return why;
        } finally {
            if (k.mount != HostileCase.Mount.NONE) {
                command("umount", "-l", mount.toString());
            }
        }
    }

    /** The script through the public script runner, on the session these cases share. */
    private Observed runInSession(Path dir, HostileCase k) throws Exception {
        if (session == null) {
            session = Session.start(SessionSettings.defaults());
        } else {
            session.reset();
        }
        String script = k.input.replace("@/", dir + "/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ScriptRunner runner = new ScriptRunner(session, new ScriptRunner.Options(false, false), capturedOut, capturedErr);
        FutureTask<Integer> run = new FutureTask<>(() -> runner.run(script, "s.jsh", dir));
        System.setOut(capturedOut);
        System.setErr(capturedErr);
        Integer status;
        try {
            Thread t = new Thread(run, "hostile-case");
            t.setDaemon(true);
            t.start();
            status = run.get(SESSION_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            session.stop();
            status = null;
            capturedErr.println("(did not finish within " + SESSION_SECONDS + " s)");
        } catch (ExecutionException e) {
            status = null;
            capturedErr.println("(the runner threw " + e.getCause() + ")");
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        return new Observed(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code scripts/wb ARGS} in the case's folder, in-process mode. */
    private Observed runProcess(Path dir, HostileCase k) throws Exception {
        Launcher.Result r;
        if (k.stdinClosed) {
            r = wb.runWithStdinClosed(dir, k.args.toArray(new String[0]));
        } else if (k.signal != null) {
            Process p = wb.start(dir, k.args, k.env);
            p.getOutputStream().close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(dir.resolve("started")) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(200); // into the save that follows the marker
            command("kill", "-" + k.signal, Long.toString(p.pid()));
            r = Launcher.finish(p, 120);
        } else {
            r = wb.runWith(dir, k.env, null, k.args.toArray(new String[0]));
        }
        return new Observed(r.status(), r.out(), r.err());
    }

    /** Why a tmpfs cannot be mounted here, or null when it can. */
    private String tmpfsUnavailable() throws IOException {
        Path probe = Files.createDirectory(root.resolve("probe"));
        String why = command("mount", "-t", "tmpfs", "-o", "size=64k", "wbprobe", probe.toString());
        if (why != null) {
            return "no tmpfs can be mounted here (" + why.strip() + "); run as root for the full-disk and read-only cases";
        }
        command("umount", probe.toString());
        return null;
    }

    private static void mountTmpfs(Path m, HostileCase k) throws IOException {
        Files.createDirectory(m);
        String why = command("mount", "-t", "tmpfs", "-o", "size=1m,mode=0755", "wbhostile", m.toString());
        if (why != null) {
            throw new IOException("mount: " + why);
        }
        for (Map.Entry<String, byte[]> f : k.mounted.entrySet()) {
            Files.write(m.resolve(f.getKey()), f.getValue());
        }
        if (k.mount == HostileCase.Mount.READ_ONLY) {
            why = command("mount", "-o", "remount,ro", m.toString());
            if (why != null) {
                throw new IOException("remount read-only: " + why);
            }
        } else {
            fill(m.getParent().resolve(FILLER));
        }
    }

    /** Writes a file until the disk it is on has no byte left. */
    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full, as wanted; single bytes take what a partial block left
        }
        try (OutputStream out = Files.newOutputStream(filler, java.nio.file.StandardOpenOption.APPEND)) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // now to its last byte
        }
    }

    /** Runs a command; null when it succeeded, else what it printed. */
    static String command(String... command) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "did not finish";
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
        return p.exitValue() == 0 ? null : output.isBlank() ? "status " + p.exitValue() : output;
    }

    private static boolean find(String regex, String text) {
        return regex.isEmpty() || Pattern.compile(regex, Pattern.MULTILINE).matcher(text).find();
    }

    private static String excerpt(String text) {
        String s = text.strip().replace("\n", " | ");
        return s.isEmpty() ? "(nothing)" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString())
                    .filter(n -> !n.equals(FILLER)).sorted().collect(Collectors.toList());
        }
    }

    /** Starts {@code scripts/wb} at a prompt in a pseudo-terminal, in {@code dir}, history in {@code state}. */
    static Tmux startPrompt(Path dir, Path state) throws IOException {
        String command = "cd '" + dir + "' && env -u DISPLAY WB_ENGINE=off WB_STATE_HOME='" + state + "' JAVA_HOME='"
                + Launcher.javaHome() + "' '" + Launcher.WB + "'; echo \"wb exited with status $?\"; sleep 600";
        Path socket = Files.createTempDirectory(Path.of("/tmp"), "wbhc").resolve("s");
        return Tmux.start(socket, 160, 50, command);
    }

    /** The prompt cases, typed in turn at one prompt. */
    private static final class PromptCases implements AutoCloseable {
        private final Tmux tmux;
        private int at;

        PromptCases(Path dir, List<HostileCase> cases) throws IOException {
            for (HostileCase k : cases) {
                if (k.way == HostileCase.Way.PROMPT) {
                    for (Map.Entry<String, byte[]> f : k.before.entrySet()) {
                        Files.write(dir.resolve(f.getKey()), f.getValue());
                    }
                }
            }
            tmux = cases.stream().anyMatch(k -> k.way == HostileCase.Way.PROMPT)
                    ? startPrompt(dir, dir.resolve("state")) : null;
        }

        List<String> type(HostileCase k) {
            try {
                if (at == 0) {
                    at = tmux.await("^wb> $", 0, REPLY);
                }
                tmux.type(k.input);
                tmux.press("Enter");
                at = tmux.await(k.stdout, at, REPLY);
                at = tmux.await("^wb> $", at, REPLY);
                return List.of();
            } catch (IOException | AssertionError e) {
                String message = e.getMessage() == null ? e.toString() : e.getMessage();
                return List.of(excerpt(message.length() > 1500 ? message.substring(message.length() - 1500) : message));
            }
        }

        @Override
        public void close() throws IOException {
            if (tmux != null) {
                tmux.close();
            }
        }
    }
}
