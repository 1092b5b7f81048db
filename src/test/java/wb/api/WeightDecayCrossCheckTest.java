package wb.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import wb.numeric.Dataset;
import wb.numeric.Vec;

/**
 * The seed script's solutions computed a second way on the same data: the 1×1 and 2×2 normal
 * equations solved by hand with plain loops over X and y (Cramer's rule for 2×2), no ojAlgo and
 * none of wb's solvers. Both must agree to 1e-10 relative.
 */
class WeightDecayCrossCheckTest {
    private static final double RELATIVE = 1e-10;
    private static final double LAMBDA = 1e3;

    private Dataset oneD;
    private Dataset twoD;

    /** The script's draws: seed 0, the 1-D data set, then the 2-D one from the same stream. */
    @BeforeEach
    void drawTheScriptsData() {
        Workbench.bind(new Workbench(0));
        oneD = Data.dataset(1000, Data.vec(3.14), 1.0);
        twoD = Data.dataset(1000, Data.vec(4.0, 1.5));
    }

    /** Sums of products over the rows: [Σ x_j x_k] and [Σ x_j y]. */
    private static double[][] gram(Dataset d) {
        double[] x = d.x().toArray();
        double[] y = d.y().toArray();
        int n = d.n();
        double[][] gb = new double[n][n + 1];
        for (int r = 0; r < d.m(); r++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    gb[j][k] += x[r * n + j] * x[r * n + k];
                }
                gb[j][n] += x[r * n + j] * y[r];
            }
        }
        return gb;
    }

    private static void assertClose(double actual, double expected) {
        assertThat(actual).isCloseTo(expected, within(RELATIVE * Math.abs(expected)));
    }

    @Test
    void oneFeatureNormalEquationAndRidgeByHand() {
        double[][] gb = gram(oneD);
        double wLs = gb[0][1] / gb[0][0];
        double wRidge = gb[0][1] / (gb[0][0] + LAMBDA);
        assertClose(Fits.normal(oneD).get(0), wLs);
        assertClose(Fits.ridge(oneD, LAMBDA).get(0), wRidge);
        // MSE's minimiser with lambda2 = 2 lambda / M: (2/M g + lambda2)^-1 2/M b
        double lambda2 = 2 * LAMBDA / 1000;
        assertClose(Fits.ridgeMse(oneD, lambda2).get(0), (2.0 / 1000 * gb[0][1]) / (2.0 / 1000 * gb[0][0] + lambda2));
        // The notebook's own numbers for these draws, from src/bench/python/weight_decay_notebook.py with numpy.
        assertThat(wLs).isCloseTo(3.09364384626924, within(1e-12));
    }

    @Test
    void twoFeaturesRidgeByCramersRule() {
        double[][] gb = gram(twoD);
        double a = gb[0][0] + LAMBDA;
        double b = gb[0][1];
        double c = gb[1][0];
        double d = gb[1][1] + LAMBDA;
        double det = a * d - b * c;
        double w1 = (gb[0][2] * d - b * gb[1][2]) / det;
        double w2 = (a * gb[1][2] - c * gb[0][2]) / det;
        Vec ridge = Fits.ridge(twoD, LAMBDA);
        assertClose(ridge.get(0), w1);
        assertClose(ridge.get(1), w2);
        // Without noise the unregularised solution is the true weights.
        double det0 = gb[0][0] * gb[1][1] - gb[0][1] * gb[1][0];
        assertClose(Fits.normal(twoD).get(0), (gb[0][2] * gb[1][1] - gb[0][1] * gb[1][2]) / det0);
        assertThat(Fits.normal(twoD).get(0)).isCloseTo(4.0, within(1e-12));
    }
}
