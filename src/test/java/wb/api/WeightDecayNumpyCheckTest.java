package wb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wb.io.ToolProbe;
import wb.numeric.Dataset;

/**
 * An optional third computation of the seed script's solutions: numpy, reading the data sets wb
 * writes to CSV. It runs where a python3 with numpy is on the PATH and is skipped elsewhere; CI
 * does not need it (the plain-loop check in {@link WeightDecayCrossCheckTest} always runs).
 */
class WeightDecayNumpyCheckTest {
    private static final double LAMBDA = 1e3;

    @TempDir
    Path dir;

    private static boolean numpyAvailable() {
        return ToolProbe.runs(Duration.ofSeconds(30), "python3", "-c", "import numpy");
    }

    @Test
    void numpyAgreesOnTheSameData() throws Exception {
        assumeTrue(numpyAvailable(), "python3 with numpy is not installed");
        Workbench.bind(new Workbench(0));
        Dataset oneD = Data.dataset(1000, Data.vec(3.14), 1.0);
        Dataset twoD = Data.dataset(1000, Data.vec(4.0, 1.5));
        Data.save(oneD, dir.resolve("1d.csv").toString());
        Data.save(twoD, dir.resolve("2d.csv").toString());

        Process p = new ProcessBuilder("python3", "src/bench/python/weight_decay_check.py",
                dir.resolve("1d.csv").toString(), dir.resolve("2d.csv").toString(), Double.toString(LAMBDA))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        Map<String, double[]> numpy = new HashMap<>();
        for (String line : output.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            double[] values = new double[parts.length - 1];
            for (int i = 1; i < parts.length; i++) {
                values[i - 1] = Double.parseDouble(parts[i]);
            }
            numpy.put(parts[0], values);
        }
        assertClose(Fits.normal(oneD).toArray(), numpy.get("1d_ls"));
        assertClose(Fits.ridge(oneD, LAMBDA).toArray(), numpy.get("1d_ridge"));
        assertClose(Fits.normal(twoD).toArray(), numpy.get("2d_ls"));
        assertClose(Fits.ridge(twoD, LAMBDA).toArray(), numpy.get("2d_ridge"));
    }

    private static void assertClose(double[] wb, double[] numpy) {
        assertThat(wb).hasSameSizeAs(numpy);
        for (int i = 0; i < wb.length; i++) {
            assertThat(wb[i]).isCloseTo(numpy[i], within(1e-10 * Math.abs(numpy[i])));
        }
    }
}
