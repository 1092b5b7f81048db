package wb.numeric.kernel;

/**
 * The λ bridge: conversions between the notebook's λ and the regularisation strengths of other
 * conventions, each giving the same minimiser w. The one place these formulas live; the facade
 * {@code wb.api.Bridge} and docs/exploring.md ("The λ bridge") name them for users.
 *
 * <ul>
 *   <li>The notebook's MSE objective J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖² equals
 *       (2/M)·J_LS(λ, w) when λ₂ = 2λ/M, so both have the same minimiser:
 *       {@link #lambdaMseFromLs}, {@link #lambdaLsFromMse}.</li>
 *   <li>Decoupled weight decay wd (PyTorch's AdamW and SGD: θ ← θ − η·wd·θ, then the optimiser's
 *       step on the loss) with plain gradient steps on the mean squared error ({@code nn.MSELoss})
 *       is gradient descent on J_MSE(wd, ·): wd is λ₂, the same two formulas, and each step
 *       multiplies w by {@link #decayFactor} 1 − η·wd. With Adam's adaptive steps the decoupled
 *       decay is no longer an L2 penalty and has no exact λ.</li>
 *   <li>scikit-learn's {@code Ridge(alpha=α, fit_intercept=False)} minimises
 *       ‖y − Xw‖² + α‖w‖² = 2·J_LS(α, w): α = λ ({@link #alphaEqualsLambda}).</li>
 * </ul>
 */
public final class LambdaBridge {
    private LambdaBridge() {
    }

    /**
     * λ₂ = 2λ/M: the MSE-objective strength (and the decoupled weight decay wd) whose minimiser on
     * M rows is that of J_LS(λ, ·); J_MSE(λ₂, w) = (2/M)·J_LS(λ, w) for every w.
     */
    public static double lambdaMseFromLs(double lambda, long m) {
        Checks.lambda("lambda", lambda);
        Checks.positive("M", m);
        return 2.0 * lambda / m;
    }

    /**
     * λ = λ₂·M/2: the LS-objective strength whose minimiser on M rows is that of J_MSE(λ₂, ·)
     * (λ₂ may be a decoupled weight decay wd, named {@code name} in errors).
     */
    public static double lambdaLsFromMse(String name, double lambda2, long m) {
        Checks.lambda(name, lambda2);
        Checks.positive("M", m);
        return lambda2 * m / 2.0;
    }

    /**
     * λ = α: the notebook's λ whose ridge solution is scikit-learn's {@code Ridge(alpha=α,
     * fit_intercept=False)} fit, since ‖y − Xw‖² + α‖w‖² = 2·J_LS(α, w); the same number both ways.
     */
    public static double alphaEqualsLambda(String name, double alpha) {
        Checks.lambda(name, alpha);
        return alpha;
    }

    /** 1 − rate·λ: the factor one gradient step on J = loss + (λ/2)‖w‖² multiplies w by before the loss's step. */
    public static double decayFactor(double rate, double lambda) {
        Checks.lambda("lambda", lambda);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a finite number > 0, but was " + Repr.scalar(rate));
        }
        return 1 - rate * lambda;
    }
}
