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

/**
 * The same {@link LossGrid} as {@link GridBench}, each point computed directly from the rows
 * (O(MN) per point, as the notebook does). Only small M: at M·N = 10⁶ one grid is ~10¹⁰ flops.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GridDirectBench {
    @Param({"1000x1", "1000x2"})
    public String shape;

    Dataset d;
    Grid grid;

    @Setup(Level.Trial)
    public void setUp() {
        d = Shapes.dataset(shape);
        grid = LossGrid.grid();
    }

    @Benchmark
    public Mat direct() {
        int n = d.n();
        return grid.map((a, b) -> Losses.lsDirect(d, LossGrid.point(n, a, b)));
    }
}
