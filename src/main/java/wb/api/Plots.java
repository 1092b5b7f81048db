package wb.api;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import wb.numeric.CrossValidation;
import wb.numeric.Dataset;
import wb.numeric.Grid;
import wb.numeric.Mat;
import wb.numeric.RegularizationPath;
import wb.numeric.Trajectory;
import wb.numeric.ValidationCurve;
import wb.numeric.Vec;
import wb.numeric.kernel.Checks;
import wb.plot.Animation;
import wb.plot.Figure;
import wb.plot.Surface;

/**
 * The plotting helpers that snippets {@code import static wb.api.Plots.*}: each makes a
 * {@link Figure} bound to the display of the bound {@link Workbench}, to be styled by chaining and
 * shown as a snippet's value or by {@code .show()}. A figure of the active data set also has a
 * form taking the data set first ({@code plotGd(d, ...)}), except the slice
 * {@code contour(f, i, j, ...)}, whose data-set-free form {@code contour(f, at, i, j, ...)} takes the
 * point to slice at instead.
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
     * <p>Example: {@code plot().line(x, y).scatter(x, losses)}
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
        return contour(f, Fits.lstsq(), i, j, x0, x1, y0, y1);
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

    // ---- exploring weight decay: paths, shrinkage, validation, gradient descent, animations ----

    private static wb.plot.Display display() {
        return Workbench.current().display();
    }

    /**
     * The regularisation path figure: each coefficient wⱼ(λ) of w(λ) = (XᵀX + λI)⁻¹Xᵀy against λ
     * on a log axis, with ‖w(λ)‖ dashed.
     * <p>Example: {@code plot(path(logspace(-2, 4, 100)))}
     */
    public static Figure plot(RegularizationPath path) {
        return ExploreFigures.path(display(), Checks.given(path, "path", "plot(path(logspace(-2, 4, 100)))"));
    }

    /**
     * The effective degrees of freedom dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ) of a path against λ (log axis),
     * falling from rank(X) towards 0.
     * <p>Example: {@code plotDof(path(logspace(-2, 4, 100)))}
     */
    public static Figure plotDof(RegularizationPath path) {
        return ExploreFigures.dof(display(), Checks.given(path, "path", "plotDof(path(logspace(-2, 4, 100)))"));
    }

    /**
     * Shrinkage by direction on the active data set (N = 2): the contours of LS(w), the eigenvectors
     * vᵢ of XᵀX with their factors fᵢ = σᵢ²/(σᵢ² + λ), the curve of minimisers w(λ) from w_ls
     * (λ = 0) to the origin (λ → ∞), and the two minima.
     * <p>Example: {@code plotShrinkage(300)}
     */
    public static Figure plotShrinkage(double lambda) {
        return ExploreFigures.shrinkage(display(), Data.data(), lambda);
    }

    /**
     * The shrinkage figure of data set d (N = 2) at λ: LS contours, eigen-directions, the minimiser path.
     * <p>Example: {@code plotShrinkage(d, 300)}
     */
    public static Figure plotShrinkage(Dataset d, double lambda) {
        return ExploreFigures.shrinkage(display(), Checks.given(d, "d", "plotShrinkage(data(), 300)"), lambda);
    }

    /**
     * Train and test MSE against λ (log axis) with the best λ marked and the unregularised fit's
     * test MSE dashed for comparison.
     * <p>Example: {@code plot(validation(logspace(-6, 2, 50)))}
     */
    public static Figure plot(ValidationCurve curve) {
        return ExploreFigures.validation(display(), Checks.given(curve, "curve", "plot(validation(logspace(-6, 2, 50)))"));
    }

    /**
     * Cross-validation against λ (log axis): CV(λ), the mean held-out MSE over the folds, ± its
     * standard error, each fold's curve, and the picked λ.
     * <p>Example: {@code plot(crossValidate(logspace(-6, 2, 50), 5))}
     */
    public static Figure plot(CrossValidation cv) {
        return ExploreFigures.crossValidation(display(), Checks.given(cv, "cv", "plot(crossValidate(logspace(-6, 2, 50), 5))"));
    }

    /**
     * Gradient-descent trajectories over the contours of the loss (N = 2), each with its
     * closed-form minimiser marked (black dot for λ = 0, red × for λ &gt; 0); for N ≠ 2, J(w_k) − J(w*)
     * against the step on a log axis.
     * <p>Example: {@code plot(gd(0, 1e-3, 50, vec(-6, 6)), gd(300, 1e-3, 50, vec(-6, 6)))}
     */
    public static Figure plot(Trajectory... trajectories) {
        return ExploreFigures.gd(display(), trajectories);
    }

    /**
     * Gradient descent with and without weight decay from {@code start} on the active data set:
     * gd(0, rate, steps) ending at w_ls and gd(λ, rate, steps) ending at ridge(λ), over the LS contours.
     * <p>Example: {@code plotGd(300, 0.5 * rateLimit(300), 60, vec(-6, 6))}
     */
    public static Figure plotGd(double lambda, double rate, int steps, Vec start) {
        return plotGd(Data.data(), lambda, rate, steps, start);
    }

    /**
     * Gradient descent with and without weight decay from {@code start} on data set d, over its LS contours.
     * <p>Example: {@code plotGd(d, 300, 0.5 * rateLimit(d, 300), 60, vec(-6, 6))}
     */
    public static Figure plotGd(Dataset d, double lambda, double rate, int steps, Vec start) {
        return plot(Fits.gd(d, 0, rate, steps, start), Fits.gd(d, lambda, rate, steps, start));
    }

    /**
     * One gradient step on J(w) = LS(w) + (λ/2)‖w‖² taken apart (N = 2): the decay w → (1 − rate·λ)·w
     * towards the origin, then the loss's step −rate·∇LS(w), landing exactly where the step
     * w − rate·∇J(w) lands. On the active data set.
     * <p>Example: {@code plotDecayStep(300, 1e-3, vec(-4, 5))}
     */
    public static Figure plotDecayStep(double lambda, double rate, Vec w) {
        return plotDecayStep(Data.data(), lambda, rate, w);
    }

    /**
     * One gradient step on J(w) = LS(w) + (λ/2)‖w‖² of data set d taken apart: the decay, then the loss's step.
     * <p>Example: {@code plotDecayStep(d, 300, 1e-3, vec(-4, 5))}
     */
    public static Figure plotDecayStep(Dataset d, double lambda, double rate, Vec w) {
        return ExploreFigures.decayStep(display(), Args.data(d), lambda, rate, w);
    }

    /**
     * An animation with one frame per value of a parameter, each made by {@code frame}; captioned
     * "parameter = value". Save it as a GIF ({@code .save("out/a.gif")}) or show it: a window
     * with a slider and the arrow keys at a desktop, a numbered GIF in a script run.
     * <p>Example: {@code animate("λ", logspace(-1, 4, 40), lam -> plotShrinkage(lam)).show()}
     */
    public static Animation animate(String parameter, Vec values, DoubleFunction<Figure> frame) {
        return ExploreFigures.animate(display(), Checks.given(parameter, "parameter", "\"λ\""), Checks.given(values, "values", "logspace(-1, 4, 40)"), frame);
    }

    /**
     * The shrinkage figure (N = 2) as λ runs through {@code lambdas}: the ridge minimum sliding
     * along the minimiser path towards the origin. On the active data set.
     * <p>Example: {@code animateShrinkage(logspace(-1, 4, 40)).show()}
     */
    public static Animation animateShrinkage(Vec lambdas) {
        return animateShrinkage(Data.data(), lambdas);
    }

    /**
     * The shrinkage figure of data set d (N = 2) as λ runs through {@code lambdas}.
     * <p>Example: {@code animateShrinkage(d, logspace(-1, 4, 40))}
     */
    public static Animation animateShrinkage(Dataset d, Vec lambdas) {
        return ExploreFigures.animateShrinkage(display(), Args.data(d), Checks.given(lambdas, "lambdas", "logspace(-1, 4, 40)"));
    }

    /**
     * Gradient-descent trajectories drawn step by step (at most 60 frames), over a fixed window.
     * <p>Example: {@code animateGd(gd(0, 1e-3, 60, vec(-6, 6)), gd(300, 1e-3, 60, vec(-6, 6))).save("out/gd.gif")}
     */
    public static Animation animateGd(Trajectory... trajectories) {
        return ExploreFigures.animateGd(display(), trajectories);
    }
}
