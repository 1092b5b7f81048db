package wb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every script under scripts/ against its recorded transcript, with the packaged {@code wb test}
 * on the JDK under test, so that the examples cannot rot; and reruns are byte-identical.
 */
class ScriptsIT extends LauncherRuns {
    @TempDir
    Path dir;

    static List<String> scripts() throws Exception {
        try (Stream<Path> files = Files.walk(Launcher.ROOT.resolve("scripts"))) {
            List<String> names = new ArrayList<>();
            files.filter(p -> p.toString().endsWith(".jsh")).sorted(Comparator.naturalOrder())
                    .forEach(p -> names.add(Launcher.ROOT.relativize(p).toString()));
            return names;
        }
    }

    @Test
    void everyScriptMatchesItsTranscript() throws Exception {
        List<String> args = new ArrayList<>(List.of("test"));
        args.addAll(scripts());
        assertThat(args).hasSizeGreaterThan(3);
        Launcher.Result r = wb.run(Launcher.ROOT, null, args.toArray(String[]::new));
        assertThat(r.status()).as(r.out() + r.err()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("PASS "))).hasSize(args.size() - 1);
    }

    @Test
    void aChangedNumberInAScriptFailsWithADiff() throws Exception {
        Path script = dir.resolve("weight-decay.jsh");
        String text = Files.readString(Launcher.ROOT.resolve("scripts/weight-decay.jsh"));
        Files.writeString(script, text.replace("double lambda = 1e3;", "double lambda = 1e2;"));
        Files.copy(Launcher.ROOT.resolve("scripts/weight-decay.out"), dir.resolve("weight-decay.out"));
        copyTree(Launcher.ROOT.resolve("scripts/weight-decay.figures"), dir.resolve("weight-decay.figures"));
        Launcher.Result r = wb.run(Launcher.ROOT, null, "test", script.toString());
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL ", "standard output differs:", "-w_ls_l2 = [[1.52825851]]", "+w_ls_l2 = ",
                "figure 03-ls_wd.png differs");
    }

    @Test
    void twoRunsGiveByteIdenticalOutputAndFigures() throws Exception {
        Launcher.Result first = wb.run(Launcher.ROOT, null, "--out", dir.resolve("a").toString(),
                "scripts/weight-decay.jsh");
        Launcher.Result second = wb.run(Launcher.ROOT, null, "--out", dir.resolve("b").toString(),
                "scripts/weight-decay.jsh");
        assertThat(first.status()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        try (Stream<Path> files = Files.list(dir.resolve("a"))) {
            for (Path a : (Iterable<Path>) files::iterator) {
                assertThat(Files.readAllBytes(dir.resolve("b").resolve(a.getFileName())))
                        .as(a.getFileName().toString()).isEqualTo(Files.readAllBytes(a));
            }
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
