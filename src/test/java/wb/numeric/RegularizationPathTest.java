package wb.numeric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.R064Store;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;
import wb.numeric.kernel.Workers;

class RegularizationPathTest {

    private static Dataset data(long seed, int m, int n, double noise) {
        return Dataset.synthetic(new Rng(seed), m, n, 0.5, noise, ProgressListener.NONE);
    }

    /** The squared singular values of X from an SVD of X itself, not of XᵀX. */
    static double[] squaredSingularValues(Dataset d) {
        SingularValue<Double> svd = svdOfX(d);
        double[] s = new double[d.n()];
        svd.getSingularValues(s);
        for (int i = 0; i < s.length; i++) {
            s[i] *= s[i];
        }
        return s;
    }

    /** The SVD of X itself, the reference the solvers (which work on XᵀX) are checked against. */
    static SingularValue<Double> svdOfX(Dataset d) {
        R064Store x = R064Store.FACTORY.make(d.m(), d.n());
        for (int i = 0; i < d.m(); i++) {
            for (int j = 0; j < d.n(); j++) {
                x.set(i, j, d.xRaw()[i * d.n() + j]);
            }
        }
        SingularValue<Double> svd = SingularValue.R064.make(x);
        assertThat(svd.decompose(x)).isTrue();
        return svd;
    }

    @Test
    void everyRowIsTheSeparateRidgeSolve() {
        Dataset d = data(1, 300, 12, 0.3);
        double[] lambdas = Grid.logspace(-3, 4, 40).toArray();
        RegularizationPath p = RegularizationPath.of(d, lambdas, ProgressListener.NONE);
        assertThat(p.size()).isEqualTo(40);
        assertThat(p.n()).isEqualTo(12);
        for (int k = 0; k < lambdas.length; k++) {
            Vec separate = Solvers.ridge(d, lambdas[k], ProgressListener.NONE);
            Vec fromPath = p.get(k);
            assertThat(fromPath.minus(separate).norm()).as("λ = " + lambdas[k])
                    .isLessThan(1e-11 * separate.norm());
            assertThat(p.norms().get(k)).isCloseTo(separate.norm(), within(1e-11 * separate.norm()));
            for (int j = 0; j < 12; j++) {
                assertThat(p.coefficients().get(k, j)).isEqualTo(fromPath.get(j));
                assertThat(p.coefficient(j).get(k)).isEqualTo(fromPath.get(j));
            }
        }
    }

    @Test
    void degreesOfFreedomMatchTheSingularValuesOfX() {
        Dataset d = data(2, 80, 6, 0.1);
        double[] s2 = squaredSingularValues(d);
        double[] lambdas = {0, 0.1, 10, 80, 1e3, 1e6};
        RegularizationPath p = RegularizationPath.of(d, lambdas, ProgressListener.NONE);
        for (int k = 0; k < lambdas.length; k++) {
            double expected = 0;
            for (double s : s2) {
                expected += s / (s + lambdas[k]);
            }
            assertThat(p.dof().get(k)).isCloseTo(expected, within(1e-12 * 6));
        }
        assertThat(p.dof().get(0)).isCloseTo(6.0, within(1e-12));
        assertThat(p.rank()).isEqualTo(6);
        // the norm shrinks monotonically towards 0 as λ grows
        for (int k = 1; k < lambdas.length; k++) {
            assertThat(p.norms().get(k)).isLessThan(p.norms().get(k - 1));
        }
        assertThat(p.norms().get(lambdas.length - 1)).isLessThan(1e-2 * p.norms().get(0));
    }

    @Test
    void aRankDeficientDataSetHasDofBelowNAndRefusesLambdaZero() {
        // column 3 = column 1 + column 2: rank 2 of N = 3
        double[] x = new double[3 * 20];
        double[] y = new double[20];
        Rng rng = new Rng(5);
        for (int i = 0; i < 20; i++) {
            double a = rng.nextGaussian();
            double b = rng.nextGaussian();
            x[3 * i] = a;
            x[3 * i + 1] = b;
            x[3 * i + 2] = a + b;
            y[i] = 2 * a - b + 0.1 * rng.nextGaussian();
        }
        Dataset d = Dataset.of(Mat.of(20, 3, x), Vec.of(y));
        RegularizationPath p = RegularizationPath.of(d, new double[] {1e-9, 1}, ProgressListener.NONE);
        assertThat(p.rank()).isEqualTo(2);
        assertThat(p.dof().get(0)).isCloseTo(2.0, within(1e-6));
        // as λ → 0 the path tends to the minimum-norm least-squares solution
        Vec minNorm = Solvers.lstsq(d, ProgressListener.NONE);
        assertThat(p.get(0).minus(minNorm).norm()).isLessThan(1e-6 * minNorm.norm());
        assertThat(p.get(0).get(2)).isCloseTo(p.get(0).get(0) + p.get(0).get(1), within(1e-6));
        assertThatThrownBy(() -> RegularizationPath.of(d, new double[] {1, 0}, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lambdas[1] = 0.0 leaves XᵀX + λI singular (XᵀX has rank 2 < N = 3)")
                .hasMessageContaining("lstsq()");
    }

    @Test
    void aFreshDecompositionGivesTheSamePath() {
        Dataset d = data(3, 200, 5, 0.2);
        double[] lambdas = Grid.logspace(-1, 3, 9).toArray();
        RegularizationPath cached = RegularizationPath.of(d, lambdas, ProgressListener.NONE);
        RegularizationPath fresh = RegularizationPath.of(d.stats(ProgressListener.NONE), lambdas);
        assertThat(fresh.coefficients()).isEqualTo(cached.coefficients());
    }

    @Test
    void badInputIsRefusedWithTheArgumentNamed() {
        Dataset d = data(4, 10, 2, 0);
        assertThatThrownBy(() -> RegularizationPath.of(d, new double[0], ProgressListener.NONE))
                .hasMessage("lambdas must hold at least one λ, e.g. logspace(-2, 4, 50), but got none");
        assertThatThrownBy(() -> RegularizationPath.of(d, new double[] {1, -2}, ProgressListener.NONE))
                .hasMessage("lambdas[1] must be a finite number >= 0, but was -2.0");
        assertThatThrownBy(() -> RegularizationPath.of(d, new double[] {Double.NaN}, ProgressListener.NONE))
                .hasMessage("lambdas[0] must be a finite number >= 0, but was nan");
        RegularizationPath p = RegularizationPath.of(d, new double[] {1}, ProgressListener.NONE);
        assertThatThrownBy(() -> p.get(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("index 1 is out of range for a path of 1 λ values (0..0)");
        assertThatThrownBy(() -> p.coefficient(2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void printsASummaryAndATable() {
        Dataset d = data(0, 100, 2, 0.1);
        RegularizationPath p = RegularizationPath.of(d, Grid.logspace(0, 4, 5).toArray(), ProgressListener.NONE);
        String s = p.toString();
        assertThat(s).startsWith("RegularizationPath: 5 λ from 1 to 1e+04, N = 2, rank 2\n");
        assertThat(s.lines().skip(1).findFirst().orElseThrow()).matches("\\s+λ\\s+‖w‖\\s+dof\\s+w1\\s+w2");
        assertThat(s.lines().count()).isEqualTo(7);
        RegularizationPath many = RegularizationPath.of(d, Grid.logspace(0, 4, 30).toArray(), ProgressListener.NONE);
        assertThat(many.toString().lines().count()).isEqualTo(13);
        assertThat(many.toString()).contains("...");
    }

    @Test
    void theSamePathOnOneOrTwoThreads() {
        Dataset d = data(6, 400, 300, 1.0);
        double[] lambdas = Grid.logspace(0, 4, 100).toArray();
        RegularizationPath one = RegularizationPath.of(d, lambdas, new Workers(1), ProgressListener.NONE);
        RegularizationPath two = RegularizationPath.of(d, lambdas, new Workers(2), ProgressListener.NONE);
        assertThat(two.coefficients()).isEqualTo(one.coefficients());
        assertThat(two.norms()).isEqualTo(one.norms());
    }
}
