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
import wb.numeric.Solvers;
import wb.numeric.Vec;
import wb.numeric.kernel.ProgressListener;

/** ridge(λ) on cached statistics (Cholesky on XᵀX + λI, the Gram excluded). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SolveBench {
    @Param({"1000x1", "1000x2", "100000x10", "100000x200", "1000000x50", "20000x2000"})
    public String shape;

    private Dataset d;

    @Setup(Level.Trial)
    public void setUp() {
        d = Shapes.dataset(shape);
        d.stats(ProgressListener.NONE);
    }

    @Benchmark
    public Vec ridge() {
        return Solvers.ridge(d, 1.0, ProgressListener.NONE);
    }
}
