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
import wb.numeric.kernel.Gram;
import wb.numeric.kernel.Rng;
import wb.numeric.kernel.Workers;

/**
 * G = XᵀX with wb's kernel on row-major X. ojAlgo's multiply for the same work is
 * {@link GramOjalgoBench} (and {@link GramOjalgoBigBench} for (20000, 2000), a single shot: one
 * multiply takes about 20 s or more there).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GramBench {
    @Param({"1000x1", "1000x2", "100000x10", "100000x200", "1000000x50", "20000x2000"})
    public String shape;

    private int m;
    private int n;
    private double[] x;

    @Setup(Level.Trial)
    public void setUp() {
        m = Shapes.m(shape);
        n = Shapes.n(shape);
        x = new double[m * n];
        new Rng(0).fillGaussian(x, 0, x.length);
    }

    @Benchmark
    public double[] wb() {
        return Gram.gram(x, m, n, Workers.shared());
    }
}
