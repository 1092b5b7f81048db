package wb.api;

import wb.numeric.CrossValidation;
import wb.numeric.Dataset;
import wb.numeric.GradientDescent;
import wb.numeric.Mat;
import wb.numeric.RegularizationPath;
import wb.numeric.Shrinkage;
import wb.numeric.Solvers;
import wb.numeric.Split;
import wb.numeric.Trajectory;
import wb.numeric.ValidationCurve;
import wb.numeric.Vec;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ProgressListener;

/**
 * Fits and their diagnostics, which snippets {@code import static}: the least-squares and ridge
 * solutions, regularisation paths and shrinkage, validation curves and cross-validation, and
 * gradient descent with its stability limit.
 *
 * <p>Each function has a form on the active data set and one taking the data set first
 * ({@code ridge(d, 1e3)}); {@code validation} takes a {@link Split} first instead. λ is the
 * strength of J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², λ₂ that of the notebook's MSE objective
 * J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²; {@link Bridge} converts between them and other
 * tools' conventions.
 */
public final class Fits {
    private Fits() {
    }

    private static ProgressListener progress() {
        return Workbench.current().progress();
    }

    // ---- solutions --------------------------------------------------------------------------

    /**
     * The normal-equation solution w = (XᵀX)⁻¹Xᵀy of the active data set, solved by Cholesky
     * (never inverted); fails on singular XᵀX, suggesting lstsq() or ridge(λ) with λ &gt; 0.
     * Example: {@code normal()} gives {@code [[3.11990511]]} for the notebook's data
     */
    public static Vec normal() {
        return normal(Data.data());
    }

    /**
     * The normal-equation solution w = (XᵀX)⁻¹Xᵀy of data set d, solved by Cholesky.
     * Example: {@code normal(d)}
     */
    public static Vec normal(Dataset d) {
        return Solvers.normal(Args.data(d), progress());
    }

    /**
     * The least-squares solution argmin ‖Xw − y‖² of the active data set by a QR factorisation of X
     * (not the normal equations); the minimum-norm solution when XᵀX is singular (N &gt; M,
     * collinear columns).
     * Example: {@code lstsq()}
     */
    public static Vec lstsq() {
        return lstsq(Data.data());
    }

    /**
     * The least-squares solution argmin ‖Xw − y‖² of data set d by QR; minimum-norm when XᵀX is singular.
     * Example: {@code lstsq(d)}
     */
    public static Vec lstsq(Dataset d) {
        return Solvers.lstsq(Args.data(d), progress());
    }

    /**
     * The ridge solution, the minimiser of J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖²:
     * w = (XᵀX + λI)⁻¹Xᵀy, solved by Cholesky, on the active data set. The same w under other
     * conventions (MSE objective, scikit-learn, decoupled weight decay): see {@link Bridge}.
     * Example: {@code ridge(1e3)}
     */
    public static Vec ridge(double lambda) {
        return ridge(Data.data(), lambda);
    }

    /**
     * The ridge solution w = (XᵀX + λI)⁻¹Xᵀy, the minimiser of J_LS(λ, ·), on data set d.
     * Example: {@code ridge(d, 1e3)}
     */
    public static Vec ridge(Dataset d, double lambda) {
        return Solvers.ridge(Args.data(d), lambda, progress());
    }

    /**
     * The minimiser of J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²:
     * w = (2/M·XᵀX + λ₂I)⁻¹·2/M·Xᵀy = ridge(λ₂·M/2), on the active data set.
     * Example: {@code ridgeMse(2.0)}
     */
    public static Vec ridgeMse(double lambda2) {
        return ridgeMse(Data.data(), lambda2);
    }

    /**
     * The minimiser of J_MSE(λ₂, w) on data set d: w = (2/M·XᵀX + λ₂I)⁻¹·2/M·Xᵀy.
     * Example: {@code ridgeMse(d, 2.0)}
     */
    public static Vec ridgeMse(Dataset d, double lambda2) {
        return Solvers.ridgeMse(Args.data(d), lambda2, progress());
    }

    // ---- paths and shrinkage ----------------------------------------------------------------

    /**
     * Ridge solutions for many λ at once, w(λ) = (XᵀX + λI)⁻¹Xᵀy, from one kept decomposition
     * XᵀX = QTQᵀ (T tridiagonal; VΛVᵀ if XᵀX is singular) as {@code path}; row k of the result is
     * w(λₖ)ᵀ. On the active data set.
     * Example: {@code ridgePath(linspace(1, 1e3, 100))}
     */
    public static Mat ridgePath(Vec lambdas) {
        return ridgePath(Data.data(), lambdas);
    }

    /**
     * Ridge solutions w(λₖ) = V(Λ + λₖI)⁻¹Vᵀ Xᵀy for many λ on data set d; row k is w(λₖ)ᵀ.
     * Example: {@code ridgePath(d, linspace(1, 1e3, 100))}
     */
    public static Mat ridgePath(Dataset d, Vec lambdas) {
        return Solvers.ridgePath(Args.data(d), Args.lambdas(lambdas), progress());
    }

    /**
     * The ridge regularisation path w(λ) = (XᵀX + λI)⁻¹Xᵀy for every λ, with ‖w(λ)‖ and the
     * effective degrees of freedom dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ) (σᵢ² the eigenvalues of XᵀX), all from
     * one decomposition of XᵀX (tridiagonal, QTQᵀ), which the data set keeps; on the active data set.
     * Example: {@code var p = path(logspace(-2, 4, 50)); p.get(0); plot(p)}
     */
    public static RegularizationPath path(Vec lambdas) {
        return path(Data.data(), lambdas);
    }

    /**
     * The ridge path w(λ) = (XᵀX + λI)⁻¹Xᵀy, ‖w(λ)‖ and dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ) on data set d.
     * Example: {@code path(d, logspace(-2, 4, 50))}
     */
    public static RegularizationPath path(Dataset d, Vec lambdas) {
        return RegularizationPath.of(Args.data(d), Args.lambdas(lambdas), progress());
    }

    /**
     * Ridge's shrinkage by direction: along each eigenvector vᵢ of XᵀX the ridge solution keeps
     * the fraction fᵢ = σᵢ²/(σᵢ² + λ) of the least-squares solution's component,
     * vᵢᵀw(λ) = fᵢ·vᵢᵀw_ls; on the active data set.
     * Example: {@code shrinkage(1e3).factors()}
     */
    public static Shrinkage shrinkage(double lambda) {
        return shrinkage(Data.data(), lambda);
    }

    /**
     * The shrinkage factors fᵢ = σᵢ²/(σᵢ² + λ) along the eigenvectors of XᵀX of data set d.
     * Example: {@code shrinkage(d, 1e3)}
     */
    public static Shrinkage shrinkage(Dataset d, double lambda) {
        return Shrinkage.of(Args.data(d), lambda, progress());
    }

    // ---- choosing λ -------------------------------------------------------------------------

    /**
     * Train and test error against λ on the active split: w(λ) = (XₜᵀXₜ + λI)⁻¹Xₜᵀyₜ from the
     * training rows, MSE(w) = (1/M)‖Xw − y‖² on the training and on the test rows; the best λ
     * (smallest test MSE) and the unregularised fit's test MSE for comparison.
     * Example: {@code validation(logspace(-6, 2, 50))}
     */
    public static ValidationCurve validation(Vec lambdas) {
        return validation(Workbench.current().split(), lambdas);
    }

    /**
     * Train and test MSE of ridge against λ on split s, with the best λ and the λ = 0 fit's test MSE.
     * Example: {@code validation(s, logspace(-6, 2, 50))}
     */
    public static ValidationCurve validation(Split s, Vec lambdas) {
        Checks.given(s, "s", "split(d, 0.5)");
        return ValidationCurve.of(s, Args.lambdas(lambdas), progress());
    }

    /**
     * k-fold cross-validation of ridge on the active data set: CV(λ) = (1/k) Σ_f MSE_f(w_f(λ)), w_f
     * fitted without fold f; it picks the λ with the smallest CV(λ) and states that fold error ±
     * its standard error. Folds come from the session's generator (numpy's permutation).
     * Example: {@code crossValidate(logspace(-3, 3, 50), 5)}
     */
    public static CrossValidation crossValidate(Vec lambdas, int k) {
        return crossValidate(Data.data(), lambdas, k);
    }

    /**
     * k-fold cross-validation of ridge on data set d over λ: CV(λ) = (1/k) Σ_f MSE_f(w_f(λ)).
     * Example: {@code crossValidate(d, logspace(-3, 3, 50), 5)}
     */
    public static CrossValidation crossValidate(Dataset d, Vec lambdas, int k) {
        Dataset given = Args.data(d);
        double[] values = Args.lambdas(lambdas);
        Workbench wb = Workbench.current();
        return wb.withRng(rng -> CrossValidation.of(rng, given, values, k, wb.progress()));
    }

    // ---- gradient descent -------------------------------------------------------------------

    /** Gradient descent from {@code start}, or from w = 0 when start is null (the forms without it). */
    private static Trajectory descend(Dataset d, GradientDescent.Loss loss, double lambda, double rate, int steps,
                                      Vec start) {
        Dataset given = Args.data(d);
        double[] w = start == null ? new double[given.n()] : start.toArray();
        return GradientDescent.run(given, loss, lambda, rate, steps, w, progress());
    }

    /** The starting weights a snippet passed, refusing null. */
    private static Vec startOf(Vec start) {
        return Checks.given(start, "start", "vec(-6, 6), N starting weights");
    }

    /**
     * Gradient descent on J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖² from w = 0, in its weight-decay form
     * w ← (1 − rate·λ)·w − rate·Xᵀ(Xw − y); the trajectory warns when rate ≥ 2/σ_max(XᵀX + λI)
     * (it then diverges). On the active data set.
     * Example: {@code gd(1e3, 4e-4, 100)}
     */
    public static Trajectory gd(double lambda, double rate, int steps) {
        return descend(Data.data(), GradientDescent.Loss.LS, lambda, rate, steps, null);
    }

    /**
     * Gradient descent on J_LS(λ, w) from {@code start}: w ← (1 − rate·λ)·w − rate·Xᵀ(Xw − y).
     * Example: {@code gd(1e3, 4e-4, 100, vec(-6, 6))}
     */
    public static Trajectory gd(double lambda, double rate, int steps, Vec start) {
        return descend(Data.data(), GradientDescent.Loss.LS, lambda, rate, steps, startOf(start));
    }

    /**
     * Gradient descent on J_LS(λ, w) of data set d from {@code start}: w ← (1 − rate·λ)·w − rate·Xᵀ(Xw − y).
     * Example: {@code gd(d, 1e3, 4e-4, 100, vec(0, 0))}
     */
    public static Trajectory gd(Dataset d, double lambda, double rate, int steps, Vec start) {
        return descend(d, GradientDescent.Loss.LS, lambda, rate, steps, startOf(start));
    }

    /**
     * Gradient descent on J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖² from w = 0:
     * w ← (1 − rate·λ₂)·w − rate·(2/M)·Xᵀ(Xw − y); it warns when rate ≥ 2/(2σ²_max/M + λ₂).
     * Example: {@code gdMse(2.0, 0.1, 100)}
     */
    public static Trajectory gdMse(double lambda2, double rate, int steps) {
        return descend(Data.data(), GradientDescent.Loss.MSE, lambda2, rate, steps, null);
    }

    /**
     * Gradient descent on J_MSE(λ₂, w) from {@code start}: w ← (1 − rate·λ₂)·w − rate·(2/M)·Xᵀ(Xw − y).
     * Example: {@code gdMse(2.0, 0.1, 100, vec(-6, 6))}
     */
    public static Trajectory gdMse(double lambda2, double rate, int steps, Vec start) {
        return descend(Data.data(), GradientDescent.Loss.MSE, lambda2, rate, steps, startOf(start));
    }

    /**
     * Gradient descent on J_MSE(λ₂, w) of data set d from {@code start}.
     * Example: {@code gdMse(d, 2.0, 0.1, 100, vec(0, 0))}
     */
    public static Trajectory gdMse(Dataset d, double lambda2, double rate, int steps, Vec start) {
        return descend(d, GradientDescent.Loss.MSE, lambda2, rate, steps, startOf(start));
    }

    /**
     * The largest stable step size of gd on J_LS: 2/σ_max(XᵀX + λI) = 2/(σ²_max + λ), σ²_max the
     * largest eigenvalue of XᵀX; gradient descent converges exactly when rate is below it. Active data set.
     * Example: {@code gd(1e3, 0.5 * rateLimit(1e3), 100)}
     */
    public static double rateLimit(double lambda) {
        return rateLimit(Data.data(), lambda);
    }

    /**
     * The stability limit 2/(σ²_max + λ) of gd on J_LS(λ, ·) of data set d.
     * Example: {@code rateLimit(d, 1e3)}
     */
    public static double rateLimit(Dataset d, double lambda) {
        return GradientDescent.rateLimit(Args.data(d), GradientDescent.Loss.LS, lambda, progress());
    }

    /**
     * The stability limit of gdMse: 2/σ_max((2/M)·XᵀX + λ₂I) = 2/(2σ²_max/M + λ₂). Active data set.
     * Example: {@code rateLimitMse(2.0)}
     */
    public static double rateLimitMse(double lambda2) {
        return rateLimitMse(Data.data(), lambda2);
    }

    /**
     * The stability limit 2/(2σ²_max/M + λ₂) of gdMse on J_MSE(λ₂, ·) of data set d.
     * Example: {@code rateLimitMse(d, 2.0)}
     */
    public static double rateLimitMse(Dataset d, double lambda2) {
        return GradientDescent.rateLimit(Args.data(d), GradientDescent.Loss.MSE, lambda2, progress());
    }
}
