package wb.numeric;

import wb.numeric.kernel.Repr;

/**
 * Conversions between the notebook's λ and the regularisation strengths of other tools, each
 * giving the same minimiser w (see docs/exploring.md, "The λ bridge"):
 * <ul>
 *   <li>the notebook's MSE objective: λ₂ = 2λ/M ({@link Solvers#lambdaMseFromLs});</li>
 *   <li>scikit-learn's {@code Ridge(alpha=α, fit_intercept=False)}, which minimises
 *       ‖y − Xw‖² + α‖w‖² = 2·J_LS(α, w): α = λ;</li>
 *   <li>decoupled weight decay (PyTorch's AdamW and SGD with decoupled decay: θ ← θ − η·wd·θ, then
 *       the optimiser's step on the loss) with plain gradient steps on the mean squared error
 *       (1/M)‖Xw − y‖², i.e. {@code nn.MSELoss()}: the iteration is gradient descent on
 *       J_MSE(wd, w), so wd = λ₂ = 2λ/M and the per-step factor is 1 − η·wd.</li>
 * </ul>
 */
public final class LambdaBridge {
    private LambdaBridge() {
    }

    /**
     * λ = α: the notebook's λ whose ridge solution is scikit-learn's {@code Ridge(alpha=α,
     * fit_intercept=False)} fit, since ‖y − Xw‖² + α‖w‖² = 2·J_LS(α, w).
     */
    public static double lambdaFromAlpha(double alpha) {
        Losses.checkLambda("alpha", alpha);
        return alpha;
    }

    /** α = λ: scikit-learn's Ridge alpha for the notebook's λ (with {@code fit_intercept=False}). */
    public static double alphaFromLambda(double lambda) {
        Losses.checkLambda("lambda", lambda);
        return lambda;
    }

    /**
     * λ = wd·M/2: the notebook's λ equivalent to decoupled weight decay wd (per step
     * θ ← (1 − η·wd)·θ − η·∇MSE(θ)) on the mean squared error over M rows.
     */
    public static double lambdaFromWeightDecay(double wd, long m) {
        Losses.checkLambda("wd", wd);
        Dataset.requirePositive("M", m);
        return wd * m / 2.0;
    }

    /** wd = 2λ/M: the decoupled weight decay on the mean squared error equivalent to the notebook's λ. */
    public static double weightDecayFromLambda(double lambda, long m) {
        Losses.checkLambda("lambda", lambda);
        Dataset.requirePositive("M", m);
        return 2.0 * lambda / m;
    }

    /** 1 − rate·λ: the factor one gradient step on J = loss + (λ/2)‖w‖² multiplies w by before the loss's step. */
    public static double decayFactor(double rate, double lambda) {
        Losses.checkLambda("lambda", lambda);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a finite number > 0, but was " + Repr.scalar(rate));
        }
        return 1 - rate * lambda;
    }
}
