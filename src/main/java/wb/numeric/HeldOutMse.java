package wb.numeric;

import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.Gram;
import wb.numeric.kernel.ProgressListener;

/**
 * The mean squared error MSE(w) = (1/m)‖Xw − y‖² of one fixed set of rows (a test set, a
 * held-out fold), evaluated for many w in O(N²) each through G = XᵀX, b = Xᵀy and yᵀy:
 * ‖Xw − y‖² = wᵀGw − 2wᵀb + yᵀy.
 *
 * <p>That form cancels when the residual is small next to its terms (a good fit, or data without
 * noise). Each evaluation therefore also bounds its rounding error,
 * E = (N + 16)·ε·(Σⱼ|wⱼ|√Gⱼⱼ + √(yᵀy))² (Cauchy–Schwarz bounds every term), and when E exceeds
 * 10⁻¹⁰ of the result it computes Σᵢ(xᵢ·w − yᵢ)² from the rows instead, so every value it
 * returns has about ten correct digits or more.
 */
final class HeldOutMse {
    private static final double EPS = Math.ulp(1.0);

    private final double[] x;
    private final double[] y;
    private final int m;
    private final int n;
    private final double[] g;
    private final double[] b;
    private final double yy;
    private final double[] scale;
    private int direct;

    private HeldOutMse(double[] x, double[] y, int m, int n, double[] g, double[] b, double yy) {
        this.x = x;
        this.y = y;
        this.m = m;
        this.n = n;
        this.g = g;
        this.b = b;
        this.yy = yy;
        this.scale = new double[n];
        for (int j = 0; j < n; j++) {
            scale[j] = Math.sqrt(Math.max(0, g[j * n + j]));
        }
    }

    /** The rows of d, with d's cached statistics. */
    static HeldOutMse of(Dataset d, ProgressListener progress) {
        Statistics s = d.stats(progress);
        return new HeldOutMse(d.xRaw(), d.yRaw(), d.m(), d.n(), s.g(), s.b(), s.yty());
    }

    /** Row-major x (m×n) and y, with G, b and yᵀy already computed from them. */
    static HeldOutMse of(double[] x, double[] y, int m, int n, Gram.Result stats) {
        return new HeldOutMse(x, y, m, n, stats.g(), stats.b(), stats.yy());
    }

    /** MSE(w) for w of length N. */
    double mse(double[] w) {
        double quad = 0;
        double lin = 0;
        double bound = 0;
        for (int j = 0; j < n; j++) {
            double row = 0;
            int o = j * n;
            for (int k = 0; k < n; k++) {
                row += g[o + k] * w[k];
            }
            quad += w[j] * row;
            lin += w[j] * b[j];
            bound += Math.abs(w[j]) * scale[j];
        }
        double v = quad - 2 * lin + yy;
        bound += Math.sqrt(yy);
        double error = (n + 16) * EPS * bound * bound;
        if (v > 0 && error <= 1e-10 * v) {
            return v / m;
        }
        direct++;
        return directSum(w) / m;
    }

    /** How many evaluations fell back to the direct pass (for tests). */
    int directEvaluations() {
        return direct;
    }

    private double directSum(double[] w) {
        double s = 0;
        for (int i = 0; i < m; i++) {
            if ((i & 0xffff) == 0) {
                ComputationInterruptedException.check("held-out error");
            }
            int o = i * n;
            double p = 0;
            for (int j = 0; j < n; j++) {
                p += x[o + j] * w[j];
            }
            double r = p - y[i];
            s += r * r;
        }
        return s;
    }
}
