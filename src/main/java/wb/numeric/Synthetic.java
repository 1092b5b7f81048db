package wb.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;
import wb.numeric.kernel.Rng;

/**
 * Synthetic data sets beyond the notebook's linear one: a noisy curve in one variable (to fit
 * with many features and watch it overfit) and correlated features (whose elongated loss
 * contours show ridge's shrinkage by direction). Each draws from the generator it is given and
 * advances it only if the data set is made.
 */
public final class Synthetic {
    private static final String TASK = "generating data set";

    private Synthetic() {
    }

    /**
     * M points of a noisy curve: x uniform in [lo, hi], y = f(x) + noise·ε, ε standard normal.
     *
     * <p>Draw order: the M values of x (numpy's {@code np.random.uniform(lo, hi, M)}, lo + (hi − lo)·u),
     * then, if noise &gt; 0, the M values of ε ({@code np.random.randn(M)}). X is M×1 with column
     * {@code x}; nothing is known of true weights.
     *
     * @throws IllegalArgumentException for M &lt; 1, lo ≥ hi, noise &lt; 0, non-finite numbers,
     *     or an f(x) that is not finite (naming the x)
     */
    public static Dataset curve(Rng rng, int m, DoubleUnaryOperator f, double lo, double hi, double noise,
                                ProgressListener progress) {
        Checks.positive("M", m);
        if (f == null) {
            throw new IllegalArgumentException("f must not be null; pass the curve, e.g. x -> StrictMath.sin(3 * x)");
        }
        Checks.finite("lo", lo);
        Checks.finite("hi", hi);
        if (!(hi > lo)) {
            throw new IllegalArgumentException("the interval must have lo < hi, but got lo = " + Repr.scalar(lo)
                    + ", hi = " + Repr.scalar(hi));
        }
        checkNoise(noise);
        Rng work = rng.copy();
        double[] x = new double[m];
        for (int i = 0; i < m; i++) {
            if ((i & 0xffff) == 0) {
                ComputationInterruptedException.check(TASK);
            }
            x[i] = lo + (hi - lo) * work.nextDouble();
        }
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            double v = f.applyAsDouble(x[i]);
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("f(x) must be finite, but f(" + Repr.scalar(x[i]) + ") = "
                        + Repr.scalar(v) + " (row " + i + ")");
            }
            y[i] = v;
        }
        if (noise > 0) {
            for (int i = 0; i < m; i++) {
                if ((i & 0xffff) == 0) {
                    ComputationInterruptedException.check(TASK);
                }
                y[i] += noise * work.nextGaussian();
            }
        }
        progress.progress(TASK, m, m);
        rng.restoreFrom(work);
        return Dataset.create(x, y, m, 1, 0.0, noise, rng.seed(), null, null, List.of("x"), "y");
    }

    /**
     * M rows of N equicorrelated standard normal features and y = X·w + noise·ε: each row draws
     * z₀, z₁, …, z_N and sets x_j = √ρ·z₀ + √(1 − ρ)·z_j, so every pair of features has
     * correlation ρ and unit variance.
     *
     * <p>Draw order: the M×(N+1) values z row by row ({@code np.random.randn(M, N + 1)}), then, if
     * noise &gt; 0, the M values of ε.
     *
     * @param rho the correlation, in [0, 1)
     * @throws IllegalArgumentException for M &lt; 1, no weights, ρ outside [0, 1), noise &lt; 0
     *     or non-finite numbers
     */
    public static Dataset correlated(Rng rng, int m, double[] weights, double rho, double noise,
                                     ProgressListener progress) {
        Checks.positive("M", m);
        Checks.trueWeights(weights);
        int n = weights.length;
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("rho is a correlation and must be in [0, 1), but was " + Repr.scalar(rho));
        }
        checkNoise(noise);
        long size = (long) m * n;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("M×N = " + size + " values do not fit one Java array; use fewer rows");
        }
        Rng work = rng.copy();
        double a = Math.sqrt(rho);
        double b = Math.sqrt(1 - rho);
        double[] x = new double[(int) size];
        double[] z = new double[n + 1];
        double[] w = weights.clone();
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            if ((i & 0x3fff) == 0) {
                ComputationInterruptedException.check(TASK);
            }
            work.fillGaussian(z, 0, n + 1);
            double s = 0;
            for (int j = 0; j < n; j++) {
                double v = a * z[0] + b * z[j + 1];
                x[i * n + j] = v;
                s += v * w[j];
            }
            y[i] = s;
        }
        if (noise > 0) {
            for (int i = 0; i < m; i++) {
                y[i] += noise * work.nextGaussian();
            }
        }
        progress.progress(TASK, m, m);
        rng.restoreFrom(work);
        List<String> columns = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            columns.add("x" + (j + 1));
        }
        return Dataset.create(x, y, m, n, 0.0, noise, rng.seed(), null, w, columns, "y");
    }

    private static void checkNoise(double noise) {
        Checks.finite("noise", noise);
        if (noise < 0) {
            throw new IllegalArgumentException("noise is a standard deviation and must be >= 0, but was "
                    + Repr.scalar(noise));
        }
    }
}
