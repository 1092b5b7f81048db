package wb.bench;

import java.util.concurrent.TimeUnit;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link GramOjalgoBench} at (20000, 2000), timed as single shots (run by src/bench/run-numeric.sh
 * with {@code -bm ss -wi 1 -i 3}): one multiply takes tens of seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GramOjalgoBigBench {
    @Param({"20000x2000"})
    public String shape;

    R064Store xt;

    @Setup(Level.Trial)
    public void setUp() {
        xt = GramOjalgoBench.transposed(Shapes.m(shape), Shapes.n(shape));
    }

    @Benchmark
    public MatrixStore<Double> ojalgo() {
        return xt.multiply(xt.transpose());
    }
}
