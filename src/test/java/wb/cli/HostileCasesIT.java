package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-case suite: wb run as a user would ({@code scripts/wb}), on inputs meant to break
 * it. Each case states the files before, the command, and what must hold after: the exit
 * status, a pattern that standard output and standard error must contain, and the exact files
 * left in the folder. It prints one line per case and a total line {@code N passed, N failed}.
 */
class HostileCasesIT {
    @TempDir
    static Path engines;

    @TempDir
    Path root;

    /**
     * In-process: each case has a folder of its own, and engines are keyed by folder, so through
     * the engine every case would start one (165 s against about a minute); LauncherIT and
     * ScriptsIT already show that both ways give the same bytes.
     */
    private final Launcher wb = Launcher.of(Launcher.Mode.IN_PROCESS, engines);

    @AfterAll
    static void stopEngines() throws Exception {
        Launcher.of(Launcher.Mode.ENGINE, engines).stopEngines();
    }

    /** One hostile case. {@code after} null: the files before, unchanged in name. */
    record Case(String name, Map<String, byte[]> before, List<String> args, int status, String stdout,
                String stderr, List<String> after) {
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> files(Object... pairs) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            m.put((String) pairs[i], v instanceof byte[] ? (byte[]) v : utf8((String) v));
        }
        return m;
    }

    private static Case script(String name, String code, int status, String stdout, String stderr) {
        return new Case(name, files("s.jsh", code), List.of("s.jsh"), status, stdout, stderr, null);
    }

    private static List<Case> cases() {
        List<Case> c = new ArrayList<>();
        c.add(new Case("a script that is not UTF-8", files("t.jsh", "// caf\u00e9\nint x = 1;\n".getBytes(StandardCharsets.ISO_8859_1)),
                List.of("t.jsh"), 1, "", "t.jsh:1:7: error: byte 0xE9 is not UTF-8", null));
        c.add(new Case("a script that /opens itself", files("a.jsh", "int a = 1;\n/open a.jsh\n"), List.of("a.jsh"), 1, "",
                "a.jsh:2:1: error: /open a.jsh: a.jsh opens itself", null));
        c.add(new Case("two scripts that /open each other", files("a.jsh", "/open b.jsh\n", "b.jsh", "/open a.jsh\n"),
                List.of("a.jsh"), 1, "", "b.jsh:1:1: error: /open a.jsh: a.jsh, which opens b.jsh, which opens a.jsh again", null));
        c.add(new Case("a CSV with a UTF-8 byte-order mark", files("bom.csv", "\uFEFFx,y\n1,2\n3,4\n",
                "s.jsh", "load(\"bom.csv\", \"y\").columns()\n"), List.of("s.jsh"), 0, "[x]", "", null));
        c.add(new Case("a CSV that is not UTF-8", files("latin1.csv", "city,y\nParis,1\nZ\u00fcrich,2\n".getBytes(StandardCharsets.ISO_8859_1),
                "s.jsh", "load(\"latin1.csv\")\n"), List.of("s.jsh"), 1, "",
                "latin1.csv:3:2: byte 0xFC is not UTF-8 (the file looks like Latin-1 or Windows-1252)", null));
        c.add(new Case("save under a parent that is a file", files("afile", "x",
                "s.jsh", "save(dataset(10, vec(1.0), 0.0), \"afile/x.csv\")\n"), List.of("s.jsh"), 1, "",
                "afile is a file, not a folder", null));
        c.add(script("save to an empty name", "save(dataset(10, vec(1.0), 0.0), \"\")\n", 1, "", "path is empty"));
        c.add(script("save to a null name", "save(dataset(10, vec(1.0), 0.0), null)\n", 1, "", "path is null"));
        c.add(new Case("save through a symbolic link", files("s.jsh", "save(dataset(10, vec(1.0), 0.0), \"link.csv\");\n"
                + "System.out.println(java.nio.file.Files.isSymbolicLink(java.nio.file.Path.of(\"link.csv\")) + \" \""
                + " + java.nio.file.Files.readAllLines(java.nio.file.Path.of(\"data.csv\")).size());\n"),
                List.of("s.jsh"), 0, "true 11", "", List.of("data.csv", "link.csv", "s.jsh")));
        c.add(new Case("an --out folder that cannot be made", files("afile", "x", "f.jsh", "plot(x -> x, 0, 1)\n"),
                List.of("--out", "afile/out", "f.jsh"), 1, "", "afile is a file, not a folder", null));
        c.add(script("a value whose toString() throws",
                "class Bad { public String toString() { throw new RuntimeException(\"boom\"); } }\nnew Bad()\n", 1, "",
                "s.jsh:1:1: error: RuntimeException: boom (thrown by the value's toString())"));
        c.add(script("ridgePath of no lambdas", "dataset(20, vec(1.0, 2.0), 0.1);\nridgePath(vec())\n", 0, "[]", ""));
        c.add(script("gd with Integer.MAX_VALUE steps", "dataset(20, vec(1.0), 0.1);\ngd(0.0, 0.1, Integer.MAX_VALUE)\n", 1, "",
                "steps = 2147483647 keeps 2147483648 iterate values"));
        c.add(script("a static initializer that throws", "class S {\n    static int v = Integer.parseInt(\"x\");\n}\nS.v\n", 1, "",
                "s.jsh:2:"));
        c.add(script("an exception in a thread the script started",
                "Thread t = new Thread(() -> { throw new IllegalStateException(\"in thread\"); }, \"worker\");\nt.start();\nt.join();\n"
                        + "System.out.println(\"after\");\n", 0, "after",
                "Exception in thread \"worker\" java.lang.IllegalStateException: in thread"));
        c.add(script("System.exit(7) on another thread",
                "Thread t = new Thread(() -> System.exit(7));\nt.start();\nt.join();\nSystem.out.println(\"after\");\n", 7, "", ""));
        c.add(script("lstsq near the largest double",
                "dataset(Mat.of(3, 1, 1e308, 5e307, 1e307), vec(1e308, 5e307, 1e307));\nlstsq()\n", 0, "[[1.]]", ""));
        c.add(script("ls and mse on data near 1e200",
                "dataset(Mat.of(3, 1, 1e200, 2e200, 3e200), vec(1e200, 2e200, 3e200));\nls(1.0)\nmse(1.0)\n", 0, "0.0\n0.0", ""));
        c.add(script("linspace over the whole double range", "linspace(-1e308, 1e308, 3)\n", 0, "[ 0.e+000]", ""));
        c.add(script("a plot over the whole double range", "plot(x -> x, -1e308, 1e308)\n", 1, "",
                "is wider than the largest double"));
        return c;
    }

    @Test
    void everyHostileCaseHolds() throws Exception {
        List<Case> cases = cases();
        int passed = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case k = cases.get(i);
            Path dir = Files.createDirectory(root.resolve("case" + i));
            for (Map.Entry<String, byte[]> f : k.before().entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            if (k.name().contains("symbolic link")) {
                Files.createSymbolicLink(dir.resolve("link.csv"), Path.of("data.csv"));
            }
            List<String> expectedAfter = k.after() != null ? k.after() : names(dir);
            Launcher.Result r = wb.run(dir, null, k.args().toArray(new String[0]));
            List<String> why = new ArrayList<>();
            if (r.status() != k.status()) {
                why.add("status " + r.status() + ", expected " + k.status());
            }
            if (!r.out().contains(k.stdout())) {
                why.add("stdout lacks " + k.stdout());
            }
            if (!r.err().contains(k.stderr())) {
                why.add("stderr lacks " + k.stderr());
            }
            if (k.name().contains("--out") && r.err().contains("saved in")) {
                why.add("claims figures were saved");
            }
            List<String> after = names(dir);
            if (!after.equals(expectedAfter)) {
                why.add("files after " + after + ", expected " + expectedAfter);
            }
            if (why.isEmpty()) {
                passed++;
                System.out.println("PASS  " + k.name());
            } else {
                String line = "FAIL  " + k.name() + ": " + String.join("; ", why) + "\n  stderr: "
                        + r.err().strip().replace("\n", "\n  ");
                failures.add(line);
                System.out.println(line);
            }
        }
        System.out.println(passed + " passed, " + failures.size() + " failed");
        assertThat(failures).isEmpty();
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).sorted()
                    .collect(Collectors.toList());
        }
    }
}
