package wb.numeric;

import java.util.ArrayList;
import java.util.List;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.Fmt;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;

/**
 * Training and test error against λ: for each λ the ridge solution on the training rows,
 * w(λ) = (XₜᵀXₜ + λI)⁻¹Xₜᵀyₜ, and its mean squared errors MSE(w) = (1/M)‖Xw − y‖² on the training
 * rows and on the held-out test rows. The best λ is the one with the smallest test MSE; the
 * unregularised fit (λ = 0, least squares on the training rows by QR, minimum-norm when
 * underdetermined) is kept for comparison.
 *
 * <p>All w(λ) come from one decomposition of the training XᵀX ({@link RegularizationPath});
 * each MSE costs O(N²) through the cached statistics, or one pass over the rows where that form
 * would lose digits to cancellation (see {@code HeldOutMse}). Immutable.
 * Example: {@code validation(split(polynomial(12), 0.5), logspace(-6, 2, 50))}
 */
public final class ValidationCurve {
    private final double[] lambdas;
    private final double[] train;
    private final double[] test;
    private final int best;
    private final double lsTrain;
    private final double lsTest;
    private final int mTrain;
    private final int mTest;
    private final int n;

    private ValidationCurve(double[] lambdas, double[] train, double[] test, int best, double lsTrain, double lsTest,
                            int mTrain, int mTest, int n) {
        this.lambdas = lambdas;
        this.train = train;
        this.test = test;
        this.best = best;
        this.lsTrain = lsTrain;
        this.lsTest = lsTest;
        this.mTrain = mTrain;
        this.mTest = mTest;
        this.n = n;
    }

    /**
     * The curve on a split.
     *
     * @throws IllegalArgumentException for no λ, a λ negative or NaN, or λ = 0 with a singular
     *     training XᵀX
     */
    public static ValidationCurve of(Split split, double[] lambdas, ProgressListener progress) {
        Dataset tr = split.train();
        Dataset te = split.test();
        RegularizationPath path = RegularizationPath.of(tr, lambdas, progress);
        int k = lambdas.length;
        double[] train = new double[k];
        double[] test = new double[k];
        HeldOutMse trainError = HeldOutMse.of(tr, progress);
        HeldOutMse testError = HeldOutMse.of(te, progress);
        int best = 0;
        for (int i = 0; i < k; i++) {
            ComputationInterruptedException.check("validation curve");
            double[] w = path.get(i).raw();
            train[i] = trainError.mse(w);
            test[i] = testError.mse(w);
            if (test[i] < test[best]) {
                best = i;
            }
        }
        for (int i = 0; i < k; i++) {
            if (Double.isInfinite(train[i]) || Double.isInfinite(test[i])) {
                throw new IllegalArgumentException("the training or test MSE at λ = " + Repr.scalar(lambdas[i])
                        + " is beyond the largest double (the data's squared residuals overflow); divide X and y"
                        + " by a power of ten first");
            }
        }
        double[] w0 = Solvers.lstsq(tr, progress).raw();
        return new ValidationCurve(lambdas.clone(), train, test, best, trainError.mse(w0), testError.mse(w0),
                tr.m(), te.m(), tr.n());
    }

    /** The λ values, in the order given. */
    public Vec lambdas() {
        return Vec.of(lambdas);
    }

    /** The training MSE of w(λ) for each λ. */
    public Vec trainMse() {
        return Vec.of(train);
    }

    /** The test MSE of w(λ) for each λ. */
    public Vec testMse() {
        return Vec.of(test);
    }

    /** The index of the λ with the smallest test MSE (the first, on ties). */
    public int bestIndex() {
        return best;
    }

    /** The λ with the smallest test MSE. */
    public double bestLambda() {
        return lambdas[best];
    }

    /** The smallest test MSE over the λ values. */
    public double bestTestMse() {
        return test[best];
    }

    /** The training MSE of the unregularised least-squares fit (λ = 0). */
    public double lsTrainMse() {
        return lsTrain;
    }

    /** The test MSE of the unregularised least-squares fit (λ = 0): what weight decay is compared with. */
    public double lsTestMse() {
        return lsTest;
    }

    /** A summary (best λ, its test MSE, the unregularised fit's) and a table of λ, train and test MSE. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("ValidationCurve: ").append(lambdas.length).append(" λ, ")
                .append(mTrain).append(" training and ").append(mTest).append(" test rows, N = ").append(n).append('\n');
        sb.append("  best λ = ").append(Fmt.g(bestLambda(), 4)).append(": test MSE ").append(Fmt.g(bestTestMse(), 4))
                .append(" (train ").append(Fmt.g(train[best], 4)).append(")\n");
        sb.append("  λ = 0 (least squares): test MSE ").append(Fmt.g(lsTest, 4)).append(" (train ")
                .append(Fmt.g(lsTrain, 4)).append(")\n");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < lambdas.length; i++) {
            rows.add(new String[] {Fmt.g(lambdas[i], 4), Fmt.g(train[i], 4), Fmt.g(test[i], 4), i == best ? "best" : ""});
        }
        return sb.append(Fmt.table(new String[] {"λ", "train MSE", "test MSE", ""}, rows, 10, best, "  ")).toString();
    }
}
