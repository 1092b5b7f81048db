package wb.api;

import wb.numeric.Dataset;
import wb.numeric.kernel.LambdaBridge;

/**
 * The λ bridge, which snippets {@code import static}: the notebook's λ in other conventions, each
 * giving the same minimiser w (docs/exploring.md, "The λ bridge"). λ is the strength of
 * J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖²; the other conventions are:
 * <ul>
 *   <li>the notebook's MSE objective (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²: λ₂ = 2λ/M;</li>
 *   <li>decoupled weight decay wd (PyTorch's AdamW and SGD: θ ← θ − η·wd·θ per step) with plain
 *       gradient steps on the mean squared error: gradient descent on the MSE objective, so
 *       wd = λ₂ = 2λ/M, and each step multiplies w by 1 − η·wd; on the sum ½‖Xw − y‖² itself
 *       wd = λ ({@code gd}). With Adam's adaptive steps it is no longer an L2 penalty;</li>
 *   <li>scikit-learn's {@code Ridge(alpha=α, fit_intercept=False)}: α = λ.</li>
 * </ul>
 *
 * <p>Conversions that need M take it from the active data set, from a data set given first, or
 * as a number.
 */
public final class Bridge {
    private Bridge() {
    }

    /**
     * λ₂ = 2λ/M: the MSE-objective strength whose minimiser equals that of J_LS(λ, ·) on M rows;
     * then J_MSE(λ₂, w) = 2/M·J_LS(λ, w) for every w.
     * Example: {@code lambdaMseFromLs(1e3, 1000)} is {@code 2.0}
     */
    public static double lambdaMseFromLs(double lambda, long m) {
        return LambdaBridge.lambdaMseFromLs(lambda, m);
    }

    /**
     * λ₂ = 2λ/M with M of the active data set.
     * Example: {@code lambdaMseFromLs(1e3)}
     */
    public static double lambdaMseFromLs(double lambda) {
        return lambdaMseFromLs(Data.data(), lambda);
    }

    /**
     * λ₂ = 2λ/M with M of data set d.
     * Example: {@code lambdaMseFromLs(d, 1e3)}
     */
    public static double lambdaMseFromLs(Dataset d, double lambda) {
        return LambdaBridge.lambdaMseFromLs(lambda, Args.data(d).m());
    }

    /**
     * λ = λ₂·M/2: the LS-objective strength whose minimiser equals that of J_MSE(λ₂, ·) on M rows.
     * Example: {@code lambdaLsFromMse(2.0, 1000)} is {@code 1000.0}
     */
    public static double lambdaLsFromMse(double lambda2, long m) {
        return LambdaBridge.lambdaLsFromMse("lambda2", lambda2, m);
    }

    /**
     * λ = λ₂·M/2 with M of the active data set.
     * Example: {@code lambdaLsFromMse(2.0)}
     */
    public static double lambdaLsFromMse(double lambda2) {
        return lambdaLsFromMse(Data.data(), lambda2);
    }

    /**
     * λ = λ₂·M/2 with M of data set d.
     * Example: {@code lambdaLsFromMse(d, 2.0)}
     */
    public static double lambdaLsFromMse(Dataset d, double lambda2) {
        return LambdaBridge.lambdaLsFromMse("lambda2", lambda2, Args.data(d).m());
    }

    /**
     * wd = 2λ/M: the decoupled weight decay on the mean squared error equivalent to λ, the same
     * number as {@code lambdaMseFromLs}; M of the active data set.
     * Example: {@code weightDecayFromLambda(1e3)}
     */
    public static double weightDecayFromLambda(double lambda) {
        return lambdaMseFromLs(lambda);
    }

    /**
     * wd = 2λ/M with M of data set d.
     * Example: {@code weightDecayFromLambda(d, 1e3)}
     */
    public static double weightDecayFromLambda(Dataset d, double lambda) {
        return lambdaMseFromLs(d, lambda);
    }

    /**
     * wd = 2λ/M on M rows.
     * Example: {@code weightDecayFromLambda(1e3, 1000)} is {@code 2.0}
     */
    public static double weightDecayFromLambda(double lambda, long m) {
        return lambdaMseFromLs(lambda, m);
    }

    /**
     * λ = wd·M/2: the λ whose ridge solution is the fixed point of decoupled weight decay wd with
     * plain gradient steps on the mean squared error; M of the active data set.
     * Example: {@code ridge(lambdaFromWeightDecay(0.01))}
     */
    public static double lambdaFromWeightDecay(double wd) {
        return lambdaFromWeightDecay(Data.data(), wd);
    }

    /**
     * λ = wd·M/2 with M of data set d.
     * Example: {@code lambdaFromWeightDecay(d, 0.01)}
     */
    public static double lambdaFromWeightDecay(Dataset d, double wd) {
        return LambdaBridge.lambdaLsFromMse("wd", wd, Args.data(d).m());
    }

    /**
     * λ = wd·M/2 on M rows.
     * Example: {@code lambdaFromWeightDecay(0.01, 1000)} is {@code 5.0}
     */
    public static double lambdaFromWeightDecay(double wd, long m) {
        return LambdaBridge.lambdaLsFromMse("wd", wd, m);
    }

    /**
     * λ = α: scikit-learn's {@code Ridge(alpha=α, fit_intercept=False)} minimises
     * ‖y − Xw‖² + α‖w‖² = 2·J_LS(α, w), so it fits ridge(α). (With sklearn's default
     * fit_intercept=True it is ridge on centred X and y.)
     * Example: {@code ridge(lambdaFromAlpha(1.0))}
     */
    public static double lambdaFromAlpha(double alpha) {
        return LambdaBridge.alphaEqualsLambda("alpha", alpha);
    }

    /**
     * α = λ: the scikit-learn Ridge alpha (fit_intercept=False) whose fit is ridge(λ).
     * Example: {@code alphaFromLambda(1e3)} is {@code 1000.0}
     */
    public static double alphaFromLambda(double lambda) {
        return LambdaBridge.alphaEqualsLambda("lambda", lambda);
    }

    /**
     * The weight-decay factor 1 − rate·λ: one gradient step on J = loss + (λ/2)‖w‖² multiplies w by
     * it before the loss's own step, w ← (1 − rate·λ)·w − rate·∇loss(w).
     * Example: {@code decayFactor(1e-4, 1e3)} is {@code 0.9}
     */
    public static double decayFactor(double rate, double lambda) {
        return LambdaBridge.decayFactor(rate, lambda);
    }
}
