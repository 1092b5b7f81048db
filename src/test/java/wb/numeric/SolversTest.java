package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.RidgeSolver;
import wb.numeric.kernel.Rng;
import wb.numeric.kernel.Workers;

class SolversTest {
    private static final ProgressListener P = ProgressListener.NONE;

    private static double relResidual(Dataset d, double lambda, Vec w) {
        int n = d.n();
        double[] g = d.stats(P).g();
        double[] b = d.stats(P).b();
        double num = 0;
        double den = 0;
        for (int j = 0; j < n; j++) {
            double s = lambda * w.get(j);
            for (int k = 0; k < n; k++) {
                s += g[j * n + k] * w.get(k);
            }
            num += (s - b[j]) * (s - b[j]);
            den += b[j] * b[j];
        }
        return Math.sqrt(num / den);
    }

    /**
     * Textbook case: Strang, Introduction to Linear Algebra (5th ed.), §4.3, Example 1: fit
     * b = C + Dt to (t, b) = (0, 6), (1, 0), (2, 0); the least-squares line is b = 5 − 3t.
     */
    @Test
    void strangsLineFitHasTheKnownAnswer() {
        Dataset d = Dataset.of(Mat.of(3, 2, 1, 0, 1, 1, 1, 2), Vec.of(6, 0, 0));
        for (Vec w : new Vec[] {Solvers.normal(d, P), Solvers.lstsq(d, P)}) {
            assertThat(w.get(0)).isCloseTo(5.0, within(1e-12));
            assertThat(w.get(1)).isCloseTo(-3.0, within(1e-12));
        }
        // The error vector e = (1, −2, 1) (Strang), so LS = ½‖e‖² = 3.
        assertThat(Losses.ls(d, new double[] {5, -3}, P)).isCloseTo(3.0, within(1e-12));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 10, 200})
    void ridgeSatisfiesItsNormalEquationsAndLstsqIsTheLimit(int n) {
        Rng rng = new Rng(n);
        Dataset d = Dataset.synthetic(rng, 3 * n + 50, n, 0.5, 0.3, P);
        for (double lambda : new double[] {0, 1e-3, 1, 1e3}) {
            Vec w = Solvers.ridge(d, lambda, P);
            assertThat(relResidual(d, lambda, w)).as("λ = %s", lambda).isLessThan(1e-10);
        }
        Vec ls = Solvers.lstsq(d, P);
        Vec tiny = Solvers.ridge(d, 1e-9, P);
        assertThat(ls.minus(tiny).norm() / ls.norm()).isLessThan(1e-8);
        Vec normal = Solvers.normal(d, P);
        assertThat(ls.minus(normal).norm() / ls.norm()).isLessThan(1e-9);
    }

    @Test
    void ridgePathAgreesWithSeparateSolves() {
        Dataset d = Dataset.synthetic(new Rng(3), 400, 30, 0, 1, P);
        double[] lambdas = {1e-2, 1, 10, 1e3, 1e5};
        Mat path = Solvers.ridgePath(d, lambdas, P);
        for (int k = 0; k < lambdas.length; k++) {
            Vec direct = Solvers.ridge(d, lambdas[k], P);
            assertThat(path.row(k).minus(direct).norm() / direct.norm()).isLessThan(1e-10);
        }
    }

    @Test
    void lstsqGivesTheMinimumNormSolutionWhenColumnsAreCollinear() {
        // Columns x and 2x: every w with w1 + 2w2 = c fits; the minimum-norm one is c·(1, 2)/5.
        double[] x = new double[200];
        double[] y = new double[100];
        Rng r = new Rng(1);
        for (int i = 0; i < 100; i++) {
            double t = r.nextGaussian();
            x[2 * i] = t;
            x[2 * i + 1] = 2 * t;
            y[i] = 3 * t;
        }
        Dataset d = Dataset.of(Mat.of(100, 2, x), Vec.of(y));
        Vec w = Solvers.lstsq(d, P);
        assertThat(w.get(0)).isCloseTo(0.6, within(1e-10));
        assertThat(w.get(1)).isCloseTo(1.2, within(1e-10));
        assertThatThrownBy(() -> Solvers.normal(d, P)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("singular").hasMessageContaining("lstsq()").hasMessageContaining("λ > 0");
        assertThatThrownBy(() -> Solvers.ridge(d, 0, P)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lstsq()");
        assertThat(relResidual(d, 1.0, Solvers.ridge(d, 1.0, P))).isLessThan(1e-10);
    }

    @Test
    void lstsqWithMoreFeaturesThanRowsIsMinimumNorm() {
        Dataset d = Dataset.synthetic(new Rng(9), 5, 12, 0, 0, P);
        Vec w = Solvers.lstsq(d, P);
        // It interpolates the data ...
        assertThat(Losses.lsDirect(d, w.toArray())).isLessThan(1e-20);
        // ... and equals Xᵀa with XXᵀa = y (the minimum-norm interpolant), computed independently.
        Mat x = d.x();
        double[] xxt = new double[25];
        for (int i = 0; i < 5; i++) {
            for (int k = 0; k < 5; k++) {
                xxt[i * 5 + k] = x.row(i).dot(x.row(k));
            }
        }
        double[] a = RidgeSolver.solve(xxt, d.y().toArray(), 5, 0);
        double[] expected = new double[12];
        for (int j = 0; j < 12; j++) {
            for (int i = 0; i < 5; i++) {
                expected[j] += x.get(i, j) * a[i];
            }
        }
        assertThat(w.minus(Vec.of(expected)).norm() / w.norm()).isLessThan(1e-10);
    }

    @Test
    void lstsqDoesNotDependOnTheThreadCount() {
        Dataset d = Dataset.synthetic(new Rng(2), 70_000, 20, 1, 1, P);
        Vec one = Solvers.lstsq(d, new Workers(1), P);
        assertThat(Solvers.lstsq(d, new Workers(2), P)).isEqualTo(one);
        assertThat(Solvers.lstsq(d, new Workers(5), P)).isEqualTo(one);
    }

    @Test
    void badLambdaIsRejectedWithItsValue() {
        Dataset d = Dataset.synthetic(new Rng(0), 10, 1, 0, 0, P);
        assertThatThrownBy(() -> Solvers.ridge(d, -1, P)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("lambda must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> Solvers.ridge(d, Double.NaN, P)).hasMessage(
                "lambda must be a finite number >= 0, but was nan");
        assertThatThrownBy(() -> Solvers.ridgeMse(d, -2, P)).hasMessageContaining("lambda2");
    }
}
