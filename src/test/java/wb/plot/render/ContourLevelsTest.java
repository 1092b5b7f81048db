package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.api.Data;
import wb.api.Objectives;
import wb.api.Workbench;
import wb.io.ToolProbe;
import wb.plot.Figure;

/**
 * A contour's default levels are matplotlib's: {@code MaxNLocator(n + 1, min_n_ticks=1)} over
 * the surface's range, trimmed as {@code ContourSet._autolev} trims them.
 */
class ContourLevelsTest {

    @TempDir
    Path dir;

    /**
     * {zmin, zmax, n, matplotlib's levels...}, made with Debian's python3-matplotlib 3.6.3 (numpy
     * 1.24.2) by
     * {@code fig, ax = plt.subplots(); print(ax.contour(np.array([[a, b], [b, a]]), levels=n).levels)}
     * (a 2 x 2 surface has exactly the range [a, b]). They cover every step of the staircase
     * (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 times a power of ten), ranges far from zero (an offset),
     * negative and tiny ranges, ends that are levels themselves, and n = 1 and 2, where fewer than
     * three levels would remain after trimming and all of the locator's are kept.
     */
    private static final double[][] MATPLOTLIB = {
        {0.0, 0.010898209571337213, 10, 0.0, 0.001, 0.002, 0.003, 0.004, 0.005, 0.006, 0.007, 0.008, 0.009000000000000001, 0.01, 0.011},
        {0.0, 17.553500007107885, 13, 0.0, 1.5, 3.0, 4.5, 6.0, 7.5, 9.0, 10.5, 12.0, 13.5, 15.0, 16.5, 18.0},
        {0.007, 0.01, 1, 0.006, 0.0075, 0.009000000000000001, 0.0105},
        {1000.396256162217, 1000.3963144081681, 4, 1000.396255, 1000.39627, 1000.396285, 1000.3963, 1000.396315},
        {-0.00011073730471651929, -9.077885143181121e-05, 9, -0.000112, -0.00011, -0.000108, -0.000106, -0.000104,
            -0.000102, -9.999999999999999e-05, -9.8e-05, -9.6e-05, -9.4e-05, -9.2e-05, -8.999999999999999e-05},
        {1.007, 1.01, 14, 1.007, 1.00725, 1.0075, 1.00775, 1.008, 1.00825, 1.0085, 1.00875, 1.009, 1.00925, 1.0095, 1.00975, 1.01},
        {-908.78, -470.39, 1, -1000.0, -750.0, -500.0, -250.0},
        {5796.130395204568, 80971.4435245615, 2, 0.0, 30000.0, 60000.0, 90000.0},
        {0.0, 580312.7089250891, 17, 0.0, 40000.0, 80000.0, 120000.0, 160000.0, 200000.0, 240000.0, 280000.0, 320000.0,
            360000.0, 400000.0, 440000.0, 480000.0, 520000.0, 560000.0, 600000.0},
        {1000.999025882324, 1001.0016473502859, 6, 1000.9988, 1000.9992, 1000.9996, 1001.0, 1001.0004, 1001.0008, 1001.0012,
            1001.0016, 1001.002},
        {-5062.916583143147, -5056.979102425289, 13, -5063.0, -5062.5, -5062.0, -5061.5, -5061.0, -5060.5, -5060.0, -5059.5,
            -5059.0, -5058.5, -5058.0, -5057.5, -5057.0, -5056.5},
        {0.0, 0.001762937931249673, 2, 0.0, 0.0006000000000000001, 0.0012000000000000001, 0.0018000000000000002},
        {0.017, 0.03, 17, 0.016800000000000002, 0.0176, 0.018400000000000003, 0.019200000000000002, 0.020000000000000004,
            0.020800000000000003, 0.0216, 0.022400000000000003, 0.023200000000000002, 0.024000000000000004, 0.024800000000000003,
            0.025600000000000005, 0.026400000000000003, 0.027200000000000002, 0.028000000000000004, 0.028800000000000003, 0.0296,
            0.030400000000000003},
        {1.2127725931971633e-05, 1.226711476253138e-05, 14, 1.2120000000000001e-05, 1.213e-05, 1.214e-05, 1.215e-05, 1.216e-05,
            1.217e-05, 1.218e-05, 1.219e-05, 1.22e-05, 1.2210000000000002e-05, 1.2220000000000002e-05, 1.2230000000000001e-05,
            1.2240000000000001e-05, 1.2250000000000001e-05, 1.2260000000000001e-05, 1.2270000000000001e-05},
    };

    @Test
    void roundLevelsAreTheOnesMatplotlibPicks() {
        for (double[] c : MATPLOTLIB) {
            double[] expected = Arrays.copyOfRange(c, 3, c.length);
            double[] got = Levels.count((int) c[2]).resolve(c[0], c[1]);
            assertLevels(got, expected, "levels=" + (int) c[2] + " over [" + c[0] + ", " + c[1] + "]");
        }
    }

    @Test
    void aFlatOrLevelFreeSurfaceGetsOneLevelAtItsMinimum() {
        // matplotlib: "No contour levels were found within the data range", levels = [zmin]
        assertThat(Levels.count(7).resolve(3.0, 3.0)).containsExactly(3.0);
    }

    @Test
    void theNotebooksMseOverMinusSevenToSevenDrawsLinesAt25To175() {
        Scene s = Scene.of(notebookMseContour().spec());
        double[] values = s.levels.stream().mapToDouble(Scene.Level::value).toArray();
        // matplotlib's levels are 0, 25, ..., 200; only those strictly inside the range have lines
        assertLevels(values, new double[] {0, 25, 50, 75, 100, 125, 150, 175, 200}, "the notebook's MSE");
        List<Double> drawn = new ArrayList<>();
        for (Scene.Level lv : s.levels) {
            if (!lv.lines().isEmpty()) {
                drawn.add(lv.value());
            }
        }
        assertThat(drawn).containsExactly(25.0, 50.0, 75.0, 100.0, 125.0, 150.0, 175.0);
    }

    /**
     * The same surface, sampled by wb, contoured by matplotlib itself (where Debian's
     * python3-matplotlib is installed at /usr/bin/python3; skipped elsewhere): the same levels,
     * and lines at the same ones.
     */
    @Test
    void matplotlibContoursTheNotebooksMseAtTheSameLevels() throws Exception {
        assumeTrue(matplotlibAvailable(), "/usr/bin/python3 with matplotlib is not installed");
        SurfaceData g = ((Contour) notebookMseContour().spec().series().get(0)).data();
        Path data = dir.resolve("surface.txt");
        StringBuilder b = new StringBuilder();
        b.append(join(g.x())).append('\n').append(join(g.y())).append('\n');
        for (double[] row : g.z()) {
            b.append(join(row)).append('\n');
        }
        Files.writeString(data, b.toString());
        String script = String.join("\n",
                "import sys, numpy as np, matplotlib",
                "matplotlib.use('Agg')",
                "import matplotlib.pyplot as plt",
                "rows = [list(map(float, l.split())) for l in open(sys.argv[1])]",
                "x, y, z = np.array(rows[0]), np.array(rows[1]), np.array(rows[2:])",
                "cs = plt.subplots()[1].contour(x, y, z)",
                "print(' '.join(repr(float(v)) for v in cs.levels))",
                "print(' '.join(repr(float(v)) for v, segs in zip(cs.levels, cs.allsegs) if len(segs)))");
        String[] out = python(script, data.toString()).strip().split("\n");
        double[] mplLevels = parse(out[0]);
        double[] mplDrawn = parse(out[1]);
        Scene s = Scene.of(notebookMseContour().spec());
        assertLevels(s.levels.stream().mapToDouble(Scene.Level::value).toArray(), mplLevels, "matplotlib's levels");
        assertLevels(s.levels.stream().filter(l -> !l.lines().isEmpty()).mapToDouble(Scene.Level::value).toArray(),
                mplDrawn, "matplotlib's drawn levels");
    }

    /** Many random ranges, each contoured by matplotlib and by wb (where matplotlib is installed). */
    @Test
    void matplotlibAgreesOnRandomRanges() throws Exception {
        assumeTrue(matplotlibAvailable(), "/usr/bin/python3 with matplotlib is not installed");
        String script = String.join("\n",
                "import numpy as np, matplotlib, warnings",
                "matplotlib.use('Agg')",
                "import matplotlib.pyplot as plt",
                "warnings.simplefilter('ignore')",
                "rng = np.random.default_rng(7)",
                "for i in range(200):",
                "    e = int(rng.integers(-8, 9))",
                "    a = [0.0, rng.normal() * 10.0**e, 1000 + rng.random()][i % 3]",
                "    b = a + abs(rng.normal()) * 10.0**(e + int(rng.integers(-3, 2)))",
                "    if i % 3 == 2: b = a + rng.random() * 0.01",
                "    if not b > a: continue",
                "    n = int(rng.integers(1, 20))",
                "    fig, ax = plt.subplots()",
                "    cs = ax.contour(np.array([[a, b], [b, a]]), levels=n)",
                "    print(repr(float(a)), repr(float(b)), n, ' '.join(repr(float(v)) for v in cs.levels))",
                "    plt.close(fig)");
        String[] lines = python(script).strip().split("\n");
        assertThat(lines.length).isGreaterThan(150);
        for (String line : lines) {
            double[] c = parse(line);
            assertLevels(Levels.count((int) c[2]).resolve(c[0], c[1]), Arrays.copyOfRange(c, 3, c.length), line);
        }
    }

    private static Figure notebookMseContour() {
        Workbench.bind(new Workbench(0));
        Data.dataset(1000, Data.vec(4.0, 1.5));
        return new Figure().contour((a, b) -> Objectives.mse(a, b), -7, 7, -7, 7);
    }

    private static void assertLevels(double[] got, double[] expected, String what) {
        assertThat(got).as(what + ": " + Arrays.toString(got)).hasSameSizeAs(expected);
        for (int i = 0; i < got.length; i++) {
            double scale = Math.max(Math.abs(expected[0]), Math.abs(expected[expected.length - 1]));
            assertThat(got[i]).as(what + ", level " + i).isCloseTo(expected[i], within(1e-12 * scale));
        }
    }

    private static boolean matplotlibAvailable() {
        return Files.isExecutable(Path.of("/usr/bin/python3"))
                && ToolProbe.runs(Duration.ofSeconds(60), "/usr/bin/python3", "-c", "import matplotlib");
    }

    private static String python(String script, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/python3", "-c", script));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private static String join(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(b.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.17g", d));
        }
        return b.toString();
    }

    private static double[] parse(String line) {
        String[] p = line.strip().split(" ");
        double[] v = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            v[i] = Double.parseDouble(p[i]);
        }
        return v;
    }
}
