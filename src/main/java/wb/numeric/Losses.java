package wb.numeric;

import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;

/**
 * The notebook's losses, objectives and gradients on a data set, in the seed README's
 * conventions (X is M×N, y is M×1, w is N×1, λ ≥ 0). Every function checks that w has N entries
 * and that λ is a finite number ≥ 0.
 *
 * <p>Losses go through the data set's cached {@link Statistics} (O(N²) per call, whatever M is)
 * in a form that has no cancellation at the minimum; {@link #lsDirect} is the O(MN) textbook
 * evaluation, for comparison.
 */
public final class Losses {
    private Losses() {
    }

    /**
     * LS(w) = ½‖Xw − y‖². When the cached statistics overflow (entries of X or y near 1e155 and
     * beyond make XᵀX infinite, and the result NaN or infinite), it is computed again from the
     * rows, with the sum of squares scaled as BLAS's nrm2 does, so it is infinite only when the
     * loss itself is beyond the largest double.
     */
    public static double ls(Dataset d, double[] w, ProgressListener progress) {
        checkWeights(d, w);
        double viaStatistics = d.stats(progress).ls(w);
        return Double.isFinite(viaStatistics) ? viaStatistics : lsScaled(d, w);
    }

    /** ½‖Xw − y‖² from the rows: ½·scale²·Σ(rᵢ/scale)², scale the largest |rᵢ| so far. */
    static double lsScaled(Dataset d, double[] w) {
        double[] x = d.xRaw();
        double[] y = d.yRaw();
        int n = d.n();
        double scale = 0;
        double sum = 1;
        for (int i = 0; i < d.m(); i++) {
            if ((i & 8191) == 0) {
                ComputationInterruptedException.check("loss from the rows");
            }
            double r = residual(x, y, w, n, i);
            if (Double.isNaN(r)) {
                return Double.NaN;
            }
            double a = Math.abs(r);
            if (a == 0) {
                continue;
            }
            if (a > scale) {
                sum = 1 + sum * (scale / a) * (scale / a);
                scale = a;
            } else {
                sum += (a / scale) * (a / scale);
            }
        }
        return scale == 0 ? 0 : scale * (scale * (sum / 2));
    }

    /** xᵢ·w − yᵢ, with the dot product scaled by a power of two when its terms would overflow. */
    private static double residual(double[] x, double[] y, double[] w, int n, int i) {
        int o = i * n;
        double p = 0;
        for (int j = 0; j < n; j++) {
            p += x[o + j] * w[j];
        }
        double r = p - y[i];
        if (Double.isFinite(r)) {
            return r;
        }
        // 2⁻⁶⁰⁰ is exact to apply and to undo, and brings any product of two finite doubles in range
        p = 0;
        for (int j = 0; j < n; j++) {
            p += Math.scalb(x[o + j], -600) * w[j];
        }
        return Math.scalb(p - Math.scalb(y[i], -600), 600);
    }

    /** MSE(w) = (1/M)‖Xw − y‖² = (2/M)·LS(w). */
    public static double mse(Dataset d, double[] w, ProgressListener progress) {
        return 2.0 * ls(d, w, progress) / d.m();
    }

    /** WD(λ, w) = (λ/2)‖w‖². */
    public static double wd(double lambda, double[] w) {
        Checks.lambda("lambda", lambda);
        checkFinite(w);
        double s = 0;
        for (double v : w) {
            s += v * v;
        }
        return s * lambda / 2;
    }

    /** J_LS(λ, w) = LS(w) + (λ/2)‖w‖². */
    public static double objectiveLs(Dataset d, double lambda, double[] w, ProgressListener progress) {
        Checks.lambda("lambda", lambda);
        return ls(d, w, progress) + wd(lambda, w);
    }

    /** J_MSE(λ₂, w) = MSE(w) + (λ₂/2)‖w‖². */
    public static double objectiveMse(Dataset d, double lambda2, double[] w, ProgressListener progress) {
        Checks.lambda("lambda2", lambda2);
        return mse(d, w, progress) + wd(lambda2, w);
    }

    /**
     * ∇LS(w) = Xᵀ(Xw − y). When the cached statistics overflow (Gw − b is then inf − inf, NaN),
     * it is computed again from the rows, scaled so that it is infinite only where the gradient
     * itself is beyond the largest double.
     */
    public static Vec gradLs(Dataset d, double[] w, ProgressListener progress) {
        checkWeights(d, w);
        double[] g = d.stats(progress).gradLs(w);
        for (double v : g) {
            if (!Double.isFinite(v)) {
                return Vec.wrap(gradLsFromRows(d, w));
            }
        }
        return Vec.wrap(g);
    }

    /**
     * Xᵀr with r = Xw − y from the rows, as 2^(ex+er)·Σᵢ (xᵢ·2^−ex)(rᵢ·2^−er): ex and er the
     * exponents of the largest |x| and |r|, so no product or partial sum overflows (powers of two
     * scale exactly) and only the last step can.
     */
    static double[] gradLsFromRows(Dataset d, double[] w) {
        double[] x = d.xRaw();
        double[] y = d.yRaw();
        int m = d.m();
        int n = d.n();
        double[] r = new double[m];
        double maxR = 0;
        double maxX = 0;
        for (int i = 0; i < m; i++) {
            if ((i & 8191) == 0) {
                ComputationInterruptedException.check("gradient from the rows");
            }
            r[i] = residual(x, y, w, n, i);
            maxR = Math.max(maxR, Math.abs(r[i]));
            for (int j = 0; j < n; j++) {
                maxX = Math.max(maxX, Math.abs(x[i * n + j]));
            }
        }
        double[] g = new double[n];
        if (!Double.isFinite(maxR)) {
            throw new IllegalArgumentException("a residual xᵢ·w − yᵢ is beyond the largest double, so the gradient"
                    + " cannot be computed; w = " + Repr.array1d(w) + " is too large for this data");
        }
        if (maxR == 0 || maxX == 0) {
            return g;
        }
        int er = Math.getExponent(maxR);
        int ex = Math.getExponent(maxX);
        for (int i = 0; i < m; i++) {
            double ri = Math.scalb(r[i], -er);
            for (int j = 0; j < n; j++) {
                g[j] += Math.scalb(x[i * n + j], -ex) * ri;
            }
        }
        for (int j = 0; j < n; j++) {
            g[j] = Math.scalb(g[j], ex + er);
        }
        return g;
    }

    /** ∇MSE(w) = (2/M)·Xᵀ(Xw − y). */
    public static Vec gradMse(Dataset d, double[] w, ProgressListener progress) {
        return gradLs(d, w, progress).times(2.0 / d.m());
    }

    /** ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw. */
    public static Vec gradObjectiveLs(Dataset d, double lambda, double[] w, ProgressListener progress) {
        Checks.lambda("lambda", lambda);
        return gradLs(d, w, progress).plus(Vec.of(w).times(lambda));
    }

    /** ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w. */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, double[] w, ProgressListener progress) {
        Checks.lambda("lambda2", lambda2);
        return gradMse(d, w, progress).plus(Vec.of(w).times(lambda2));
    }

    /** LS(w) = ½ Σᵢ (xᵢ·w − yᵢ)², straight from the rows in O(MN): the reference the tests compare with. */
    public static double lsDirect(Dataset d, double[] w) {
        checkWeights(d, w);
        double[] x = d.xRaw();
        double[] y = d.yRaw();
        int n = d.n();
        double s = 0;
        for (int i = 0; i < d.m(); i++) {
            double p = 0;
            int o = i * n;
            for (int j = 0; j < n; j++) {
                p += x[o + j] * w[j];
            }
            double r = p - y[i];
            s += r * r;
        }
        return s / 2;
    }

    static void checkWeights(Dataset d, double[] w) {
        if (w == null) {
            throw new IllegalArgumentException("w must not be null; pass N = " + d.n() + " weights");
        }
        if (w.length != d.n()) {
            throw new IllegalArgumentException("w has " + w.length + (w.length == 1 ? " entry" : " entries")
                    + " but the data set has N = " + d.n() + " features; pass " + d.n()
                    + (d.n() == 1 ? " weight" : " weights"));
        }
        checkFinite(w);
    }

    private static void checkFinite(double[] w) {
        for (int j = 0; j < w.length; j++) {
            if (!Double.isFinite(w[j])) {
                throw new IllegalArgumentException("w[" + j + "] must be a finite number, but was " + Repr.scalar(w[j]));
            }
        }
    }

}
