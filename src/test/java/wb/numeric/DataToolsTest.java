package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import wb.numeric.kernel.Permutation;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

/** Permutations, the new synthetic data sets, features and splits, against numpy's draws where they promise them. */
class DataToolsTest {

    @Test
    void permutationsAreNumpys() {
        // np.random.seed(0); np.random.permutation(10); np.random.permutation(7)
        Rng rng = new Rng(0);
        assertThat(Permutation.of(rng, 10)).containsExactly(2, 8, 4, 9, 1, 6, 7, 3, 0, 5);
        assertThat(Permutation.of(rng, 7)).containsExactly(3, 1, 2, 6, 5, 0, 4);
        // np.random.seed(1); np.random.permutation(1000)[:10]
        assertThat(Arrays.copyOf(Permutation.of(new Rng(1), 1000), 10))
                .containsExactly(507, 818, 452, 368, 242, 929, 262, 810, 318, 49);
        assertThat(Permutation.of(new Rng(0), 0)).isEmpty();
        assertThat(Permutation.of(new Rng(0), 1)).containsExactly(0);
    }

    @Test
    void aCurveDrawsNumpysUniformsThenNoise() {
        // np.random.seed(3); x = np.random.uniform(-1, 1, 3); e = np.random.randn(3)
        double[] x = {0.10159580514915101, 0.41629564523620965, -0.41819052217411135};
        double[] e = {0.9805538702908831, 0.027019041794523888, -0.46004212066268363};
        Rng rng = new Rng(3);
        Dataset d = Synthetic.curve(rng, 3, v -> 2 * v, -1, 1, 0.5, ProgressListener.NONE);
        assertThat(d.n()).isEqualTo(1);
        for (int i = 0; i < 3; i++) {
            assertThat(d.x().get(i, 0)).isEqualTo(x[i]);
            assertThat(d.y().get(i)).isCloseTo(2 * x[i] + 0.5 * e[i], within(1e-15));
        }
        assertThat(d.toString()).contains("noise=0.5").contains("seed=3");
        // a failure leaves the generator where it was
        Rng fresh = new Rng(3);
        assertThatThrownBy(() -> Synthetic.curve(fresh, 3, v -> 1 / (v - v), -1, 1, 0, ProgressListener.NONE))
                .hasMessageStartingWith("f(x) must be finite, but f(0.10159580514915101) = inf (row 0)");
        assertThat(fresh.nextDouble()).isEqualTo(new Rng(3).nextDouble());
        assertThatThrownBy(() -> Synthetic.curve(new Rng(0), 3, v -> v, 1, 1, 0, ProgressListener.NONE))
                .hasMessage("the interval must have lo < hi, but got lo = 1.0, hi = 1.0");
    }

    @Test
    void correlatedFeaturesMixOneSharedDraw() {
        // np.random.seed(2); z = np.random.randn(4, 3): row i gives x_j = √ρ z[i,0] + √(1−ρ) z[i,j]
        double[][] z = {{-0.4167578474054706, -0.056266827226329474, -2.136196095668454},
                {1.6402708084049886, -1.7934355851948631, -0.841747365656204},
                {0.5028814171580428, -1.2452880866072316, -1.057952218862339},
                {-0.9090076149268493, 0.5514540445464243, 2.2922080128149576}};
        Dataset d = Synthetic.correlated(new Rng(2), 4, new double[] {1, -2}, 0.64, 0, ProgressListener.NONE);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 2; j++) {
                assertThat(d.x().get(i, j)).isCloseTo(0.8 * z[i][0] + 0.6 * z[i][j + 1], within(1e-15));
            }
            assertThat(d.y().get(i)).isCloseTo(d.x().get(i, 0) - 2 * d.x().get(i, 1), within(1e-15));
        }
        // on many rows the sample correlation is close to ρ
        Dataset big = Synthetic.correlated(new Rng(0), 20000, new double[] {1, 1}, 0.9, 0, ProgressListener.NONE);
        Mat g = big.stats(ProgressListener.NONE).gram();
        assertThat(g.get(0, 1) / Math.sqrt(g.get(0, 0) * g.get(1, 1))).isCloseTo(0.9, within(0.01));
        assertThatThrownBy(() -> Synthetic.correlated(new Rng(0), 4, new double[] {1}, 1.0, 0, ProgressListener.NONE))
                .hasMessage("rho is a correlation and must be in [0, 1), but was 1.0");
    }

    @Test
    void polynomialFeaturesArePowers() {
        Dataset d = Dataset.of(Mat.of(3, 1, 0.5, -2, 0), Vec.of(1, 2, 3));
        Dataset p = Features.polynomial(d, 3);
        assertThat(p.n()).isEqualTo(4);
        assertThat(p.columns()).containsExactly("1", "x1", "x1^2", "x1^3");
        assertThat(p.x().row(0).toArray()).containsExactly(1, 0.5, 0.25, 0.125);
        assertThat(p.x().row(1).toArray()).containsExactly(1, -2, 4, -8);
        assertThat(p.x().row(2).toArray()).containsExactly(1, 0, 0, 0);
        assertThat(p.y()).isEqualTo(d.y());
        assertThatThrownBy(() -> Features.polynomial(Dataset.of(Mat.of(1, 2, 1, 2), Vec.of(1)), 2))
                .hasMessageStartingWith("polynomial features need a data set with one column x, but it has N = 2");
        assertThatThrownBy(() -> Features.polynomial(d, 0)).hasMessage("degree must be >= 1, but was 0");
        assertThatThrownBy(() -> Features.polynomial(Dataset.of(Mat.of(1, 1, 1e200), Vec.of(1)), 2))
                .hasMessageStartingWith("x^2 overflows at row 0 (x = 1e+200)");
    }

    @Test
    void randomFeaturesAreNumpysRandomFourierFeatures() {
        // np.random.seed(0); om = 2*randn(3, 1); b = 2π·random_sample(3); sqrt(2/3)·cos(X om.T + b)
        double[][] phi = {{-0.23068828890966747, -0.20513520768871576, -0.6800067418651256},
                {-0.3070092326688029, -0.5937257545968156, -0.5783608152912417}};
        Dataset d = Dataset.of(Mat.of(2, 1, 0.5, -0.2), Vec.of(1, 2));
        Dataset f = Features.random(new Rng(0), d, 3, 2.0);
        assertThat(f.columns()).containsExactly("rff1", "rff2", "rff3");
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                assertThat(f.x().get(i, j)).isCloseTo(phi[i][j], within(4e-16));
            }
        }
        // many features approximate the Gaussian kernel exp(−scale²(x − x')²/2)
        Dataset wide = Features.random(new Rng(1), d, 20000, 2.0);
        double k = wide.x().row(0).dot(wide.x().row(1));
        assertThat(k).isCloseTo(Math.exp(-4 * 0.49 / 2), within(0.02));
    }

    @Test
    void aSplitIsNumpysPermutationCut() {
        double[] xs = new double[10];
        double[] ys = new double[10];
        for (int i = 0; i < 10; i++) {
            xs[i] = i;
            ys[i] = 10 * i;
        }
        Dataset d = Dataset.of(Mat.of(10, 1, xs), Vec.of(ys));
        Rng rng = new Rng(0);
        Split s = Split.of(rng, d, 0.7);
        // np.random.seed(0); p = np.random.permutation(10): train p[:7], test p[7:]
        assertThat(s.trainRows()).containsExactly(2, 8, 4, 9, 1, 6, 7);
        assertThat(s.testRows()).containsExactly(3, 0, 5);
        assertThat(s.train().x().column(0).toArray()).containsExactly(2, 8, 4, 9, 1, 6, 7);
        assertThat(s.test().y().toArray()).containsExactly(30, 0, 50);
        assertThat(s.toString()).isEqualTo("Split: 7 training rows, 3 test rows, N = 1");
        // the generator moved on: the next permutation is numpy's second one
        assertThat(Permutation.of(rng, 7)).containsExactly(3, 1, 2, 6, 5, 0, 4);
        assertThatThrownBy(() -> Split.of(new Rng(0), d, 1.0))
                .hasMessage("fraction is the share of rows that train and must be in (0, 1), but was 1.0");
        assertThatThrownBy(() -> Split.of(new Rng(0), d, 0.05))
                .hasMessage("fraction 0.05 of M = 10 rows leaves no training rows; both parts need at least one row");
    }
}
