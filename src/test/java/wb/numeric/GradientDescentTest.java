package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import wb.numeric.kernel.Fmt;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

class GradientDescentTest {
    private static final double EPS = Math.ulp(1.0);

    private static Dataset data() {
        return Synthetic.correlated(new Rng(0), 200, new double[] {4.0, 1.5}, 0.8, 1.0, ProgressListener.NONE);
    }

    /** ∇LS(w) = Xᵀ(Xw − y) straight from the rows. */
    private static double[] rowGradient(Dataset d, double[] w) {
        double[][] x = d.x().toArray2d();
        double[] y = d.y().toArray();
        double[] g = new double[d.n()];
        for (int i = 0; i < d.m(); i++) {
            double r = -y[i];
            for (int j = 0; j < d.n(); j++) {
                r += x[i][j] * w[j];
            }
            for (int j = 0; j < d.n(); j++) {
                g[j] += x[i][j] * r;
            }
        }
        return g;
    }

    @Test
    void everyStepIsTheDecayIdentityToRounding() {
        Dataset d = data();
        double lambda = 150;
        double rate = 0.5 * GradientDescent.rateLimit(d, GradientDescent.Loss.LS, lambda, ProgressListener.NONE);
        Trajectory t = GradientDescent.run(d, GradientDescent.Loss.LS, lambda, rate, 30, new double[] {-6, 6},
                ProgressListener.NONE);
        assertThat(t.steps()).isEqualTo(30);
        for (int k = 0; k < 30; k++) {
            double[] w = t.w(k).toArray();
            // the gradient step on J = LS + (λ/2)‖w‖², with ∇J from Losses: w − rate·(∇LS(w) + λw)
            double[] gj = Losses.gradObjectiveLs(d, lambda, w, ProgressListener.NONE).toArray();
            double[] gls = Losses.gradLs(d, w, ProgressListener.NONE).toArray();
            double[] next = t.w(k + 1).toArray();
            for (int j = 0; j < 2; j++) {
                double viaJ = w[j] - rate * gj[j];
                double bound = 4 * EPS * (Math.abs(w[j]) + rate * Math.abs(gls[j]) + rate * lambda * Math.abs(w[j]));
                assertThat(next[j]).as("step %d, w%d", k + 1, j + 1).isCloseTo(viaJ, within(bound));
                // and the decay form itself: (1 − rate·λ)·w − rate·∇LS(w)
                assertThat(next[j]).isCloseTo((1 - rate * lambda) * w[j] - rate * gls[j], within(bound));
            }
            // with the gradient computed from the rows (an independent computation)
            double[] gRows = rowGradient(d, w);
            for (int j = 0; j < 2; j++) {
                double expected = (1 - rate * lambda) * w[j] - rate * gRows[j];
                assertThat(next[j]).isCloseTo(expected, within(1e-12 * (Math.abs(w[j]) + rate * Math.abs(gRows[j]))));
            }
        }
        assertThat(t.decayFactor()).isEqualTo(1 - rate * lambda);
    }

    @Test
    void withAndWithoutDecayTheIterationEndsAtTheClosedFormMinima() {
        Dataset d = data();
        for (double lambda : new double[] {0, 300}) {
            double rate = 1.0 / (2 / GradientDescent.rateLimit(d, GradientDescent.Loss.LS, lambda, ProgressListener.NONE));
            Trajectory t = GradientDescent.run(d, GradientDescent.Loss.LS, lambda, rate, 3000, new double[2],
                    ProgressListener.NONE);
            Vec exact = Solvers.ridge(d, lambda, ProgressListener.NONE);
            assertThat(t.minimiser()).isEqualTo(exact);
            assertThat(t.distance()).as("λ = " + lambda).isLessThan(1e-10 * exact.norm());
            assertThat(t.values().get(3000)).isCloseTo(t.minimum(), within(1e-9 * t.minimum()));
            assertThat(t.warning()).isEmpty();
            // J decreases at every step of a stable descent (once converged, up to rounding)
            for (int k = 1; k <= 3000; k++) {
                assertThat(t.values().get(k)).isLessThanOrEqualTo(t.values().get(k - 1) * (1 + 4 * EPS));
            }
        }
        // the MSE variant ends at ridgeMse(λ₂)
        double lambda2 = 1.5;
        double rate = 0.9 * GradientDescent.rateLimit(d, GradientDescent.Loss.MSE, lambda2, ProgressListener.NONE);
        Trajectory t = GradientDescent.run(d, GradientDescent.Loss.MSE, lambda2, rate, 4000, new double[2],
                ProgressListener.NONE);
        Vec exact = Solvers.ridgeMse(d, lambda2, ProgressListener.NONE);
        assertThat(t.distance()).isLessThan(1e-10 * exact.norm());
        assertThat(t.toString()).contains("(1/M)‖Xw − y‖² + (λ₂/2)‖w‖² with λ₂ = 1.5");
        // at the minimiser to rounding, the text says so rather than print noise digits
        assertThat(t.atMinimiser()).isTrue();
        assertThat(t.toString()).contains("; closed-form minimiser [").contains(", at it to rounding\n");
        Trajectory early = GradientDescent.run(d, GradientDescent.Loss.MSE, lambda2, rate, 5, new double[2],
                ProgressListener.NONE);
        assertThat(early.atMinimiser()).isFalse();
        assertThat(early.toString()).contains(", distance " + Fmt.g(early.distance(), 3) + "\n");
    }

    @Test
    void theStabilityLimitIsTwoOverTheTopEigenvalueFromAnSvdOfX() {
        Dataset d = data();
        double top = RegularizationPathTest.squaredSingularValues(d)[0];
        assertThat(GradientDescent.rateLimit(d, GradientDescent.Loss.LS, 50, ProgressListener.NONE))
                .isCloseTo(2 / (top + 50), within(1e-12 * 2 / (top + 50)));
        assertThat(GradientDescent.rateLimit(d, GradientDescent.Loss.MSE, 0.5, ProgressListener.NONE))
                .isCloseTo(2 / (2 * top / 200 + 0.5), within(1e-12));
    }

    @Test
    void aboveTheLimitItWarnsAndDiverges() {
        Dataset d = data();
        double limit = GradientDescent.rateLimit(d, GradientDescent.Loss.LS, 100, ProgressListener.NONE);
        Trajectory below = GradientDescent.run(d, GradientDescent.Loss.LS, 100, 0.95 * limit, 200, new double[2],
                ProgressListener.NONE);
        assertThat(below.unstable()).isFalse();
        assertThat(below.warning()).isEmpty();
        assertThat(below.toString()).startsWith("Trajectory: ");

        Trajectory above = GradientDescent.run(d, GradientDescent.Loss.LS, 100, 1.05 * limit, 200, new double[2],
                ProgressListener.NONE);
        assertThat(above.unstable()).isTrue();
        assertThat(above.last().norm()).isGreaterThan(1e3 * below.last().norm());
        assertThat(above.warning()).get().asString()
                .startsWith("warning: rate ").contains("is above the stability limit 2/σ_max(XᵀX + λI) = ")
                .contains("gradient descent diverges (‖w‖ went from 0 to ").contains("in 200 steps)")
                .endsWith("; use a rate below " + Fmt.g(limit, 3));
        assertThat(above.toString()).startsWith(above.warning().orElseThrow() + "\nTrajectory: ");

        Trajectory blownUp = GradientDescent.run(d, GradientDescent.Loss.LS, 100, 50 * limit, 100000, new double[2],
                ProgressListener.NONE);
        assertThat(blownUp.steps()).isLessThan(100000);
        assertThat(blownUp.warning()).get().asString()
                .contains("(w overflowed after " + blownUp.steps() + " of 100000 steps)");
        for (int k = 0; k <= blownUp.steps(); k++) {
            assertThat(Double.isFinite(blownUp.w(k).get(0))).isTrue();
        }
    }

    @Test
    void badInputIsRefused() {
        Dataset d = data();
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.LS, 1, 0, 10, new double[2], ProgressListener.NONE))
                .hasMessage("rate must be a finite number > 0, but was 0.0");
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.LS, 1, 1e-3, -1, new double[2], ProgressListener.NONE))
                .hasMessage("steps must be >= 0, but was -1");
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.LS, -1, 1e-3, 1, new double[2], ProgressListener.NONE))
                .hasMessage("lambda must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.MSE, -1, 1e-3, 1, new double[2], ProgressListener.NONE))
                .hasMessage("lambda2 must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.LS, 1, 1e-3, 1, new double[3], ProgressListener.NONE))
                .hasMessage("start has 3 entries but the data set has N = 2 features");
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.LS, 1, 1e-3, Integer.MAX_VALUE - 1, new double[2],
                ProgressListener.NONE))
                .hasMessage("steps = 2147483646 keeps 4294967294 iterate values (N = 2 per step), more than the 50000000"
                        + " a trajectory holds; ask for fewer steps");
        Trajectory t = GradientDescent.run(d, GradientDescent.Loss.LS, 1, 1e-3, 2, new double[2], ProgressListener.NONE);
        assertThatThrownBy(() -> t.w(3)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("step 3 is out of range: the trajectory has steps 0..2");
    }

    @Test
    void theLargestStepCountIsRefusedWithAMessageAboutTheSteps() {
        Dataset d = data();
        assertThatThrownBy(() -> GradientDescent.run(d, GradientDescent.Loss.LS, 1, 1e-3, Integer.MAX_VALUE, new double[2],
                ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("steps = 2147483647 keeps 4294967296 iterate values (N = 2 per step), more than the 50000000"
                        + " a trajectory holds; ask for fewer steps");
    }
}
