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

/**
 * lstsq() by the streaming QR of [X | y]. (20000, 2000) is left out of the default run: one
 * solve there takes tens of seconds (see docs/performance.md); add it with -p shape=20000x2000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LstsqBench {
    @Param({"1000x1", "1000x2", "100000x10", "100000x200", "1000000x50"})
    public String shape;

    private Dataset d;

    @Setup(Level.Trial)
    public void setUp() {
        d = Shapes.dataset(shape);
    }

    @Benchmark
    public Vec lstsq() {
        return Solvers.lstsq(d, ProgressListener.NONE);
    }
}
