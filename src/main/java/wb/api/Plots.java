package wb.api;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import wb.numeric.Grid;
import wb.numeric.Mat;
import wb.numeric.Vec;
import wb.plot.Figure;
import wb.plot.Surface;

/**
 * The plotting helpers that snippets {@code import static wb.api.Plots.*}: each makes a
 * {@link Figure} bound to the display of the bound {@link Workbench}, to be styled by chaining and
 * shown as a snippet's value or by {@code .show()}.
 *
 * <pre>{@code
 * plot(w -> ls(w), -10, 10).label("LS").point(wls, ls(wls)).color("red").label("min").xlabel("w")
 * }</pre>
 */
public final class Plots {

    private Plots() {
    }

    /**
     * An empty figure to add series to.
     * <p>Example: {@code plot().line(x, y).scatter(x, z)}
     */
    public static Figure plot() {
        return new Figure(Workbench.current().display());
    }

    /**
     * An empty figure named {@code name} (windows and saved files are keyed by the name).
     * <p>Example: {@code figure("ls").fn(w -> ls(w), -10, 10)}
     */
    public static Figure figure(String name) {
        return plot().name(name);
    }

    /**
     * The curve of {@code f} over [a, b], sampled at 100 evenly spaced points.
     * <p>Example: {@code plot(w -> ls(w), -10, 10)}
     */
    public static Figure plot(DoubleUnaryOperator f, double a, double b) {
        return plot().fn(f, a, b);
    }

    /**
     * A line through the points (x[i], y[i]).
     * <p>Example: {@code plot(new double[] {0, 1, 2}, new double[] {0, 1, 4})}
     */
    public static Figure plot(double[] x, double[] y) {
        return plot().line(x, y);
    }

    /**
     * A line through the points (x[i], y[i]) of two vectors.
     * <p>Example: {@code plot(linspace(-1, 1, 5), vec(1, 0, 0, 0, 1))}
     */
    public static Figure plot(Vec x, Vec y) {
        requireVectors("plot", x, y);
        return plot(x.toArray(), y.toArray());
    }

    /**
     * A line through (i, y[i]) for i = 0, 1, ...
     * <p>Example: {@code plot(losses)}
     */
    public static Figure plot(double[] y) {
        return plot().line(y);
    }

    /**
     * Markers at the points (x[i], y[i]).
     * <p>Example: {@code scatter(x, y).marker("x").color("red")}
     */
    public static Figure scatter(double[] x, double[] y) {
        return plot().scatter(x, y);
    }

    /**
     * Markers at the points (x[i], y[i]) of two vectors.
     * <p>Example: {@code scatter(X().column(0), y())}
     */
    public static Figure scatter(Vec x, Vec y) {
        requireVectors("scatter", x, y);
        return scatter(x.toArray(), y.toArray());
    }

    /**
     * Contour lines of {@code f(x, y)} over [x0, x1] x [y0, y1] on a 100 x 100 grid.
     * <p>Example: {@code contour((a, b) -> a * a + 3 * b * b, -2, 2, -2, 2).levels(5).cmap("inferno")}
     */
    public static Figure contour(DoubleBinaryOperator f, double x0, double x1, double y0, double y1) {
        return plot().contour(f, x0, x1, y0, y1);
    }

    /**
     * Contour lines of a precomputed surface.
     * <p>Example: {@code contour(Surface.of(xs, ys, z)).spread(10, 0.1)}
     */
    public static Figure contour(Surface grid) {
        return plot().contour(grid);
    }

    /**
     * Contour lines of values {@code z} on a grid of points, z[i][j] at (xs[j], ys[i]) as {@code grid.map(f)} makes them.
     * <p>Example: {@code Grid g = grid(-7, 7, 100); contour(g, g.map((a, b) -> mse(a, b))).spread(10, 0.1)}
     */
    public static Figure contour(Grid grid, Mat z) {
        return plot().contour(surface("contour", grid, z));
    }

    /**
     * Contour lines of {@code f(w)} over coordinates {@code i} and {@code j} of w (0-based), the
     * other coordinates held at the least-squares minimiser of the active data set.
     * <p>Example: {@code contour(w -> mse(w), 0, 2, -7, 7, -7, 7)}
     */
    public static Figure contour(ToDoubleFunction<Vec> f, int i, int j, double x0, double x1, double y0, double y1) {
        return contour(f, Helpers.lstsq(), i, j, x0, x1, y0, y1);
    }

    /**
     * Contour lines of {@code f(w)} over coordinates {@code i} and {@code j} of w (0-based), the
     * other coordinates held at those of {@code at}; the axes are labelled w_{i+1} and w_{j+1}.
     * <p>Example: {@code contour(w -> objectiveMse(2, w), ridgeMse(2), 0, 1, -7, 7, -7, 7)}
     */
    public static Figure contour(ToDoubleFunction<Vec> f, Vec at, int i, int j, double x0, double x1, double y0, double y1) {
        if (f == null || at == null) {
            throw new IllegalArgumentException("contour: " + (f == null ? "f" : "at") + " must not be null");
        }
        int n = at.size();
        if (i < 0 || j < 0 || i >= n || j >= n || i == j) {
            throw new IllegalArgumentException("contour: coordinates i and j must be two different indices in 0.." + (n - 1)
                    + " (w has " + n + " coordinates), got i = " + i + ", j = " + j);
        }
        double[] base = at.toArray();
        DoubleBinaryOperator slice = (a, b) -> {
            double[] w = base.clone();
            w[i] = a;
            w[j] = b;
            return f.applyAsDouble(Vec.of(w));
        };
        return plot().contour(slice, x0, x1, y0, y1).xlabel("w_{" + (i + 1) + "}").ylabel("w_{" + (j + 1) + "}");
    }

    /**
     * A filled heatmap of {@code f(x, y)} over [x0, x1] x [y0, y1] on a 200 x 200 grid.
     * <p>Example: {@code heatmap((a, b) -> a * b, -1, 1, -1, 1).cmap("viridis")}
     */
    public static Figure heatmap(DoubleBinaryOperator f, double x0, double x1, double y0, double y1) {
        return plot().heatmap(f, x0, x1, y0, y1);
    }

    /**
     * A filled heatmap of a precomputed surface.
     * <p>Example: {@code heatmap(Surface.of(xs, ys, z))}
     */
    public static Figure heatmap(Surface grid) {
        return plot().heatmap(grid);
    }

    /**
     * A filled heatmap of values {@code z} on a grid of points, z[i][j] at (xs[j], ys[i]).
     * <p>Example: {@code Grid g = grid(-7, 7, 100); heatmap(g, g.map((a, b) -> mse(a, b)))}
     */
    public static Figure heatmap(Grid grid, Mat z) {
        return plot().heatmap(surface("heatmap", grid, z));
    }

    private static Surface surface(String what, Grid grid, Mat z) {
        if (grid == null || z == null) {
            throw new IllegalArgumentException(what + ": " + (grid == null ? "grid" : "z") + " must not be null");
        }
        if (z.rows() != grid.ys().size() || z.cols() != grid.xs().size()) {
            throw new IllegalArgumentException(what + ": z must be " + grid.ys().size() + " x " + grid.xs().size()
                    + " (one row per y of the grid), got " + z.shape());
        }
        return Surface.of(grid.xs().toArray(), grid.ys().toArray(), z.toArray2d());
    }

    private static void requireVectors(String what, Vec x, Vec y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(what + ": " + (x == null ? "x" : "y") + " must not be null");
        }
    }
}
