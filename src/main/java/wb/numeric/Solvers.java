package wb.numeric;

import wb.numeric.kernel.Checks;
import wb.numeric.kernel.LambdaBridge;
import wb.numeric.kernel.LeastSquares;
import wb.numeric.kernel.PowersOfTwo;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Workers;

/**
 * The minimisers of the notebook's objectives on a data set: the normal-equation solution, least
 * squares by QR, ridge for the LS and MSE objectives, and ridge over many λ at once.
 */
public final class Solvers {
    private Solvers() {
    }

    /**
     * w = (XᵀX)⁻¹Xᵀy, solved by Cholesky on the cached XᵀX (never inverted); for data near the
     * ends of the double range, on the statistics of the data scaled by powers of two, as
     * {@link #ridge} says.
     *
     * @throws IllegalArgumentException if XᵀX is singular; the message suggests lstsq() or λ &gt; 0
     */
    public static Vec normal(Dataset d, ProgressListener progress) {
        return ridge(d, 0.0, progress);
    }

    /**
     * The minimiser of J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖²: w = (XᵀX + λI)⁻¹Xᵀy, solved by
     * Cholesky, or an SVD when XᵀX + λI is not numerically positive definite.
     *
     * <p>When X's or y's largest |value| is outside [2^-500, 2^500] (near 1e200 XᵀX overflows,
     * for denormals it underflows to 0), it is solved on X' = X·2^-ex and y' = y·2^-ey, the
     * exponents bringing the largest |values| near 1, exactly as {@link #lstsq} does:
     * <pre>  w = 2^(ey − ex) · (X'ᵀX' + λ·2^(−2ex)·I)⁻¹ X'ᵀy'</pre>
     * which is the same w, since XᵀX = 2^(2ex)·X'ᵀX' and Xᵀy = 2^(ex + ey)·X'ᵀy'.
     */
    public static Vec ridge(Dataset d, double lambda, ProgressListener progress) {
        Checks.lambda("lambda", lambda);
        return Vec.wrap(d.scaledStats(progress).ridge(lambda));
    }

    /**
     * The minimiser of J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²:
     * w = (2/M·XᵀX + λ₂I)⁻¹ 2/M·Xᵀy, which is ridge(λ₂·M/2).
     */
    public static Vec ridgeMse(Dataset d, double lambda2, ProgressListener progress) {
        Checks.lambda("lambda2", lambda2);
        return ridge(d, LambdaBridge.lambdaLsFromMse("lambda2", lambda2, d.m()), progress);
    }

    /**
     * Least squares by a streaming QR of [X | y]: argmin ‖Xw − y‖², the minimum-norm one when XᵀX
     * is singular (N &gt; M, collinear columns).
     */
    public static Vec lstsq(Dataset d, ProgressListener progress) {
        return lstsq(d, Workers.shared(), progress);
    }

    /** {@link #lstsq(Dataset, ProgressListener)} on the given workers. */
    public static Vec lstsq(Dataset d, Workers workers, ProgressListener progress) {
        double[] x = d.xRaw();
        double[] y = d.yRaw();
        int ex = PowersOfTwo.exponentToScale(x);
        int ey = PowersOfTwo.exponentToScale(y);
        if (ex == 0 && ey == 0) {
            return Vec.wrap(LeastSquares.solve(x, y, d.m(), d.n(), workers, progress).w());
        }
        // Values near the ends of the double range (1e308, or denormals) overflow or underflow
        // inside the QR's sums of squares. Scaled by powers of two, exactly, X' = X·2^-ex and
        // y' = y·2^-ey have the same least-squares solution up to w = w'·2^(ey - ex).
        double[] w = LeastSquares.solve(PowersOfTwo.scaled(x, -ex), PowersOfTwo.scaled(y, -ey), d.m(), d.n(), workers, progress).w();
        for (int j = 0; j < w.length; j++) {
            w[j] = Math.scalb(w[j], ey - ex);
        }
        return Vec.wrap(w);
    }

    /**
     * Ridge solutions for many λ, w(λ) = (XᵀX + λI)⁻¹Xᵀy, from the data set's kept decomposition
     * of XᵀX (see {@link RegularizationPath}): O(N³) once, then O(N²) per λ. Row k of the result
     * is w(λₖ).
     *
     * @throws IllegalArgumentException for a λ &lt; 0 or NaN, or λ = 0 with singular XᵀX
     */
    public static Mat ridgePath(Dataset d, double[] lambdas, ProgressListener progress) {
        if (lambdas.length == 0) {
            return Mat.wrap(new double[0], 0, d.n());
        }
        return RegularizationPath.of(d, lambdas, progress).coefficients();
    }

    /**
     * Ridge solutions for many λ from a fresh decomposition of {@code stats}' G (not the data
     * set's kept one): what a sweep costs the first time. Row k is w(λₖ).
     */
    public static Mat ridgePath(Statistics stats, double[] lambdas) {
        if (lambdas.length == 0) {
            return Mat.wrap(new double[0], 0, stats.n());
        }
        return RegularizationPath.of(stats, lambdas).coefficients();
    }
}
