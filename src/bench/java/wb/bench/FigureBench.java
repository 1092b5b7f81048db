package wb.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import wb.api.Data;
import wb.api.Fits;
import wb.api.Objectives;
import wb.api.Workbench;
import wb.numeric.Vec;
import wb.plot.Figure;
import wb.plot.render.FigureFiles;
import wb.plot.Surface;

/**
 * Times, warm, building and encoding the notebook's figures, as src/bench/python/plot_bench.py
 * times matplotlib on the same data: the 1-D weight-decay figure (three 100-point curves and two
 * markers) as PNG, and the contour figure (two 100 x 100 surfaces, 10 levels each, two markers)
 * as PNG and as SVG. Each operation builds the figure from precomputed arrays (contours included)
 * and encodes it to bytes in memory, as the Python side does with savefig into a BytesIO.
 *
 * <p>Data recipe (seed 0, numpy-compatible generator): X = randn(1000, 1), y = 3.14 X + 1; then
 * X = randn(1000, 2), y = X (4.0, 1.5); lambda = 1000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class FigureBench {

    private static final double LAMBDA = 1e3;

    private double[] w;
    private double[] ls;
    private double[] wd;
    private double[] j;
    private double[] minJ;
    private double[] minLs;
    private double[] axis;
    private double[][] mse;
    private double[][] l2;
    private double[] w2;

    @Setup
    public void data() {
        Workbench.bind(new Workbench(0));
        Data.dataset(1000, Vec.of(3.14), 1.0);
        w = Data.linspace(-5, 5, 100).toArray();
        ls = new double[w.length];
        wd = new double[w.length];
        j = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            ls[i] = Objectives.ls(w[i]);
            wd[i] = Objectives.wd(LAMBDA, w[i]);
            j[i] = Objectives.objectiveLs(LAMBDA, w[i]);
        }
        double wl2 = Fits.ridge(LAMBDA).item();
        double wls = Fits.normal().item();
        minJ = new double[] {wl2, Objectives.objectiveLs(LAMBDA, wl2)};
        minLs = new double[] {wls, Objectives.ls(wls)};
        Data.dataset(1000, Vec.of(4.0, 1.5));
        axis = Data.linspace(-7, 7, 100).toArray();
        mse = new double[axis.length][axis.length];
        l2 = new double[axis.length][axis.length];
        for (int r = 0; r < axis.length; r++) {
            for (int c = 0; c < axis.length; c++) {
                mse[r][c] = Objectives.mse(axis[c], axis[r]);
                l2[r][c] = Objectives.wd(LAMBDA, axis[c], axis[r]);
            }
        }
        w2 = Fits.ridge(LAMBDA).toArray();
    }

    Figure lsWd() {
        return new Figure().line(w, ls).label("LS").line(w, wd).label("L2").line(w, j).label("J")
                .point(minJ[0], minJ[1]).color("red").label("min J").point(minLs[0], minLs[1]).color("black").label("min LS")
                .xlabel("w");
    }

    Figure contour() {
        return new Figure().contour(Surface.of(axis, axis, mse)).cmap("inferno").spread(10, 0.1)
                .point(4.0, 1.5).color("black").label("min MSE")
                .contour(Surface.of(axis, axis, l2)).cmap("Blues").spread(10, 0.1)
                .point(w2[0], w2[1]).marker("x").color("red").markerSize(10).label("min J")
                .xlim(-7, 7).ylim(-7, 7).xlabel("$w_{1}$").ylabel("$w_{2}$");
    }

    @Benchmark
    public byte[] lsWdPng() {
        return FigureFiles.bytes(lsWd().spec(), FigureFiles.Format.PNG);
    }

    @Benchmark
    public byte[] contourPng() {
        return FigureFiles.bytes(contour().spec(), FigureFiles.Format.PNG);
    }

    @Benchmark
    public byte[] contourSvg() {
        return FigureFiles.bytes(contour().spec(), FigureFiles.Format.SVG);
    }
}
