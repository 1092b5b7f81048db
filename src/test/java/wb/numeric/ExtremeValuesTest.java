package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import wb.numeric.kernel.ProgressListener;

/**
 * Numbers at the ends of the double range: every answer is compared with the same formula
 * evaluated exactly in BigDecimal, or is exactly known. A wrong number must never come back
 * silently (before: lstsq gave [[0.]], ls and mse gave nan, linspace gave [nan, inf, 1e308]).
 */
class ExtremeValuesTest {
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    /** argmin ‖xw − y‖² for one feature, Σxᵢyᵢ / Σxᵢ², exactly. */
    private static double exactSlope(double[] x, double[] y) {
        BigDecimal xy = BigDecimal.ZERO;
        BigDecimal xx = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            xy = xy.add(new BigDecimal(x[i]).multiply(new BigDecimal(y[i])));
            xx = xx.add(new BigDecimal(x[i]).multiply(new BigDecimal(x[i])));
        }
        return xy.divide(xx, EXACT_ENOUGH).doubleValue();
    }

    /** ½Σ(xᵢw − yᵢ)², exactly, then rounded. */
    private static double exactLs(double[] x, double[] y, double w) {
        BigDecimal s = BigDecimal.ZERO;
        for (int i = 0; i < x.length; i++) {
            BigDecimal r = new BigDecimal(x[i]).multiply(new BigDecimal(w)).subtract(new BigDecimal(y[i]));
            s = s.add(r.multiply(r));
        }
        return s.divide(BigDecimal.valueOf(2)).doubleValue();
    }

    private static Dataset data(double[] x, double[] y) {
        return Dataset.of(Mat.of(x.length, 1, x), Vec.of(y));
    }

    @Test
    void lstsqNearTheLargestDoubleMatchesTheExactSolution() {
        double[] x = {1e308, 5e307, 1e307};
        double[] y = {1e308, 5e307, 1e307};
        assertThat(Solvers.lstsq(data(x, y), ProgressListener.NONE).item()).isCloseTo(1.0, within(1e-15));
        double[] y2 = {1e308, 4e307, 2e307};
        double expected = exactSlope(x, y2);
        assertThat(Solvers.lstsq(data(x, y2), ProgressListener.NONE).item()).isCloseTo(expected, within(1e-14 * expected));
    }

    @Test
    void lstsqOnDenormalValuesMatchesTheExactSolution() {
        double[] x = {4.9e-324, 1e-323, 2e-323};
        assertThat(Solvers.lstsq(data(x, x.clone()), ProgressListener.NONE).item()).isCloseTo(1.0, within(1e-15));
        double[] y = {1e-323, 1e-323, 4e-323};
        double expected = exactSlope(x, y);
        assertThat(Solvers.lstsq(data(x, y), ProgressListener.NONE).item()).isCloseTo(expected, within(1e-14 * expected));
    }

    @Test
    void lossesOnDataNear1e200AreTheExactValuesNotNan() {
        double[] x = {1e200, 2e200, 3e200};
        Dataset d = data(x, x.clone());
        assertThat(Losses.ls(d, new double[] {1.0}, ProgressListener.NONE)).isEqualTo(0.0);
        assertThat(Losses.mse(d, new double[] {1.0}, ProgressListener.NONE)).isEqualTo(0.0);
        double w = 1 + 0x1p-40;
        double expected = exactLs(x, x, w);
        assertThat(Losses.ls(d, new double[] {w}, ProgressListener.NONE)).isCloseTo(expected, within(1e-9 * expected));
        // a loss beyond the largest double is infinite, not NaN
        assertThat(Losses.ls(d, new double[] {2.0}, ProgressListener.NONE)).isEqualTo(Double.POSITIVE_INFINITY);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void normalAndRidgeOnDataNear1e200GiveTheAnswerNotSingular() {
        double[] x = {1e200, 2e200, 3e200};
        double[] y = {1e200, 4e200, 5e200};
        double expected = exactSlope(x, y);
        Dataset d = data(x, y);
        assertThat(Solvers.normal(d, ProgressListener.NONE).item()).isCloseTo(expected, within(1e-14 * expected));
        // λ = 1 is nothing next to XᵀX ≈ 1e401: the same answer
        assertThat(Solvers.ridge(d, 1.0, ProgressListener.NONE).item()).isCloseTo(expected, within(1e-14 * expected));
        assertThat(Solvers.ridgeMse(d, 1.0, ProgressListener.NONE).item()).isCloseTo(expected, within(1e-14 * expected));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // before: an SVD of an infinite XᵀX that never ended
    void normalOnTwoFeaturesNear1e200IsTheSolutionOfTheSameDataScaledDownByHand() {
        double[] x = {1e200, 3e200, 2e200, -1e200, 5e200, 1e200, 4e200, 2e200};
        double[] y = {7e200, 1e200, 3e200, 6e200};
        double[] down = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            down[i] = x[i] * 1e-200;
        }
        double[] yDown = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yDown[i] = y[i] * 1e-200;
        }
        // w is unchanged when X and y are scaled by the same factor
        double[] expected = Solvers.normal(Dataset.of(Mat.of(4, 2, down), Vec.of(yDown)), ProgressListener.NONE).toArray();
        double[] w = Solvers.normal(Dataset.of(Mat.of(4, 2, x), Vec.of(y)), ProgressListener.NONE).toArray();
        assertThat(w[0]).isCloseTo(expected[0], within(1e-12 * Math.abs(expected[0])));
        assertThat(w[1]).isCloseTo(expected[1], within(1e-12 * Math.abs(expected[1])));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // before: an SVD of an infinite XᵀX that never ended
    void lossesOnTwoFeaturesNear1e200AreTheExactValues() {
        double a = 0x1p664; // about 1.2e200
        double[] x = {a, 3 * a, 2 * a, -a, 5 * a, a};
        double[] y = {2.5 * a, 1.5 * a, 5.5 * a}; // X·(1, 0.5), exactly
        Dataset d = Dataset.of(Mat.of(3, 2, x), Vec.of(y));
        assertThat(Losses.ls(d, new double[] {1.0, 0.5}, ProgressListener.NONE)).isEqualTo(0.0);
        double[] w = {1.0, 0.5 + 0x1p-200}; // residuals near 1e140, whose squares are doubles
        BigDecimal exact = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            BigDecimal r = new BigDecimal(x[2 * i]).multiply(new BigDecimal(w[0]))
                    .add(new BigDecimal(x[2 * i + 1]).multiply(new BigDecimal(w[1]))).subtract(new BigDecimal(y[i]));
            exact = exact.add(r.multiply(r));
        }
        double expected = exact.divide(BigDecimal.valueOf(2)).doubleValue();
        assertThat(Losses.ls(d, w, ProgressListener.NONE)).isCloseTo(expected, within(1e-12 * expected));
        double[] normal = Solvers.normal(d, ProgressListener.NONE).toArray();
        assertThat(normal[0]).isCloseTo(1.0, within(1e-14));
        assertThat(normal[1]).isCloseTo(0.5, within(1e-14));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void normalOnDenormalValuesMatchesTheExactSolution() {
        double[] x = {4.9e-324, 1e-323, 2e-323};
        double[] y = {1e-323, 1e-323, 4e-323};
        double expected = exactSlope(x, y);
        assertThat(Solvers.normal(data(x, y), ProgressListener.NONE).item()).isCloseTo(expected, within(1e-14 * expected));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void ridgePathAndPathOnDataNear1e200AreThePathOfTheSameDataScaledDownByHand() {
        // before: every w(λ) was NaN, and rank 0, from a decomposition of an infinite XᵀX
        double a = 0x1p664; // about 1.2e200, so that scaling by hand is exact too
        double[] x = {a, 2 * a, 3 * a, -a, 0.5 * a, 1.5 * a, 2 * a, 2 * a};
        double[] y = {a, 2 * a, 3 * a, 4 * a};
        double[] xDown = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            xDown[i] = x[i] / a;
        }
        double[] yDown = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            yDown[i] = y[i] / a;
        }
        Dataset big = Dataset.of(Mat.of(4, 2, x), Vec.of(y));
        Dataset small = Dataset.of(Mat.of(4, 2, xDown), Vec.of(yDown));
        // XᵀX = a²·X'ᵀX', so λ on the big data is λ/a² on the small (λ = 1 is 2^-1328 there, which
        // no double holds: 0): w(λ) is the same
        double[] lambdas = {0, 1, 1e300, 0x1p1000};
        double[] scaledLambdas = {0, 0, 1e300 / a / a, 0x1p-328};
        RegularizationPath p = RegularizationPath.of(big, lambdas, ProgressListener.NONE);
        RegularizationPath q = RegularizationPath.of(small, scaledLambdas, ProgressListener.NONE);
        assertThat(p.rank()).isEqualTo(2);
        assertThat(p.lambdas().toArray()).containsExactly(lambdas);
        double[] w = p.coefficients().toArray();
        double[] expected = q.coefficients().toArray();
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).as("w[%d]", i).isCloseTo(expected[i], within(1e-13 * Math.abs(expected[i])));
        }
        assertThat(p.dof().toArray()).containsExactly(q.dof().toArray());
        assertThat(Solvers.ridgePath(big, lambdas, ProgressListener.NONE).toArray()).containsExactly(w);
    }

    @Test
    void sweepsWhoseNumbersAreBeyondTheDoubleRangeOnDataNear1e200SayWhyInsteadOfNan() {
        // before: shrinkage, validation and gd printed nan, and a stability limit of 0
        double[] x = {1e200, 2e200, 3e200, -1e200, 0.5e200, 1.5e200, 2e200, 2e200, 1e200, 0, 0, 1e200};
        double[] y = {1e200, 2e200, 3e200, 4e200, 1e200, 2e200};
        Dataset d = Dataset.of(Mat.of(6, 2, x), Vec.of(y));
        assertThatThrownBy(() -> Shrinkage.of(d, 1.0, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("XᵀX or Xᵀy is beyond the largest double (the data's squares and products overflow), so"
                        + " XᵀX's eigenvalues cannot be computed; divide X and y by a power of ten first");
        assertThatThrownBy(() -> GradientDescent.rateLimit(d, GradientDescent.Loss.LS, 1.0, ProgressListener.NONE))
                .hasMessageContaining("XᵀX's eigenvalues cannot be computed");
        Split split = Split.of(new wb.numeric.kernel.Rng(0), d, 0.5);
        assertThatThrownBy(() -> ValidationCurve.of(split, new double[] {0, 1}, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MSE at λ = 0.0 is beyond the largest double");
    }

    @Test
    void theGradientOnDataNear1e200IsTheExactValueOrInfiniteNotNan() {
        // before: [nan, nan], from G·w − b with G = XᵀX infinite
        double a = 0x1p664;
        double[] x = {a, 3 * a, 2 * a, -a, 5 * a, a};
        double[] y = {a, 2 * a, 5 * a}; // X·(1, 0), exactly
        Dataset d = Dataset.of(Mat.of(3, 2, x), Vec.of(y));
        assertThat(Losses.gradLs(d, new double[] {1.0, 0.0}, ProgressListener.NONE).toArray()).containsExactly(0.0, 0.0);
        // residuals near 2^614: Xᵀr near 2^1280, beyond the largest double
        assertThat(Losses.gradLs(d, new double[] {1.0, 0x1p-50}, ProgressListener.NONE).toArray())
                .containsExactly(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);
        // A huge column beside a small one: XᵀX overflows through the first, and one residual of
        // -2^613 (the least a y near 2^665 can be off by) gives Xᵀr = (2^665·(−2^613), 3·(−2^613)):
        // the first beyond the largest double, the second a double, exactly.
        double[] mixed = {a, 1, 2 * a, 3, 3 * a, -1};
        double u = 0x1p613;
        Dataset m = Dataset.of(Mat.of(3, 2, mixed), Vec.of(a, 2 * a + u, 3 * a));
        assertThat(Losses.gradLs(m, new double[] {1.0, 0.0}, ProgressListener.NONE).toArray())
                .containsExactly(Double.NEGATIVE_INFINITY, -3 * u);
    }

    @Test
    void linspaceOverTheWholeDoubleRangeIsEvenlySpaced() {
        assertThat(Grid.linspace(-1e308, 1e308, 3).toArray()).containsExactly(-1e308, 0.0, 1e308);
        double[] five = Grid.linspace(-1e308, 1e308, 5).toArray();
        assertThat(five).containsExactly(-1e308, -5e307, 0.0, 5e307, 1e308);
        // the usual range is computed as before, bit for bit
        assertThat(Grid.linspace(-10, 10, 3).toArray()).containsExactly(-10, 0, 10);
    }
}
