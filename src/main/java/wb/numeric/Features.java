package wb.numeric;

import java.util.ArrayList;
import java.util.List;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.Repr;
import wb.numeric.kernel.Rng;

/**
 * New features of the same rows, to turn a small 1-D problem into a model with many weights
 * (which then overfits, and which weight decay reins in): polynomial features and random
 * Fourier features. The targets y and the provenance (bias, noise, seed, source) are kept; true
 * weights, which belong to the old features, are dropped.
 */
public final class Features {
    private static final String TASK = "making features";

    private Features() {
    }

    /**
     * Polynomial features of a one-column data set: the row x becomes (1, x, x², …, x^degree), so
     * N = degree + 1. The constant column is a weight like the others and is penalised by λ too
     * (the notebook's model has no separate intercept).
     * Example: {@code polynomial(curve, 9)} has columns 1, x, x^2, …, x^9.
     *
     * @throws IllegalArgumentException when d has more than one column, degree &lt; 1, or a power
     *     overflows (naming the row)
     */
    public static Dataset polynomial(Dataset d, int degree) {
        if (d.n() != 1) {
            throw new IllegalArgumentException("polynomial features need a data set with one column x, but it has N = "
                    + d.n() + "; use randomFeatures(d, count, scale) for several columns");
        }
        if (degree < 1) {
            throw new IllegalArgumentException("degree must be >= 1, but was " + degree);
        }
        int m = d.m();
        int n = degree + 1;
        long size = (long) m * n;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("M×(degree + 1) = " + size + " values do not fit one Java array");
        }
        double[] in = d.xRaw();
        double[] x = new double[(int) size];
        for (int i = 0; i < m; i++) {
            if ((i & 0x3fff) == 0) {
                ComputationInterruptedException.check(TASK);
            }
            double p = 1;
            for (int j = 0; j < n; j++) {
                x[i * n + j] = p;
                p *= in[i];
            }
            if (!Double.isFinite(x[i * n + degree])) {
                throw new IllegalArgumentException("x^" + degree + " overflows at row " + i + " (x = " + Repr.scalar(in[i])
                        + "); scale x into about [-1, 1] first, or use a lower degree");
            }
        }
        String name = d.columns().get(0);
        List<String> columns = new ArrayList<>();
        columns.add("1");
        columns.add(name);
        for (int j = 2; j <= degree; j++) {
            columns.add(name + "^" + j);
        }
        return derive(d, x, n, columns);
    }

    /**
     * Random Fourier features (Rahimi and Recht, 2007): row x becomes
     * φ_j(x) = √(2/D)·cos(ω_jᵀx + b_j), j = 1..D, with ω_j ~ N(0, scale²·I) and b_j uniform in
     * [0, 2π); their inner products approximate the Gaussian kernel exp(−scale²‖x − x'‖²/2).
     *
     * <p>Draw order: the D×N entries of ω row by row ({@code scale·np.random.randn(D, N)}), then
     * the D offsets b ({@code 2π·np.random.random_sample(D)}). Cosines use {@link StrictMath}.
     * The generator advances only if the features are made.
     *
     * @param count D, the number of features (≥ 1)
     * @param scale the frequency scale (&gt; 0): larger gives wigglier features
     */
    public static Dataset random(Rng rng, Dataset d, int count, double scale) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, but was " + count);
        }
        Checks.finite("scale", scale);
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be > 0, but was " + Repr.scalar(scale));
        }
        int m = d.m();
        int nIn = d.n();
        long size = (long) m * count;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("M×count = " + size + " values do not fit one Java array");
        }
        Rng work = rng.copy();
        double[] omega = new double[count * nIn];
        work.fillGaussian(omega, 0, omega.length);
        for (int i = 0; i < omega.length; i++) {
            omega[i] *= scale;
        }
        double[] offset = new double[count];
        for (int j = 0; j < count; j++) {
            offset[j] = 2 * Math.PI * work.nextDouble();
        }
        double amplitude = Math.sqrt(2.0 / count);
        double[] in = d.xRaw();
        double[] x = new double[(int) size];
        for (int i = 0; i < m; i++) {
            if ((i & 0x3ff) == 0) {
                ComputationInterruptedException.check(TASK);
            }
            for (int j = 0; j < count; j++) {
                double s = offset[j];
                for (int k = 0; k < nIn; k++) {
                    s += omega[j * nIn + k] * in[i * nIn + k];
                }
                x[i * count + j] = amplitude * StrictMath.cos(s);
            }
        }
        rng.restoreFrom(work);
        List<String> columns = new ArrayList<>();
        for (int j = 1; j <= count; j++) {
            columns.add("rff" + j);
        }
        return derive(d, x, count, columns);
    }

    private static Dataset derive(Dataset d, double[] x, int n, List<String> columns) {
        return Dataset.create(x, d.yRaw(), d.m(), n, d.bias(), d.noise(), d.seed().isPresent() ? d.seed().getAsLong() : null,
                d.source().orElse(null), null, columns, d.target());
    }
}
