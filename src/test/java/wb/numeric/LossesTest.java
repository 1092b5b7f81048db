package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import wb.numeric.kernel.LambdaBridge;
import wb.numeric.kernel.Mape;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

/**
 * Reference values from src/bench/python/weight_decay_notebook.py's functions with Debian's numpy 1.24.2
 * (np.random.seed(0); X = randn(1000, 1); Y = X·3.14 + 1; then X = randn(1000, 2); Y = X·(4, 1.5)).
 */
class LossesTest {
    private static final ProgressListener P = ProgressListener.NONE;

    private static Dataset[] notebook() {
        Rng rng = new Rng(0);
        Dataset d1 = Dataset.synthetic(rng, 1000, new double[] {3.14}, 1.0, 0.0, P);
        Dataset d2 = Dataset.synthetic(rng, 1000, new double[] {4.0, 1.5}, 0.0, 0.0, P);
        return new Dataset[] {d1, d2};
    }

    @Test
    void notebookNumbersMatchNumpy() {
        Dataset[] ds = notebook();
        Dataset d = ds[0];
        assertThat(d.x().get(0, 0)).isEqualTo(1.764052345967664);
        assertThat(ds[1].x().get(0, 1)).isEqualTo(0.8924738873315303);
        Vec w = Solvers.normal(d, P);
        assertThat(w.item()).isCloseTo(3.09364384626924, within(1e-13));
        assertThat(Losses.ls(d, w.toArray(), P)).isCloseTo(498.9510365551182, within(1e-10));
        assertThat(Losses.ls(d, new double[] {3.0}, P)).isCloseTo(503.2316306850458, within(1e-10));
        Vec r = Solvers.ridge(d, 1e3, P);
        assertThat(r.item()).isCloseTo(1.5282585082870965, within(1e-13));
        assertThat(Losses.objectiveLs(d, 1e3, r.toArray(), P)).isCloseTo(2862.894801390611, within(1e-9));
        Vec w2 = Solvers.ridge(ds[1], 1e3, P);
        assertThat(w2.get(0)).isCloseTo(1.956331087851976, within(1e-13));
        assertThat(w2.get(1)).isCloseTo(0.728148083831716, within(1e-13));
        assertThat(w2.toString()).isEqualTo("[[1.95633109]\n [0.72814808]]");
        assertThat(Losses.mse(ds[1], new double[] {1, -2}, P)).isCloseTo(19.925819165783686, within(1e-11));
    }

    @Test
    void noiseFreeLossAtTheExactMinimiserIsNonNegativeAndTiny() {
        Dataset d = notebook()[1];
        double[] exact = {4.0, 1.5};
        double ls = Losses.ls(d, exact, P);
        assertThat(ls).isGreaterThanOrEqualTo(0.0).isLessThan(1e-20);
        assertThat(Losses.mse(d, exact, P)).isGreaterThanOrEqualTo(0.0).isLessThan(1e-22);
        // The textbook Gram form ½(wᵀGw − 2wᵀb + yᵀy) loses every digit here.
        Statistics s = d.stats(P);
        double[] g = s.g();
        double[] b = s.b();
        double naive = 0.5 * (exact[0] * (g[0] * exact[0] + g[1] * exact[1]) + exact[1] * (g[2] * exact[0]
                + g[3] * exact[1]) - 2 * (exact[0] * b[0] + exact[1] * b[1]) + s.yty());
        assertThat(Math.abs(naive)).as("textbook form, for contrast").isGreaterThan(1e-13);
    }

    @Test
    void gridThroughStatisticsMatchesTheDirectComputation() {
        Dataset d = notebook()[1];
        Vec axis = Grid.linspace(-7, 7, 100);
        double worst = 0;
        for (int i = 0; i < 100; i++) {
            for (int j = 0; j < 100; j++) {
                double[] w = {axis.get(j), axis.get(i)};
                double viaStats = Losses.ls(d, w, P);
                double direct = Losses.lsDirect(d, w);
                worst = Math.max(worst, Math.abs(viaStats - direct) / direct);
            }
        }
        assertThat(worst).isLessThan(1e-12);
        // Close to the minimum too, where a cancelling formula has no correct digit left. The
        // tolerance is the direct computation's own rounding: y and Xw carry errors of ~4e-16
        // against residuals of size eps.
        for (double eps : new double[] {1e-3, 1e-6, 1e-9}) {
            double[] w = {4.0 + eps, 1.5 - eps};
            double direct = Losses.lsDirect(d, w);
            assertThat(Losses.ls(d, w, P)).isCloseTo(direct, within(4e-16 / eps * direct));
        }
    }

    @Test
    void seedReadmeIdentitiesHold() {
        Dataset d = Dataset.synthetic(new Rng(4), 500, 3, 0.7, 0.5, P);
        int m = d.m();
        double lambda = 37.0;
        double lambda2 = LambdaBridge.lambdaMseFromLs(lambda, m);
        assertThat(lambda2).isEqualTo(2 * lambda / m);
        assertThat(LambdaBridge.lambdaLsFromMse("lambda2", lambda2, m)).isCloseTo(lambda, within(1e-12));
        // The minimisers agree.
        Vec wl = Solvers.ridge(d, lambda, P);
        Vec wm = Solvers.ridgeMse(d, lambda2, P);
        assertThat(Mape.of(wm.toArray(), wl.toArray())).isLessThan(1e-12);
        assertThat(Solvers.normal(d, P).minus(Solvers.lstsq(d, P)).norm()).isLessThan(1e-12);
        // J_MSE(2λ/M, w) = 2/M · J_LS(λ, w) for random w.
        Rng r = new Rng(8);
        for (int k = 0; k < 20; k++) {
            double[] w = {3 * r.nextGaussian(), 3 * r.nextGaussian(), 3 * r.nextGaussian()};
            double jm = Losses.objectiveMse(d, lambda2, w, P);
            double jl = Losses.objectiveLs(d, lambda, w, P);
            assertThat(Mape.of(jm, 2.0 / m * jl)).isLessThan(1e-13);
            assertThat(Mape.of(Losses.mse(d, w, P), 2.0 / m * Losses.ls(d, w, P))).isLessThan(1e-14);
            // Gradients match central finite differences.
            Vec grad = Losses.gradObjectiveLs(d, lambda, w, P);
            Vec gradM = Losses.gradObjectiveMse(d, lambda2, w, P);
            for (int j = 0; j < 3; j++) {
                double h = 1e-5 * Math.max(1, Math.abs(w[j]));
                double[] up = w.clone();
                double[] dn = w.clone();
                up[j] += h;
                dn[j] -= h;
                double fd = (Losses.objectiveLs(d, lambda, up, P) - Losses.objectiveLs(d, lambda, dn, P)) / (2 * h);
                assertThat(grad.get(j)).isCloseTo(fd, within(1e-6 * Math.max(1, Math.abs(fd))));
                double fdm = (Losses.objectiveMse(d, lambda2, up, P) - Losses.objectiveMse(d, lambda2, dn, P)) / (2 * h);
                assertThat(gradM.get(j)).isCloseTo(fdm, within(1e-6 * Math.max(1, Math.abs(fdm))));
            }
        }
        // The gradients vanish at the minimisers.
        double scale = Losses.gradLs(d, new double[] {0, 0, 0}, P).norm();
        assertThat(Losses.gradObjectiveLs(d, lambda, wl.toArray(), P).norm()).isLessThan(1e-12 * scale);
        assertThat(Losses.gradObjectiveMse(d, lambda2, wm.toArray(), P).norm()).isLessThan(1e-12 * scale);
        assertThat(Losses.gradLs(d, Solvers.lstsq(d, P).toArray(), P).norm()).isLessThan(1e-12 * scale);
        assertThat(Losses.gradMse(d, Solvers.lstsq(d, P).toArray(), P).norm()).isLessThan(1e-12 * scale);
    }

    @Test
    void mapeIsTheNotebooksMetric() {
        double a = 2.5;
        assertThat(Mape.of(0, a)).isEqualTo(1.0);
        assertThat(Mape.of(-a, a)).isEqualTo(2.0);
        assertThat(Mape.of(a, a)).isEqualTo(0.0);
        assertThat(Mape.of(0.5, 0)).isEqualTo(0.5);
        assertThat(Mape.of(new double[] {1, 3, 0.5}, new double[] {2, 3, 0})).isEqualTo((0.5 + 0 + 0.5) / 3);
        assertThatThrownBy(() -> Mape.of(new double[] {1}, new double[] {1, 2}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same shape");
    }

    @Test
    void badInputIsRejectedWithAClearMessage() {
        Dataset d = notebook()[1];
        assertThatThrownBy(() -> Losses.ls(d, new double[] {1}, P)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("w has 1 entry but the data set has N = 2 features; pass 2 weights");
        assertThatThrownBy(() -> Losses.ls(d, new double[] {1, Double.NaN}, P))
                .hasMessage("w[1] must be a finite number, but was nan");
        assertThatThrownBy(() -> Losses.wd(-1, new double[] {1})).hasMessageContaining("lambda must be a finite number >= 0");
        Rng rng = new Rng(0);
        assertThatThrownBy(() -> Dataset.synthetic(rng, 0, new double[] {1}, 0, 0, P))
                .hasMessage("M must be >= 1, but was 0");
        assertThatThrownBy(() -> Dataset.synthetic(rng, 10, 0, 0, 0, P)).hasMessage("N must be >= 1, but was 0");
        assertThatThrownBy(() -> Dataset.synthetic(rng, 10, new double[] {1}, 0, -1, P))
                .hasMessageContaining("noise").hasMessageContaining(">= 0");
        assertThatThrownBy(() -> Dataset.synthetic(rng, 10, new double[] {Double.POSITIVE_INFINITY}, 0, 0, P))
                .hasMessage("weights[0] must be a finite number, but was inf");
        assertThatThrownBy(() -> Dataset.of(Mat.of(1, 1, Double.NaN), Vec.of(1)))
                .hasMessage("X[0, 0] must be a finite number, but was nan");
        // A failed call leaves the generator where it was.
        assertThat(rng.nextGaussian()).isEqualTo(new Rng(0).nextGaussian());
    }

    @Test
    void datasetSummaryAndDrawOrder() {
        Rng rng = new Rng(0);
        Dataset d = Dataset.synthetic(rng, 1000, new double[] {3.14}, 1.0, 0.0, P);
        assertThat(d.toString()).isEqualTo(
                "Dataset(M=1000, N=1, X (1000, 1), y (1000, 1), bias=1.0, noise=0.0, seed=0, w_true=[3.14])");
        // Noise is drawn after X: the X of a noisy data set equals the X of a noise-free one.
        Dataset noisy = Dataset.synthetic(new Rng(0), 1000, new double[] {3.14}, 1.0, 0.5, P);
        assertThat(noisy.x()).isEqualTo(d.x());
        assertThat(noisy.y()).isNotEqualTo(d.y());
        // Random weights are drawn first.
        Dataset random = Dataset.synthetic(new Rng(0), 10, 2, 0, 0, P);
        assertThat(random.trueWeights().orElseThrow().get(0)).isEqualTo(1.764052345967664);
        assertThat(random.x().get(0, 0)).isEqualTo(0.9787379841057392);
    }
}
