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
import wb.numeric.kernel.Rng;

/**
 * G = XᵀX with ojAlgo 57.1's multiply in its best layout: X stored transposed (an N×M
 * R064Store, column-major, so each row of X is contiguous), G = Xᵀ·(Xᵀ)ᵀ.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GramOjalgoBench {
    @Param({"1000x1", "1000x2", "100000x10", "100000x200", "1000000x50"})
    public String shape;

    R064Store xt;

    @Setup(Level.Trial)
    public void setUp() {
        xt = transposed(Shapes.m(shape), Shapes.n(shape));
    }

    static R064Store transposed(int m, int n) {
        double[] x = new double[m * n];
        new Rng(0).fillGaussian(x, 0, x.length);
        R064Store t = R064Store.FACTORY.make(n, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t.set(j, i, x[i * n + j]);
            }
        }
        return t;
    }

    @Benchmark
    public MatrixStore<Double> ojalgo() {
        return xt.multiply(xt.transpose());
    }
}
