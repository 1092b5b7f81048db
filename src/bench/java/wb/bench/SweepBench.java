package wb.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import wb.numeric.Dataset;
import wb.numeric.Mat;
import wb.numeric.Solvers;
import wb.numeric.Statistics;
import wb.numeric.Vec;
import wb.numeric.kernel.ProgressListener;

/**
 * A 100-value λ sweep (λ log-spaced over 10⁻² … 10⁴) on cached statistics: one fresh
 * decomposition of XᵀX (the tridiagonal reduction) plus 100 O(N²) solves, the same with the data
 * set's decomposition already kept (a repeated sweep), and 100 separate Cholesky solves. N = 2000 is
 * left out of the default run (100 separate solves take minutes there).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SweepBench {
    @Param({"1000x1", "1000x2", "100000x10", "100000x200", "1000000x50", "2000x500"})
    public String shape;

    private Dataset d;
    private Statistics stats;
    private final double[] lambdas = new double[100];

    @Setup(Level.Trial)
    public void setUp() {
        d = Shapes.dataset(shape);
        stats = d.stats(ProgressListener.NONE);
        for (int k = 0; k < lambdas.length; k++) {
            lambdas[k] = Math.pow(10, -2 + 6.0 * k / (lambdas.length - 1));
        }
    }

    @Benchmark
    public Mat freshPath() {
        return Solvers.ridgePath(stats, lambdas);
    }

    /** The same sweep through the data set's kept decomposition: a repeated sweep. */
    @Benchmark
    public Mat keptPath() {
        return Solvers.ridgePath(d, lambdas, ProgressListener.NONE);
    }

    @Benchmark
    public Vec[] separateSolves() {
        Vec[] out = new Vec[lambdas.length];
        for (int k = 0; k < lambdas.length; k++) {
            out[k] = Solvers.ridge(d, lambdas[k], ProgressListener.NONE);
        }
        return out;
    }
}
