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
import wb.numeric.Grid;
import wb.numeric.Losses;
import wb.numeric.Mat;
import wb.numeric.kernel.ProgressListener;

/**
 * The loss on the {@link LossGrid}, through the cached statistics: O(N²) per point whatever M
 * is. N = 2000 is left out of the default run (10,000 points × 8·10⁶ flops). The direct
 * O(MN)-per-point grid is {@link GridDirectBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GridBench {
    @Param({"1000x1", "1000x2", "1000000x2", "100000x10", "100000x200", "1000000x50"})
    public String shape;

    Dataset d;
    Grid grid;

    @Setup(Level.Trial)
    public void setUp() {
        d = Shapes.dataset(shape);
        d.stats(ProgressListener.NONE);
        grid = LossGrid.grid();
    }

    @Benchmark
    public Mat statistics() {
        int n = d.n();
        return grid.map((a, b) -> Losses.ls(d, LossGrid.point(n, a, b), ProgressListener.NONE));
    }
}
