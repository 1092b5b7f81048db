package wb.api;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import wb.plot.Figure;
import wb.plot.Grid;

/**
 * The plotting helpers that snippets {@code import static wb.api.Plots.*}: each makes a
 * {@link Figure} bound to the session's display, to be styled by chaining and shown as a
 * snippet's value or by {@code .show()}.
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
        return new Figure(FigureContext.current().display());
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
     * Contour lines of {@code f(x, y)} over [x0, x1] x [y0, y1] on a 100 x 100 grid.
     * <p>Example: {@code contour((a, b) -> a * a + 3 * b * b, -2, 2, -2, 2).levels(5).cmap("inferno")}
     */
    public static Figure contour(DoubleBinaryOperator f, double x0, double x1, double y0, double y1) {
        return plot().contour(f, x0, x1, y0, y1);
    }

    /**
     * Contour lines of a precomputed grid.
     * <p>Example: {@code contour(Grid.of(xs, ys, z)).spread(10, 0.1)}
     */
    public static Figure contour(Grid grid) {
        return plot().contour(grid);
    }

    /**
     * A filled heatmap of {@code f(x, y)} over [x0, x1] x [y0, y1] on a 200 x 200 grid.
     * <p>Example: {@code heatmap((a, b) -> a * b, -1, 1, -1, 1).cmap("viridis")}
     */
    public static Figure heatmap(DoubleBinaryOperator f, double x0, double x1, double y0, double y1) {
        return plot().heatmap(f, x0, x1, y0, y1);
    }

    /**
     * A filled heatmap of a precomputed grid.
     * <p>Example: {@code heatmap(Grid.of(xs, ys, z))}
     */
    public static Figure heatmap(Grid grid) {
        return plot().heatmap(grid);
    }
}
