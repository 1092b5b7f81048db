package wb.plot.render;

import java.util.function.DoubleBinaryOperator;
import wb.numeric.Grid;

/**
 * The values of a surface on a rectangular grid, as a figure's contour or heatmap holds them:
 * {@code z[j][i]} at {@code (x[i], y[j])}, rows along y (numpy's {@code meshgrid} layout),
 * coordinates strictly increasing. Never changed once made; {@link wb.plot.Surface} checks what
 * a user passes and wraps one.
 */
public record SurfaceData(double[] x, double[] y, double[][] z) {

    /**
     * {@code f} at {@code nx x ny} evenly spaced points of [x0, x1] x [y0, y1], ends included
     * (numpy's {@code linspace} and {@code meshgrid}), through {@link Grid#map}, which stops when
     * the thread is interrupted.
     */
    public static SurfaceData sample(DoubleBinaryOperator f, double x0, double x1, double y0, double y1, int nx, int ny) {
        Grid grid = Grid.of(Grid.linspace(x0, x1, nx), Grid.linspace(y0, y1, ny));
        return new SurfaceData(grid.xs().toArray(), grid.ys().toArray(), grid.map(f).toArray2d());
    }

    /** The smallest finite value, NaN if there is none. */
    public double min() {
        double m = Double.NaN;
        for (double[] row : z) {
            for (double v : row) {
                if (Double.isFinite(v) && !(v >= m)) {
                    m = v;
                }
            }
        }
        return m;
    }

    /** The largest finite value, NaN if there is none. */
    public double max() {
        double m = Double.NaN;
        for (double[] row : z) {
            for (double v : row) {
                if (Double.isFinite(v) && !(v <= m)) {
                    m = v;
                }
            }
        }
        return m;
    }

    /** Cell boundaries for cell centres: midpoints, extended by half a step at each end. */
    static double[] cellEdges(double[] c) {
        int n = c.length;
        double[] e = new double[n + 1];
        for (int i = 1; i < n; i++) {
            e[i] = (c[i - 1] + c[i]) / 2;
        }
        e[0] = c[0] - (c[1] - c[0]) / 2;
        e[n] = c[n - 1] + (c[n - 1] - c[n - 2]) / 2;
        return e;
    }

}
