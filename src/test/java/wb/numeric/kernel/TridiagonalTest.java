package wb.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.R064Store;

class TridiagonalTest {

    /** XᵀX of an M×N standard normal X (row-major), by the textbook triple loop. */
    static double[] gram(long seed, int m, int n) {
        Rng r = new Rng(seed);
        double[] x = new double[m * n];
        r.fillGaussian(x, 0, x.length);
        return GramTest.naive(x, m, n);
    }

    /** ojAlgo's eigenvalues of the symmetric g, ascending: the independent reference. */
    static double[] ojalgoEigenvalues(double[] g, int n) {
        R064Store a = R064Store.FACTORY.make(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, g[i * n + j]);
            }
        }
        Eigenvalue<Double> eig = Eigenvalue.R064.make(a, true);
        assertThat(eig.decompose(a)).isTrue();
        double[] ev = new double[n];
        eig.getEigenvalues(ev, Optional.empty());
        Arrays.sort(ev);
        return ev;
    }

    private static double maxAbs(double[] a) {
        double m = 0;
        for (double v : a) {
            m = Math.max(m, Math.abs(v));
        }
        return m;
    }

    /** Column j of QTQᵀ, computed as Q(T(Qᵀeⱼ)). */
    private static double[] rebuiltColumn(Tridiagonal t, int j) {
        int n = t.n();
        double[] x = new double[n];
        x[j] = 1;
        t.applyQt(x);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = t.diagonal()[i] * x[i];
            if (i > 0) {
                y[i] += t.offDiagonal()[i - 1] * x[i - 1];
            }
            if (i < n - 1) {
                y[i] += t.offDiagonal()[i] * x[i + 1];
            }
        }
        t.applyQ(y);
        return y;
    }

    private static void assertReduces(double[] g, int n) {
        Tridiagonal t = Tridiagonal.of(g, n, ProgressListener.NONE);
        double scale = Math.max(Double.MIN_NORMAL, maxAbs(g));
        for (int j = 0; j < n; j++) {
            double[] col = rebuiltColumn(t, j);
            for (int i = 0; i < n; i++) {
                assertThat(Math.abs(col[i] - g[i * n + j])).as("N = %d, entry (%d, %d) of QTQᵀ − G", n, i, j)
                        .isLessThanOrEqualTo(20 * n * Math.ulp(1.0) * scale);
            }
        }
        // Q is orthogonal: QᵀQ = I, column by column
        for (int j = 0; j < n; j++) {
            double[] x = new double[n];
            x[j] = 1;
            t.applyQ(x);
            t.applyQt(x);
            for (int i = 0; i < n; i++) {
                assertThat(Math.abs(x[i] - (i == j ? 1 : 0))).isLessThanOrEqualTo(20 * n * Math.ulp(1.0));
            }
        }
        double[] expected = ojalgoEigenvalues(g, n);
        double[] actual = t.eigenvalues();
        for (int i = 0; i < n; i++) {
            assertThat(Math.abs(actual[i] - expected[i])).as("N = %d, eigenvalue %d", n, i)
                    .isLessThanOrEqualTo(20 * n * Math.ulp(1.0) * scale);
        }
    }

    @Test
    void reducesGramMatricesToQTQtWithTheirEigenvalues() {
        int[][] shapes = {{5, 1}, {5, 2}, {9, 3}, {40, 10}, {300, 200}, {150, 200}};
        for (int[] s : shapes) {
            assertReduces(gram(s[0] * 7L + s[1], s[0], s[1]), s[1]);
        }
    }

    @Test
    void handlesRowsThatAreAlreadyReducedAndRepeatedEigenvalues() {
        int n = 7;
        double[] diagonal = new double[n * n];
        double[] blocks = new double[n * n];
        for (int i = 0; i < n; i++) {
            diagonal[i * n + i] = i % 3; // eigenvalues 0, 1, 2 repeated: every reflector is the identity
            blocks[i * n + i] = 4;
        }
        blocks[1] = blocks[n] = 1; // a 2×2 block, then a diagonal
        blocks[3 * n + 5] = blocks[5 * n + 3] = 2;
        assertReduces(diagonal, n);
        assertReduces(blocks, n);
        assertReduces(new double[n * n], n);
        double[] ones = new double[n * n];
        Arrays.fill(ones, 1.0); // rank one: eigenvalues 0 (6 times) and 7
        assertReduces(ones, n);
        assertThat(Tridiagonal.of(ones, n, ProgressListener.NONE).eigenvalues()[n - 1])
                .isCloseTo(7.0, org.assertj.core.api.Assertions.within(1e-13));
    }

    @Test
    void theEigenvaluesOfAKnownTridiagonalMatrix() {
        // tridiag(-1, 2, -1) of size n has eigenvalues 2 − 2cos(kπ/(n + 1)), k = 1..n
        int n = 50;
        double[] g = new double[n * n];
        for (int i = 0; i < n; i++) {
            g[i * n + i] = 2;
            if (i + 1 < n) {
                g[i * n + i + 1] = g[(i + 1) * n + i] = -1;
            }
        }
        double[] ev = Tridiagonal.of(g, n, ProgressListener.NONE).eigenvalues();
        for (int k = 1; k <= n; k++) {
            assertThat(ev[k - 1]).isCloseTo(2 - 2 * Math.cos(k * Math.PI / (n + 1)),
                    org.assertj.core.api.Assertions.within(1e-13));
        }
    }

    @Test
    void theReductionIsTheSameEveryTime() {
        double[] g = gram(3, 120, 90);
        Tridiagonal a = Tridiagonal.of(g, 90, ProgressListener.NONE);
        Tridiagonal b = Tridiagonal.of(g.clone(), 90, ProgressListener.NONE);
        assertThat(b.diagonal()).isEqualTo(a.diagonal());
        assertThat(b.offDiagonal()).isEqualTo(a.offDiagonal());
        assertThat(b.eigenvalues()).isEqualTo(a.eigenvalues());
    }

    @Test
    void anInterruptedReductionThrowsAndKeepsTheInterruptStatus() {
        double[] g = gram(4, 60, 40);
        double[] copy = g.clone();
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Tridiagonal.of(g, 40, ProgressListener.NONE))
                    .isInstanceOf(ComputationInterruptedException.class)
                    .hasMessage("tridiagonal reduction of XᵀX was interrupted; nothing was changed");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(g).isEqualTo(copy);
    }

    @Test
    void reportsProgressUpToTheTotal() {
        double[] g = gram(5, 80, 60);
        long[] last = {-1, -1};
        Tridiagonal.of(g, 60, (task, done, total) -> {
            assertThat(task).isEqualTo(Tridiagonal.TASK);
            assertThat(done).isGreaterThanOrEqualTo(last[0]).isLessThanOrEqualTo(total);
            last[0] = done;
            last[1] = total;
        });
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
    }
}
