package wb.numeric;

/**
 * The minimisers of the notebook's objectives on a data set: the normal-equation solution, least
 * squares by QR, ridge for the LS and MSE objectives, and ridge over many λ at once.
 */
public final class Solvers {
    private Solvers() {
    }

    /**
     * w = (XᵀX)⁻¹Xᵀy, solved by Cholesky on the cached XᵀX (never inverted).
     *
     * @throws IllegalArgumentException if XᵀX is singular; the message suggests lstsq() or λ &gt; 0
     */
    public static Vec normal(Dataset d, ProgressListener progress) {
        return ridge(d, 0.0, progress);
    }

    /**
     * The minimiser of J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖²: w = (XᵀX + λI)⁻¹Xᵀy, solved by
     * Cholesky, or an SVD when XᵀX + λI is not numerically positive definite.
     */
    public static Vec ridge(Dataset d, double lambda, ProgressListener progress) {
        Losses.checkLambda("lambda", lambda);
        Statistics s = d.stats(progress);
        return Vec.wrap(RidgeSolver.solve(s.g(), s.b(), d.n(), lambda));
    }

    /**
     * The minimiser of J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²:
     * w = (2/M·XᵀX + λ₂I)⁻¹ 2/M·Xᵀy, which is ridge(λ₂·M/2).
     */
    public static Vec ridgeMse(Dataset d, double lambda2, ProgressListener progress) {
        Losses.checkLambda("lambda2", lambda2);
        return ridge(d, lambdaLsFromMse(lambda2, d.m()), progress);
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
        return Vec.wrap(LeastSquares.solve(d.xRaw(), d.yRaw(), d.m(), d.n(), workers, progress).w());
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

    /** λ₂ = 2λ/M: the MSE-objective strength with the same minimiser as J_LS(λ, ·). */
    public static double lambdaMseFromLs(double lambda, long m) {
        Losses.checkLambda("lambda", lambda);
        Dataset.requirePositive("M", m);
        return 2.0 * lambda / m;
    }

    /** λ = λ₂·M/2: the LS-objective strength with the same minimiser as J_MSE(λ₂, ·). */
    public static double lambdaLsFromMse(double lambda2, long m) {
        Losses.checkLambda("lambda2", lambda2);
        Dataset.requirePositive("M", m);
        return lambda2 * m / 2.0;
    }
}
