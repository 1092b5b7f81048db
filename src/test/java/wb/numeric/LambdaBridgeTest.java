package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import wb.numeric.kernel.LambdaBridge;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

/** Each λ conversion gives the same minimiser, checked against a computation of the other tool's objective. */
class LambdaBridgeTest {

    private static final Dataset D = Dataset.synthetic(new Rng(3), 120, 3, 0.7, 0.5, ProgressListener.NONE);

    /** Solves A w = r by Gaussian elimination with partial pivoting (A is copied). */
    private static double[] gauss(double[][] a, double[] r) {
        int n = r.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = r[i];
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int i = c + 1; i < n; i++) {
                if (Math.abs(m[i][c]) > Math.abs(m[p][c])) {
                    p = i;
                }
            }
            double[] t = m[c];
            m[c] = m[p];
            m[p] = t;
            for (int i = c + 1; i < n; i++) {
                double f = m[i][c] / m[c][c];
                for (int j = c; j <= n; j++) {
                    m[i][j] -= f * m[c][j];
                }
            }
        }
        double[] w = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * w[j];
            }
            w[i] = s / m[i][i];
        }
        return w;
    }

    /** scikit-learn's Ridge objective ‖y − Xw‖² + α‖w‖², from the rows. */
    private static double sklearnObjective(double alpha, double[] w) {
        double[][] x = D.x().toArray2d();
        double[] y = D.y().toArray();
        double s = 0;
        for (int i = 0; i < D.m(); i++) {
            double r = y[i];
            for (int j = 0; j < D.n(); j++) {
                r -= x[i][j] * w[j];
            }
            s += r * r;
        }
        double ww = 0;
        for (double v : w) {
            ww += v * v;
        }
        return s + alpha * ww;
    }

    @Test
    void sklearnsRidgeAlphaIsTheNotebooksLambda() {
        double alpha = 37.5;
        // the minimiser of ‖y − Xw‖² + α‖w‖² by setting its gradient 2Xᵀ(Xw − y) + 2αw to zero, built from the rows
        double[][] x = D.x().toArray2d();
        double[] y = D.y().toArray();
        double[][] a = new double[3][3];
        double[] r = new double[3];
        for (int i = 0; i < D.m(); i++) {
            for (int j = 0; j < 3; j++) {
                r[j] += x[i][j] * y[i];
                for (int k = 0; k < 3; k++) {
                    a[j][k] += x[i][j] * x[i][k];
                }
            }
        }
        for (int j = 0; j < 3; j++) {
            a[j][j] += alpha;
        }
        double[] sk = gauss(a, r);
        Vec ours = Solvers.ridge(D, LambdaBridge.alphaEqualsLambda("alpha", alpha), ProgressListener.NONE);
        for (int j = 0; j < 3; j++) {
            assertThat(ours.get(j)).isCloseTo(sk[j], org.assertj.core.api.Assertions.within(1e-12 * Math.abs(sk[j]) + 1e-14));
        }
        // and it is the minimum of that objective: every nearby point is higher
        double best = sklearnObjective(alpha, ours.toArray());
        for (int j = 0; j < 3; j++) {
            for (double h : new double[] {-1e-4, 1e-4}) {
                double[] w = ours.toArray();
                w[j] += h;
                assertThat(sklearnObjective(alpha, w)).isGreaterThan(best);
            }
        }
        assertThat(LambdaBridge.alphaEqualsLambda("lambda", LambdaBridge.alphaEqualsLambda("alpha", alpha))).isEqualTo(alpha);
    }

    @Test
    void decoupledWeightDecayOnTheMeanSquaredErrorIsLambdaTimesMOverTwo() {
        double wd = 0.25;
        double eta = 0.05;
        int m = D.m();
        double[][] x = D.x().toArray2d();
        double[] y = D.y().toArray();
        // PyTorch's decoupled decay with plain gradient steps on nn.MSELoss: θ ← θ − η·wd·θ − η·∇MSE(θ), from the rows
        double[] theta = new double[3];
        for (int step = 0; step < 5000; step++) {
            double[] g = new double[3];
            for (int i = 0; i < m; i++) {
                double res = -y[i];
                for (int j = 0; j < 3; j++) {
                    res += x[i][j] * theta[j];
                }
                for (int j = 0; j < 3; j++) {
                    g[j] += 2.0 / m * x[i][j] * res;
                }
            }
            for (int j = 0; j < 3; j++) {
                theta[j] = theta[j] - eta * wd * theta[j] - eta * g[j];
            }
        }
        double lambda = LambdaBridge.lambdaLsFromMse("wd", wd, m);
        assertThat(lambda).isEqualTo(wd * m / 2);
        Vec ridge = Solvers.ridge(D, lambda, ProgressListener.NONE);
        assertThat(ridge.minus(Vec.of(theta)).norm()).isLessThan(1e-12 * ridge.norm());
        // it is also the notebook's MSE objective with λ₂ = wd
        assertThat(Solvers.ridgeMse(D, wd, ProgressListener.NONE).minus(ridge).norm()).isLessThan(1e-13 * ridge.norm());
        assertThat(LambdaBridge.lambdaMseFromLs(lambda, m)).isEqualTo(wd);
        assertThat(LambdaBridge.lambdaMseFromLs(lambda, m)).isEqualTo(wd);
    }

    @Test
    void theMseLambdaGivesTheSameMinimiser() {
        double lambda = 40;
        double lambda2 = LambdaBridge.lambdaMseFromLs(lambda, D.m());
        assertThat(lambda2).isEqualTo(2 * 40.0 / 120);
        Vec ls = Solvers.ridge(D, lambda, ProgressListener.NONE);
        Vec mse = Solvers.ridgeMse(D, lambda2, ProgressListener.NONE);
        assertThat(mse.minus(ls).norm()).isLessThan(1e-13 * ls.norm());
        assertThat(LambdaBridge.lambdaLsFromMse("lambda2", lambda2, D.m())).isEqualTo(lambda);
    }

    @Test
    void theDecayFactorIsWhatOneStepMultipliesTheWeightsBy() {
        // on a data set whose gradient vanishes at w (y = Xw exactly), one step only decays: w₁ = (1 − rate·λ)·w₀
        Dataset exact = Dataset.of(Mat.of(3, 2, 1, 0, 0, 1, 1, 1), Vec.of(2, -1, 1));
        Trajectory t = GradientDescent.run(exact, GradientDescent.Loss.LS, 10, 0.01, 1, new double[] {2, -1},
                ProgressListener.NONE);
        double f = LambdaBridge.decayFactor(0.01, 10);
        assertThat(f).isEqualTo(0.9);
        assertThat(t.w(1).get(0)).isCloseTo(f * 2, org.assertj.core.api.Assertions.within(1e-15));
        assertThat(t.w(1).get(1)).isCloseTo(f * -1, org.assertj.core.api.Assertions.within(1e-15));
        assertThatThrownBy(() -> LambdaBridge.decayFactor(0, 1)).hasMessage("rate must be a finite number > 0, but was 0.0");
        assertThatThrownBy(() -> LambdaBridge.alphaEqualsLambda("alpha", -1)).hasMessage("alpha must be a finite number >= 0, but was -1.0");
        assertThatThrownBy(() -> LambdaBridge.lambdaLsFromMse("wd", 0.1, 0)).hasMessage("M must be >= 1, but was 0");
    }
}
