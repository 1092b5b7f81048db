package wb.numeric;

import java.util.ArrayList;
import java.util.List;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.EigenRidge;
import wb.numeric.kernel.Fmt;
import wb.numeric.kernel.Gram;
import wb.numeric.kernel.Permutation;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;
import wb.numeric.kernel.RidgeSolver;
import wb.numeric.kernel.Rng;
import wb.numeric.kernel.Workers;

/**
 * k-fold cross-validation of ridge over many λ: the rows are shuffled (numpy's
 * {@code permutation}) and cut into k folds; for each fold f and each λ the ridge solution on the
 * other folds, w_f(λ) = (Σ_{g≠f} G_g + λI)⁻¹ Σ_{g≠f} b_g with G_g = X_gᵀX_g and b_g = X_gᵀy_g, is
 * scored by its MSE on fold f. The score of λ is the mean of the k fold MSEs, CV(λ) =
 * (1/k) Σ_f MSE_f(w_f(λ)), with the standard error sd/√k; the picked λ has the smallest CV(λ).
 *
 * <p>Fold sizes follow scikit-learn's KFold: the first M mod k folds have ⌊M/k⌋ + 1 rows, the
 * others ⌊M/k⌋. Each fold's statistics (G_f, b_f, y_fᵀy_f) come from one pass over its rows;
 * each training part's are sums of the others' (no second pass), each gets one
 * eigendecomposition, and every λ then costs O(N²) per fold (or a pass over the fold's rows where
 * the Gram form would lose digits to cancellation, see {@code HeldOutMse}). Immutable.
 * Example: {@code crossValidate(logspace(-3, 3, 50), 5)}
 */
public final class CrossValidation {
    private static final String TASK = "cross-validation";

    private final double[] lambdas;
    private final int k;
    private final int m;
    private final int n;
    private final double[] foldMse;
    private final double[] mean;
    private final double[] stderr;
    private final int best;
    private final int[][] folds;
    private final double[] weights;

    private CrossValidation(double[] lambdas, int k, int m, int n, double[] foldMse, double[] mean, double[] stderr,
                            int best, int[][] folds, double[] weights) {
        this.lambdas = lambdas;
        this.k = k;
        this.m = m;
        this.n = n;
        this.foldMse = foldMse;
        this.mean = mean;
        this.stderr = stderr;
        this.best = best;
        this.folds = folds;
        this.weights = weights;
    }

    /**
     * Cross-validates ridge on d over {@code lambdas} with k folds drawn from {@code rng}, which
     * advances only if the arguments are valid.
     *
     * @throws IllegalArgumentException for k outside [2, M], no λ, a λ negative or NaN, or λ = 0
     *     where a training part's XᵀX is singular
     */
    public static CrossValidation of(Rng rng, Dataset d, double[] lambdas, int k, ProgressListener progress) {
        return of(rng, d, lambdas, k, Workers.shared(), progress);
    }

    /** {@link #of(Rng, Dataset, double[], int, ProgressListener)} on the given workers. */
    public static CrossValidation of(Rng rng, Dataset d, double[] lambdas, int k, Workers workers,
                                     ProgressListener progress) {
        int m = d.m();
        int n = d.n();
        if (k < 2 || k > m) {
            throw new IllegalArgumentException("k must be in [2, M] = [2, " + m + "] (k folds of at least one row), but was " + k);
        }
        if (lambdas == null || lambdas.length == 0) {
            throw new IllegalArgumentException("lambdas must hold at least one λ, e.g. logspace(-2, 4, 50), but got "
                    + (lambdas == null ? "null" : "none"));
        }
        for (int i = 0; i < lambdas.length; i++) {
            Checks.lambda("lambdas[" + i + "]", lambdas[i]);
        }
        Rng work = rng.copy();
        int[] perm = Permutation.of(work, m);
        int[][] folds = new int[k][];
        int from = 0;
        for (int f = 0; f < k; f++) {
            int size = m / k + (f < m % k ? 1 : 0);
            folds[f] = java.util.Arrays.copyOfRange(perm, from, from + size);
            from += size;
        }
        Gram.Result[] stats = new Gram.Result[k];
        HeldOutMse[] heldOut = new HeldOutMse[k];
        for (int f = 0; f < k; f++) {
            ComputationInterruptedException.check(TASK);
            Dataset part = Split.rows(d, folds[f]);
            stats[f] = Gram.compute(part.xRaw(), part.yRaw(), part.m(), n, workers, progress);
            heldOut[f] = HeldOutMse.of(part.xRaw(), part.yRaw(), part.m(), n, stats[f]);
        }
        int count = lambdas.length;
        double[] foldMse = new double[k * count];
        double[] w = new double[n];
        for (int f = 0; f < k; f++) {
            ComputationInterruptedException.check(TASK);
            double[] g = new double[n * n];
            double[] b = new double[n];
            for (int o = 0; o < k; o++) {
                if (o != f) {
                    add(g, stats[o].g());
                    add(b, stats[o].b());
                }
            }
            EigenRidge e = new EigenRidge(g, b, n);
            double tol = RegularizationPath.tolerance(e.eigenvalues(), n);
            for (int i = 0; i < count; i++) {
                if (lambdas[i] + e.minEigenvalue() <= tol) {
                    throw new IllegalArgumentException("lambdas[" + i + "] = " + Repr.scalar(lambdas[i])
                            + " leaves XᵀX + λI of the training part without fold " + (f + 1)
                            + " singular; use λ > 0");
                }
                RegularizationPath.solve(e, tol, lambdas[i], w);
                foldMse[f * count + i] = heldOut[f].mse(w);
            }
        }
        double[] mean = new double[count];
        double[] stderr = new double[count];
        int best = 0;
        for (int i = 0; i < count; i++) {
            double s = 0;
            for (int f = 0; f < k; f++) {
                s += foldMse[f * count + i];
            }
            double mu = s / k;
            double ss = 0;
            for (int f = 0; f < k; f++) {
                double dv = foldMse[f * count + i] - mu;
                ss += dv * dv;
            }
            mean[i] = mu;
            stderr[i] = Math.sqrt(ss / (k - 1)) / Math.sqrt(k);
            if (mu < mean[best]) {
                best = i;
            }
        }
        double[] g = new double[n * n];
        double[] b = new double[n];
        for (Gram.Result s : stats) {
            add(g, s.g());
            add(b, s.b());
        }
        double[] weights = RidgeSolver.solve(g, b, n, lambdas[best]);
        rng.restoreFrom(work); // the generator advances only now that the result exists
        return new CrossValidation(lambdas.clone(), k, m, n, foldMse, mean, stderr, best, folds, weights);
    }

    private static void add(double[] into, double[] v) {
        for (int i = 0; i < into.length; i++) {
            into[i] += v[i];
        }
    }

    /** The λ values, in the order given. */
    public Vec lambdas() {
        return Vec.of(lambdas);
    }

    /** The number of folds k. */
    public int k() {
        return k;
    }

    /** CV(λ) = (1/k) Σ_f MSE_f(w_f(λ)) for each λ: the mean held-out MSE over the folds. */
    public Vec meanMse() {
        return Vec.of(mean);
    }

    /** The standard error of CV(λ) for each λ: the sample standard deviation of the k fold MSEs over √k. */
    public Vec standardErrors() {
        return Vec.of(stderr);
    }

    /** The held-out MSE of every fold (rows) for every λ (columns), a k×K matrix. */
    public Mat foldMse() {
        return Mat.wrap(foldMse.clone(), k, lambdas.length);
    }

    /** The index of the picked λ, the one with the smallest CV(λ) (the first, on ties). */
    public int bestIndex() {
        return best;
    }

    /** The picked λ: argmin CV(λ). */
    public double bestLambda() {
        return lambdas[best];
    }

    /** CV at the picked λ: its mean held-out MSE over the folds (the fold error). */
    public double bestMse() {
        return mean[best];
    }

    /** The standard error of {@link #bestMse()}. */
    public double bestStandardError() {
        return stderr[best];
    }

    /** The ridge solution on all rows at the picked λ: what the cross-validated model is. */
    public Vec weights() {
        return Vec.of(weights);
    }

    /** The rows of the original data set in fold f (0-based), in shuffled order. */
    public int[] fold(int f) {
        if (f < 0 || f >= k) {
            throw new IndexOutOfBoundsException("fold " + f + " is out of range for k = " + k + " folds (0.." + (k - 1) + ")");
        }
        return folds[f].clone();
    }

    /** The picked λ, its fold error, and a table of λ, CV(λ) and its standard error. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder().append(k).append("-fold cross-validation over ").append(lambdas.length)
                .append(" λ on M = ").append(m).append(" rows, N = ").append(n).append('\n');
        sb.append("  picked λ = ").append(Fmt.g(bestLambda(), 4)).append(": held-out MSE ").append(Fmt.g(bestMse(), 4))
                .append(" ± ").append(Fmt.g(bestStandardError(), 2)).append(" (mean ± standard error over the folds)\n");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lambdas.length; i++) {
            rows.add(new String[] {Fmt.g(lambdas[i], 4), Fmt.g(mean[i], 4), Fmt.g(stderr[i], 2), i == best ? "picked" : ""});
        }
        return sb.append(Fmt.table(new String[] {"λ", "CV MSE", "std err", ""}, rows, 10, best, "  ")).toString();
    }
}
