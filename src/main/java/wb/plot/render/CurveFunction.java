package wb.plot.render;

import java.util.function.DoubleUnaryOperator;
import wb.numeric.Grid;

/**
 * The function a line was sampled from: {@code f} over [a, b] at {@code points} evenly spaced
 * points, kept so that the line can be sampled again at another count or over a window's view.
 */
public record CurveFunction(DoubleUnaryOperator f, double a, double b, int points) {

    /** The same function at another number of points. */
    public CurveFunction withPoints(int n) {
        return new CurveFunction(f, a, b, n);
    }

    /** {x, y}: {@code f} at {@link #points} evenly spaced points of [lo, hi], ends included. */
    public double[][] sample(double lo, double hi) {
        double[] x = Grid.linspace(lo, hi, points).toArray();
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = f.applyAsDouble(x[i]);
        }
        return new double[][] {x, y};
    }
}
