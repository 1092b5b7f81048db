package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import wb.numeric.kernel.Permutation;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;
import wb.numeric.kernel.Workers;

/** The validation curve and k-fold cross-validation against brute-force loops over separately solved fits. */
class ValidationTest {

    /** (1/m) Σ (xᵢ·w − yᵢ)² over the given rows of d, straight from the rows. */
    private static double directMse(Dataset d, int[] rows, double[] w) {
        double[][] x = d.x().toArray2d();
        double[] y = d.y().toArray();
        double s = 0;
        for (int i : rows) {
            double p = 0;
            for (int j = 0; j < d.n(); j++) {
                p += x[i][j] * w[j];
            }
            double r = p - y[i];
            s += r * r;
        }
        return s / rows.length;
    }

    private static int[] all(int m) {
        int[] r = new int[m];
        for (int i = 0; i < m; i++) {
            r[i] = i;
        }
        return r;
    }

    private static Dataset overfitting() {
        Dataset curve = Synthetic.curve(new Rng(0), 40, x -> StrictMath.sin(3 * x), -1, 1, 0.3, ProgressListener.NONE);
        return Features.polynomial(curve, 12);
    }

    @Test
    void theCurveIsSeparateRidgeFitsScoredRowByRow() {
        Dataset d = overfitting();
        Split s = Split.of(new Rng(1), d, 0.5);
        double[] lambdas = Grid.logspace(-6, 2, 17).toArray();
        ValidationCurve v = ValidationCurve.of(s, lambdas, ProgressListener.NONE);
        RegularizationPath path = RegularizationPath.of(s.train(), lambdas, ProgressListener.NONE);
        // degree-12 monomials on 20 points: XᵀX has κ ≈ 1e12, so the solves agree to κ(XᵀX + λI)·ε only
        double[] s2 = RegularizationPathTest.squaredSingularValues(s.train());
        double smax = s2[0];
        double smin = s2[s2.length - 1];
        for (int k = 0; k < lambdas.length; k++) {
            Vec separate = Solvers.ridge(s.train(), lambdas[k], ProgressListener.NONE);
            double kappa = (smax + lambdas[k]) / (smin + lambdas[k]);
            assertThat(path.get(k).minus(separate).norm()).as("w, λ = " + lambdas[k])
                    .isLessThan(100 * kappa * Math.ulp(1.0) * separate.norm());
            double[] w = path.get(k).toArray();
            double train = directMse(s.train(), all(s.train().m()), w);
            double test = directMse(s.test(), all(s.test().m()), w);
            assertThat(v.trainMse().get(k)).as("train λ = " + lambdas[k]).isCloseTo(train, within(1e-10 * train));
            assertThat(v.testMse().get(k)).as("test λ = " + lambdas[k]).isCloseTo(test, within(1e-10 * test));
        }
        int best = 0;
        for (int k = 1; k < lambdas.length; k++) {
            if (v.testMse().get(k) < v.testMse().get(best)) {
                best = k;
            }
        }
        assertThat(v.bestIndex()).isEqualTo(best);
        assertThat(v.bestLambda()).isEqualTo(lambdas[best]);
        double[] w0 = Solvers.lstsq(s.train(), ProgressListener.NONE).toArray();
        assertThat(v.lsTestMse()).isCloseTo(directMse(s.test(), all(s.test().m()), w0), within(1e-9 * v.lsTestMse()));
        // the point of the exercise: degree 12 on 20 points overfits, and weight decay cuts the test error
        assertThat(v.lsTrainMse()).isLessThan(v.trainMse().get(lambdas.length - 1));
        assertThat(v.bestTestMse()).isLessThan(0.5 * v.lsTestMse());
        assertThat(v.bestIndex()).isBetween(1, lambdas.length - 2);
        assertThat(v.toString()).startsWith("ValidationCurve: 17 λ, 20 training and 20 test rows, N = 13\n  best λ = ");
    }

    @Test
    void crossValidationIsTheBruteForceLoop() {
        Dataset d = Dataset.synthetic(new Rng(4), 103, 6, 0.0, 2.0, ProgressListener.NONE);
        double[] lambdas = Grid.logspace(-2, 4, 13).toArray();
        Rng rng = new Rng(9);
        CrossValidation cv = CrossValidation.of(rng, d, lambdas, 5, new Workers(2), ProgressListener.NONE);
        assertThat(cv.k()).isEqualTo(5);
        // scikit-learn's fold sizes for 103 rows: 21, 21, 21, 20, 20; every row in exactly one fold
        Set<Integer> seen = new HashSet<>();
        int[] sizes = new int[5];
        for (int f = 0; f < 5; f++) {
            sizes[f] = cv.fold(f).length;
            for (int r : cv.fold(f)) {
                assertThat(seen.add(r)).isTrue();
            }
        }
        assertThat(sizes).containsExactly(21, 21, 21, 20, 20);
        assertThat(seen).hasSize(103);
        // the folds are consecutive pieces of numpy's permutation from the same seed
        int[] perm = Permutation.of(new Rng(9), 103);
        assertThat(cv.fold(0)).containsExactly(java.util.Arrays.copyOfRange(perm, 0, 21));

        double[] mean = new double[lambdas.length];
        for (int f = 0; f < 5; f++) {
            Set<Integer> held = new HashSet<>();
            for (int r : cv.fold(f)) {
                held.add(r);
            }
            int[] trainRows = java.util.stream.IntStream.range(0, 103).filter(r -> !held.contains(r)).toArray();
            Dataset train = Split.rows(d, trainRows);
            for (int k = 0; k < lambdas.length; k++) {
                double[] w = Solvers.ridge(train, lambdas[k], ProgressListener.NONE).toArray();
                double mse = directMse(d, cv.fold(f), w);
                assertThat(cv.foldMse().get(f, k)).isCloseTo(mse, within(1e-10 * mse));
                mean[k] += mse / 5;
            }
        }
        int best = 0;
        for (int k = 0; k < lambdas.length; k++) {
            assertThat(cv.meanMse().get(k)).isCloseTo(mean[k], within(1e-10 * mean[k]));
            if (mean[k] < mean[best]) {
                best = k;
            }
        }
        assertThat(cv.bestIndex()).isEqualTo(best);
        assertThat(cv.bestMse()).isCloseTo(mean[best], within(1e-10 * mean[best]));
        // standard error: sample standard deviation of the fold MSEs over √k
        double ss = 0;
        for (int f = 0; f < 5; f++) {
            double dv = cv.foldMse().get(f, best) - mean[best];
            ss += dv * dv;
        }
        assertThat(cv.bestStandardError()).isCloseTo(Math.sqrt(ss / 4) / Math.sqrt(5), within(1e-9));
        Vec all = Solvers.ridge(d, cv.bestLambda(), ProgressListener.NONE);
        assertThat(cv.weights().minus(all).norm()).isLessThan(1e-10 * all.norm());
        // the generator moved past the permutation, as np.random.permutation would
        assertThat(rng.nextInt32()).isEqualTo(advanced(new Rng(9), 103).nextInt32());
        assertThat(cv.toString()).startsWith("5-fold cross-validation over 13 λ on M = 103 rows, N = 6\n  picked λ = ");
    }

    private static Rng advanced(Rng rng, int m) {
        Permutation.of(rng, m);
        return rng;
    }

    @Test
    void theSameCrossValidationOnOneOrManyThreads() {
        Dataset d = Dataset.synthetic(new Rng(4), 5000, 8, 0.0, 1.0, ProgressListener.NONE);
        double[] lambdas = Grid.logspace(-1, 3, 7).toArray();
        CrossValidation one = CrossValidation.of(new Rng(2), d, lambdas, 4, new Workers(1), ProgressListener.NONE);
        CrossValidation two = CrossValidation.of(new Rng(2), d, lambdas, 4, new Workers(2), ProgressListener.NONE);
        assertThat(two.foldMse()).isEqualTo(one.foldMse());
    }

    @Test
    void badArgumentsAreRefusedAndTheGeneratorStays() {
        Dataset d = Dataset.synthetic(new Rng(4), 10, 2, 0.0, 1.0, ProgressListener.NONE);
        Rng rng = new Rng(5);
        assertThatThrownBy(() -> CrossValidation.of(rng, d, new double[] {1}, 1, ProgressListener.NONE))
                .hasMessage("k must be in [2, M] = [2, 10] (k folds of at least one row), but was 1");
        assertThatThrownBy(() -> CrossValidation.of(rng, d, new double[] {1}, 11, ProgressListener.NONE))
                .hasMessageStartingWith("k must be in [2, M] = [2, 10]");
        assertThatThrownBy(() -> CrossValidation.of(rng, d, new double[] {-1}, 2, ProgressListener.NONE))
                .hasMessage("lambdas[0] must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> CrossValidation.of(rng, d, new double[0], 2, ProgressListener.NONE))
                .hasMessageStartingWith("lambdas must hold at least one λ");
        // 2 features and folds of 1 row: with k = 10 each training part has 9 rows and is fine; λ = 0 on 3 features
        // of 2 rows each is singular
        Dataset wide = Dataset.synthetic(new Rng(4), 4, 3, 0.0, 1.0, ProgressListener.NONE);
        assertThatThrownBy(() -> CrossValidation.of(rng, wide, new double[] {0}, 2, ProgressListener.NONE))
                .hasMessageStartingWith("lambdas[0] = 0.0 leaves XᵀX + λI of the training part without fold 1 singular");
        assertThat(rng.nextInt32()).isEqualTo(new Rng(5).nextInt32());
    }

    @Test
    void heldOutErrorUsesTheGramFormWhenItIsSafeAndTheRowsWhenItCancels() {
        // noisy data: the residual is a good part of yᵀy, the O(N²) form keeps its digits
        Dataset noisy = Dataset.synthetic(new Rng(1), 500, 3, 0.0, 1.0, ProgressListener.NONE);
        HeldOutMse e = HeldOutMse.of(noisy, ProgressListener.NONE);
        double[] w = Solvers.ridge(noisy, 10, ProgressListener.NONE).toArray();
        assertThat(e.mse(w)).isCloseTo(directMse(noisy, all(500), w), within(1e-12));
        assertThat(e.directEvaluations()).isZero();
        // noise-free data at its exact solution: wᵀGw − 2wᵀb + yᵀy cancels to rounding noise,
        // so the evaluator goes to the rows and returns a tiny non-negative error
        Dataset exact = Dataset.synthetic(new Rng(1), 500, 2, 0.0, 0.0, ProgressListener.NONE);
        HeldOutMse f = HeldOutMse.of(exact, ProgressListener.NONE);
        double[] w2 = exact.trueWeights().orElseThrow().toArray();
        double v = f.mse(w2);
        assertThat(v).isGreaterThanOrEqualTo(0).isLessThan(1e-28);
        assertThat(v).isEqualTo(directMse(exact, all(500), w2));
        assertThat(f.directEvaluations()).isEqualTo(1);
    }
}
