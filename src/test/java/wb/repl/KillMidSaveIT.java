package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments during each kind of save, 50 times per kind, each kill a process of
 * its own ({@link SaveUntilKilled}, which saves as wb does, again and again, until killed).
 *
 * <p>After each kill the saved file is the old one or the new one, byte for byte (compared with
 * both versions written by a process left to finish), and the folder holds nothing else but, at
 * most, the killed writer's own temporary file ({@code .NAME.wb-PID-RANDOM.tmp}, hidden): a
 * process killed outright cannot delete it. The next start in that folder (the next round's
 * process sweeps it as {@code ReplLauncher} does; the last check starts the real {@code wb})
 * removes it, so after a start the folder holds the saved files only. The history is checked by
 * content: whole lines, numbered in order, the old ones unchanged.
 */
class KillMidSaveIT {
    private static final int KILLS = 50;
    private static final long SEED = 4_50L;
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.wb-(\\d+)-[0-9a-f]+\\.tmp");
    private static final Pattern HISTORY_LINE = Pattern.compile("\\d+:(line (\\d+) [a-z]+)");

    @TempDir
    Path dir;

    /** What the rounds of one kind saw. */
    private record Tally(String kind, int kills, int changed, int temporariesLeft) {
    }

    @Test
    void fiftyKillsDuringEachKindOfSaveLeaveTheOldOrTheNewFileWholeAndNoTemporaryFileAfterTheNextStart()
            throws Exception {
        System.out.println("KillMidSaveIT: seed " + SEED);
        ExecutorService kinds = Executors.newFixedThreadPool(2);
        try {
            List<Future<Tally>> tallies = new ArrayList<>();
            String[][] files = {{"csv", "data.csv"}, {"snippets", "session.jsh"}, {"figure", "big.svg", "big.png"}};
            for (int i = 0; i < files.length; i++) {
                String[] kind = files[i];
                long seed = SEED + i;
                tallies.add(kinds.submit(() -> killFiles(kind[0], List.of(kind).subList(1, kind.length), seed)));
            }
            tallies.add(kinds.submit(() -> killHistory(SEED + files.length)));
            for (Future<Tally> f : tallies) {
                Tally t = f.get(45, TimeUnit.MINUTES); // a hang guard: a loaded machine took 15 min for 25 rounds
                System.out.println("KillMidSaveIT: " + t.kind() + ": " + t.kills() + " kills, the file changed by "
                        + t.changed() + ", a temporary file left by " + t.temporariesLeft());
                assertThat(t.kills()).isEqualTo(KILLS);
                // Not vacuous: some kills landed while a temporary file was being written.
                assertThat(t.temporariesLeft()).as("%s: kills that landed mid-write", t.kind()).isPositive();
            }
        } finally {
            kinds.shutdownNow();
        }
        theRealWbStartSweepsWhatAKillLeft();
    }

    /** 50 kills of a writer of {@code targets} in the folder {@code kind}. */
    private Tally killFiles(String kind, List<String> targets, long seed) throws Exception {
        Random random = new Random(seed);
        Path folder = Files.createDirectories(dir.resolve(kind));
        List<Map<String, byte[]>> versions = new ArrayList<>();
        long millis = 0;
        for (int v = 0; v < 2; v++) {
            Path reference = Files.createDirectories(dir.resolve(kind + "-v" + v));
            Process p = child(kind, reference, v, "once");
            String said = firstLine(p);
            assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            assertThat(said).as("%s version %d", kind, v).startsWith("saved ");
            millis = Math.max(millis, Long.parseLong(said.substring("saved ".length())));
            Map<String, byte[]> bytes = new HashMap<>();
            for (String t : targets) {
                bytes.put(t, Files.readAllBytes(reference.resolve(t)));
            }
            versions.add(bytes);
        }
        assertThat(versions.get(0).get(targets.get(0))).isNotEqualTo(versions.get(1).get(targets.get(0)));
        for (String t : targets) {
            Files.write(folder.resolve(t), versions.get(0).get(t));
        }
        int changed = 0;
        int temporaries = 0;
        for (int round = 1; round <= KILLS; round++) {
            int v = round % 2;
            Process p = child(kind, folder, v, "loop");
            Map<String, byte[]> before = new HashMap<>();
            long pid;
            try {
                assertThat(firstLine(p)).as("%s round %d", kind, round).isEqualTo("ready");
                assertThat(entries(folder)).as("%s round %d: the folder after a start", kind, round)
                        .containsExactlyInAnyOrderElementsOf(targets);
                for (String t : targets) {
                    before.put(t, Files.readAllBytes(folder.resolve(t)));
                }
                go(p);
                if (round % 5 == 0) {
                    // Every fifth kill waits for a temporary file to appear, so that some kills
                    // surely land mid-write however short the write is on this machine.
                    waitForATemporaryFile(folder, millis * 20 + 2000);
                } else {
                    Thread.sleep(random.nextInt((int) Math.max(50, millis * 3 / 2)));
                }
            } finally {
                pid = kill(p);
            }
            boolean anyChanged = false;
            for (String t : targets) {
                byte[] now = Files.readAllBytes(folder.resolve(t));
                boolean old = Arrays.equals(now, before.get(t));
                boolean fresh = Arrays.equals(now, versions.get(v).get(t));
                assertThat(old || fresh).as("%s round %d: %s is the old file or the new one (%d bytes; old %d, new %d)",
                        kind, round, t, now.length, before.get(t).length, versions.get(v).get(t).length).isTrue();
                anyChanged |= !old;
            }
            changed += anyChanged ? 1 : 0;
            temporaries += leftovers(folder, targets, pid, kind, round);
            if (round % 10 == 0) {
                System.out.println("KillMidSaveIT: " + kind + ": " + round + " kills");
            }
        }
        return new Tally(kind, KILLS, changed, temporaries);
    }

    /** 50 kills of a process adding 2,000-character lines to the history, as the prompt does. */
    private Tally killHistory(long seed) throws Exception {
        Random random = new Random(seed);
        Path folder = Files.createDirectories(dir.resolve("history"));
        Path file = folder.resolve("history");
        Path once = Files.createDirectories(dir.resolve("history-once"));
        Process timing = child("history", once, 1, "once");
        String said = firstLine(timing);
        assertThat(timing.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(said).startsWith("saved ");
        long millis = Long.parseLong(said.substring("saved ".length()));
        List<String> targets = List.of("history", "history.lock");
        int changed = 0;
        int temporaries = 0;
        List<String> before = List.of();
        for (int round = 1; round <= KILLS; round++) {
            int first = before.isEmpty() ? 1 : number(before.get(before.size() - 1)) + 1;
            Process p = child("history", folder, first, "loop");
            long pid;
            try {
                assertThat(firstLine(p)).as("history round %d", round).isEqualTo("ready");
                assertThat(targets).as("history round %d: the folder after a start", round)
                        .containsAll(entries(folder));
                go(p);
                Thread.sleep(random.nextInt((int) Math.max(300, millis * 20)));
            } finally {
                pid = kill(p);
            }
            List<String> now = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            checkHistory(now, before, round);
            changed += now.equals(before) ? 0 : 1;
            temporaries += leftovers(folder, targets, pid, "history", round);
            before = now;
        }
        assertThat(before.size()).as("lines in the history file at the end").isGreaterThan(0);
        return new Tally("history", KILLS, changed, temporaries);
    }

    /**
     * The history after a kill: whole lines, numbered one after another, each with its payload;
     * the old file unchanged, or the old lines (the last 1,000 of them) followed by new ones.
     */
    private static void checkHistory(List<String> now, List<String> before, int round) {
        int previous = -1;
        for (String line : now) {
            Matcher m = HISTORY_LINE.matcher(line);
            assertThat(m.matches()).as("round %d: a whole history line: %.80s…", round, line).isTrue();
            int k = Integer.parseInt(m.group(2));
            assertThat(m.group(1)).as("round %d: line %d's payload", round, k).isEqualTo(SaveUntilKilled.historyLine(k));
            assertThat(previous == -1 || k == previous + 1).as("round %d: line %d follows %d", round, k, previous).isTrue();
            previous = k;
        }
        if (now.equals(before)) {
            return;
        }
        int lastBefore = before.isEmpty() ? 0 : number(before.get(before.size() - 1));
        assertThat(previous).as("round %d: the history only grows", round).isGreaterThan(lastBefore);
        int added = previous - lastBefore;
        assertThat(now).as("round %d: the old lines kept, then the new", round)
                .hasSize(Math.min(SharedHistory.FILE_SIZE, before.size() + added));
        List<String> kept = now.subList(0, now.size() - added);
        assertThat(kept).isEqualTo(before.subList(before.size() - kept.size(), before.size()));
    }

    private static int number(String historyLine) {
        Matcher m = HISTORY_LINE.matcher(historyLine);
        assertThat(m.matches()).isTrue();
        return Integer.parseInt(m.group(2));
    }

    /**
     * Checks that the folder holds the targets and, at most, temporary files of the killed
     * process {@code pid}; returns how many of those there are.
     */
    private static int leftovers(Path folder, List<String> targets, long pid, String kind, int round)
            throws IOException {
        int temporaries = 0;
        for (String name : entries(folder)) {
            if (targets.contains(name)) {
                continue;
            }
            Matcher m = TEMPORARY.matcher(name);
            assertThat(m.matches() && targets.contains(m.group(1)) && Long.parseLong(m.group(2)) == pid)
                    .as("%s round %d: %s in the folder after kill -9 of %d", kind, round, name, pid).isTrue();
            temporaries++;
        }
        return temporaries;
    }

    /** The real wb, started in a folder where a kill left a temporary file, removes it. */
    private void theRealWbStartSweepsWhatAKillLeft() throws Exception {
        Path folder = dir.resolve("csv");
        long pid = -1;
        for (int attempt = 0; attempt < 20 && pid < 0; attempt++) {
            Process p = child("csv", folder, attempt % 2, "loop");
            long killed;
            try {
                assertThat(firstLine(p)).isEqualTo("ready");
                go(p);
                Thread.sleep(300 + attempt * 50L);
            } finally {
                killed = kill(p);
            }
            if (entries(folder).size() > 1) {
                pid = killed;
            }
        }
        assertThat(pid).as("a kill that left a temporary file, for the start to sweep").isPositive();
        Path jar = Path.of(System.getProperty("wb.jar", "target/wb.jar")).toAbsolutePath();
        Process wb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "-").directory(folder.toFile()).redirectErrorStream(true).start();
        wb.getOutputStream().write("System.out.println(1 + 1);\n".getBytes(StandardCharsets.UTF_8));
        wb.getOutputStream().close();
        String out = new String(wb.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(wb.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("2");
        assertThat(entries(folder)).as("the folder after wb started in it").containsExactly("data.csv");
    }

    private Process child(String kind, Path folder, int version, String mode) throws IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                SaveUntilKilled.class.getName(), kind, folder.toString(), Integer.toString(version), mode)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Lets a child that said ready begin to save, once the test has seen the folder its start left. */
    private static void go(Process p) throws IOException {
        p.getOutputStream().write('\n');
        p.getOutputStream().flush();
    }

    /** The first line the child prints (its standard output stays open until it ends). */
    private static String firstLine(Process p) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        return line == null ? "(ended with status " + waitStatus(p) + ")" : line;
    }

    private static int waitStatus(Process p) {
        try {
            return p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** SIGKILL (what {@code destroyForcibly} sends on Linux), and waits until the process is gone. */
    private static long kill(Process p) throws InterruptedException {
        long pid = p.pid();
        p.destroyForcibly();
        assertThat(p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).as("process %d ended", pid).isTrue();
        assertThat(p.exitValue()).as("killed by signal 9").isEqualTo(128 + 9);
        return pid;
    }

    /** Polls the folder until a save's temporary file is in it, or the time is up. */
    private static void waitForATemporaryFile(Path folder, long millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(folder)) {
                if (files.anyMatch(f -> TEMPORARY.matcher(f.getFileName().toString()).matches())) {
                    return;
                }
            }
        }
    }

    private static List<String> entries(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return new ArrayList<>(new TreeSet<>(s.map(p -> p.getFileName().toString()).toList()));
        }
    }
}
