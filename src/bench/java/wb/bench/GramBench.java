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
import wb.numeric.Gram;
import wb.numeric.Rng;
import wb.numeric.Workers;

/** G = XᵀX: wb's blocked kernel on row-major X against ojAlgo's multiply on transposed storage. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GramBench {
    @Param({"1000x1", "1000x2", "100000x10", "100000x200", "1000000x50", "20000x2000"})
    public String shape;

    private int m;
    private int n;
    private double[] x;
    private R064Store xt;

    @Setup(Level.Trial)
    public void setUp() {
        m = Shapes.m(shape);
        n = Shapes.n(shape);
        x = new double[m * n];
        new Rng(0).fillGaussian(x, 0, x.length);
        // ojAlgo is fastest with X stored transposed (N×M, column-major = X's rows contiguous).
        xt = R064Store.FACTORY.make(n, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                xt.set(j, i, x[i * n + j]);
            }
        }
    }

    @Benchmark
    public double[] wb() {
        return Gram.gram(x, m, n, Workers.shared());
    }

    @Benchmark
    public MatrixStore<Double> ojalgo() {
        return xt.multiply(xt.transpose());
    }
}
