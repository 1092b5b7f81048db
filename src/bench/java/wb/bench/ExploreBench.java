package wb.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import wb.numeric.CrossValidation;
import wb.numeric.Dataset;
import wb.numeric.Grid;
import wb.numeric.Mat;
import wb.numeric.RegularizationPath;
import wb.numeric.Solvers;
import wb.numeric.Vec;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Rng;

/**
 * The exploring helpers' two costs from issue 6, each beside what it replaces, in the same run:
 *
 * <ul>
 *   <li>the ridge path over 200 λ at N = 500 (M = 2000, X standard normal, y with noise 1):
 *       {@code pathCached} from the data set's kept decomposition of XᵀX (every path after the
 *       first), {@code pathFresh} including that O(N³) decomposition (the first path), and
 *       {@code separateSolves}, 200 Cholesky solves of (XᵀX + λI)w = Xᵀy on the same cached XᵀX;</li>
 *   <li>5-fold cross-validation over 50 λ at M = 100000, N = 50: {@code crossValidate} (fold
 *       Grams, training Grams as sums, one eigendecomposition per fold, held-out errors from fold
 *       statistics) against {@code crossValidateByHand}, what one writes with the solvers alone:
 *       per fold, copy the training rows into a data set, solve ridge for each λ (its XᵀX is
 *       computed once and cached), and score each solution on the held-out rows directly.</li>
 * </ul>
 * Statistics (XᵀX) of the path's data set are computed in setup, as a session has them after the
 * first use; cross-validation starts from the raw data set each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class ExploreBench {

    private Dataset pathData;
    private double[] pathLambdas;
    private Dataset cvData;
    private double[] cvLambdas;

    @Setup(Level.Trial)
    public void data() {
        pathData = Dataset.synthetic(new Rng(0), 2000, 500, 0.0, 1.0, ProgressListener.NONE);
        pathLambdas = Grid.logspace(0, 5, 200).toArray();
        pathData.stats(ProgressListener.NONE);
        RegularizationPath.of(pathData, pathLambdas, ProgressListener.NONE); // keeps the decomposition
        cvData = Dataset.synthetic(new Rng(1), 100_000, 50, 0.0, 1.0, ProgressListener.NONE);
        cvLambdas = Grid.logspace(-2, 5, 50).toArray();
    }

    @Benchmark
    @Warmup(iterations = 5)
    @Measurement(iterations = 20)
    public RegularizationPath pathCached() {
        return RegularizationPath.of(pathData, pathLambdas, ProgressListener.NONE);
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public RegularizationPath pathFresh() {
        return RegularizationPath.of(pathData.stats(ProgressListener.NONE), pathLambdas);
    }

    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 6)
    public void separateSolves(Blackhole bh) {
        for (double lambda : pathLambdas) {
            bh.consume(Solvers.ridge(pathData, lambda, ProgressListener.NONE));
        }
    }

    @Benchmark
    @Warmup(iterations = 3)
    @Measurement(iterations = 10)
    public CrossValidation crossValidate() {
        return CrossValidation.of(new Rng(7), cvData, cvLambdas, 5, ProgressListener.NONE);
    }

    @Benchmark
    @Warmup(iterations = 2)
    @Measurement(iterations = 6)
    public double crossValidateByHand() {
        int m = cvData.m();
        int n = cvData.n();
        int k = 5;
        double[] x = cvData.x().toArray();
        double[] y = cvData.y().toArray();
        int[] perm = wb.numeric.kernel.Permutation.of(new Rng(7), m);
        double[] meanMse = new double[cvLambdas.length];
        int from = 0;
        for (int f = 0; f < k; f++) {
            int size = m / k + (f < m % k ? 1 : 0);
            boolean[] held = new boolean[m];
            for (int i = from; i < from + size; i++) {
                held[perm[i]] = true;
            }
            from += size;
            double[] tx = new double[(m - size) * n];
            double[] ty = new double[m - size];
            double[] hx = new double[size * n];
            double[] hy = new double[size];
            for (int i = 0, t = 0, h = 0; i < m; i++) {
                if (held[i]) {
                    System.arraycopy(x, i * n, hx, h * n, n);
                    hy[h++] = y[i];
                } else {
                    System.arraycopy(x, i * n, tx, t * n, n);
                    ty[t++] = y[i];
                }
            }
            Dataset train = Dataset.of(Mat.of(m - size, n, tx), Vec.of(ty));
            for (int l = 0; l < cvLambdas.length; l++) {
                double[] w = Solvers.ridge(train, cvLambdas[l], ProgressListener.NONE).toArray();
                double s = 0;
                for (int i = 0; i < size; i++) {
                    double r = -hy[i];
                    for (int j = 0; j < n; j++) {
                        r += hx[i * n + j] * w[j];
                    }
                    s += r * r;
                }
                meanMse[l] += s / size / k;
            }
        }
        double best = Double.POSITIVE_INFINITY;
        for (double v : meanMse) {
            best = Math.min(best, v);
        }
        return best;
    }
}
