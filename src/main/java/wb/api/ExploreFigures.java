package wb.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import wb.numeric.CrossValidation;
import wb.numeric.Dataset;
import wb.numeric.GradientDescent;
import wb.numeric.Grid;
import wb.numeric.Losses;
import wb.numeric.RegularizationPath;
import wb.numeric.Shrinkage;
import wb.numeric.Trajectory;
import wb.numeric.ValidationCurve;
import wb.numeric.Vec;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.Fmt;
import wb.numeric.kernel.ProgressListener;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;

/**
 * The figure recipes behind {@link Plots}' exploring block: the regularisation path, shrinkage by
 * direction, validation and cross-validation curves, gradient-descent trajectories, one decay
 * step, and animations of them. Each builds an ordinary {@link Figure} from numeric results.
 */
final class ExploreFigures {
    /** Contour levels of a quadratic loss: L_min + (L_max − L_min)·(k/K)², evenly spaced ellipses. */
    private static final int LEVELS = 10;
    private static final int MAX_FRAMES = 60;

    private ExploreFigures() {
    }

    private static Figure figure(Display display, String name) {
        return new Figure(display).name(name);
    }

    // ---------------------------------------------------------------- regularisation path

    static Figure path(Display display, RegularizationPath p) {
        double[] lambdas = p.lambdas().toArray();
        Figure f = figure(display, "path");
        boolean labels = p.n() <= 10;
        for (int j = 0; j < p.n(); j++) {
            f.line(lambdas, p.coefficient(j).toArray());
            if (labels) {
                f.label("$w_{" + (j + 1) + "}$");
            }
        }
        f.line(lambdas, p.norms().toArray()).label("‖w(λ)‖").color("black").lineStyle("--");
        return f.logx().xlabel("λ").ylabel("coefficients of w(λ)")
                .title("ridge path: w(λ) = (XᵀX + λI)⁻¹Xᵀy");
    }

    static Figure dof(Display display, RegularizationPath p) {
        double[] lambdas = p.lambdas().toArray();
        double[] rank = new double[lambdas.length];
        java.util.Arrays.fill(rank, p.rank());
        return figure(display, "dof")
                .line(lambdas, p.dof().toArray()).label("dof(λ)")
                .line(lambdas, rank).label("rank(X) = " + p.rank()).color("gray").lineStyle("--")
                .logx().ylim(0, p.n() * 1.08 + 0.05).xlabel("λ").ylabel("effective degrees of freedom")
                .title("dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ)");
    }

    // ---------------------------------------------------------------- shrinkage by direction

    static Figure shrinkage(Display display, Dataset d, double lambda) {
        requireTwo(d, "plotShrinkage");
        Shrinkage s = Shrinkage.of(d, lambda, ProgressListener.NONE);
        double[] ls = s.ls().toArray();
        double[] w = s.ridge().toArray();
        double[] box = window(new double[][] {{0, 0}, ls});
        Figure f = figure(display, "shrinkage");
        lossContour(f, d, GradientDescent.Loss.LS, ls, box);
        double reach = 2 * (box[1] - box[0]);
        for (int i = 0; i < 2; i++) {
            double[] v = s.direction(i).toArray();
            f.line(new double[] {-reach * v[0], reach * v[0]}, new double[] {-reach * v[1], reach * v[1]})
                    .color(i == 0 ? "tab:gray" : "tab:brown").lineStyle("--").lineWidth(1)
                    .label("$v_{" + (i + 1) + "}$: σ² = " + Fmt.g(s.eigenvalues().get(i), 3) + ", f = "
                            + Fmt.g(s.factors().get(i), 2));
        }
        double[][] curve = minimiserPath(d, s);
        f.line(curve[0], curve[1]).color("tab:green").lineWidth(2).label("w(λ), λ from 0 to ∞");
        // each solution as the sum of its components along v₁ and v₂: ridge's legs are w_ls's times f₁ and f₂
        staircase(f, s, s.lsComponents().toArray(), "black", "components along $v_{1}$, $v_{2}$");
        staircase(f, s, s.ridgeComponents().toArray(), "red", null);
        f.point(ls[0], ls[1]).color("black").label("min LS (λ = 0)");
        f.point(w[0], w[1]).marker("x").color("red").markerSize(10).label("min J (λ = " + Fmt.g(lambda, 3) + ")");
        // the path runs from w_ls to the origin, so the corner opposite w_ls's side is the free one
        String corner = (ls[1] >= 0 ? "lower " : "upper ") + (ls[0] >= 0 ? "right" : "left");
        return f.xlim(box[0], box[1]).ylim(box[2], box[3]).equalAspect().legend(corner).size(640, 560)
                .xlabel("$w_{1}$").ylabel("$w_{2}$").title("ridge shrinks along each eigenvector $v_{i}$ by f = σᵢ²/(σᵢ² + λ)");
    }

    /** w(λ) for λ from far below σ²_min to far above σ²_max, from w_ls to (nearly) the origin. */
    private static double[][] minimiserPath(Dataset d, Shrinkage s) {
        double top = s.eigenvalues().get(0);
        double bottom = Math.max(s.eigenvalues().get(s.n() - 1), top * 1e-12);
        double lo = Math.floor(Math.log10(bottom)) - 3;
        double hi = Math.ceil(Math.log10(top)) + 4;
        RegularizationPath p = RegularizationPath.of(d, Grid.logspace(lo, hi, 240).toArray(), ProgressListener.NONE);
        double[] ls = s.ls().toArray();
        double[] x = new double[p.size() + 2];
        double[] y = new double[p.size() + 2];
        x[0] = ls[0];
        y[0] = ls[1];
        for (int k = 0; k < p.size(); k++) {
            x[k + 1] = p.coefficient(0).get(k);
            y[k + 1] = p.coefficient(1).get(k);
        }
        return new double[][] {x, y};
    }

    /** The path 0 → c₁v₁ → c₁v₁ + c₂v₂ drawn dotted: a solution as the sum of its components. */
    private static void staircase(Figure f, Shrinkage s, double[] c, String color, String label) {
        double[] v1 = s.direction(0).toArray();
        double[] v2 = s.direction(1).toArray();
        double[] x = {0, c[0] * v1[0], c[0] * v1[0] + c[1] * v2[0]};
        double[] y = {0, c[0] * v1[1], c[0] * v1[1] + c[1] * v2[1]};
        f.line(x, y).color(color).lineStyle(":").lineWidth(1.2);
        if (label != null) {
            f.label(label);
        }
    }

    // ---------------------------------------------------------------- validation and cross-validation

    static Figure validation(Display display, ValidationCurve v) {
        double[] lambdas = v.lambdas().toArray();
        double[] ls = new double[lambdas.length];
        java.util.Arrays.fill(ls, v.lsTestMse());
        Figure f = figure(display, "validation")
                .line(lambdas, v.trainMse().toArray()).label("train MSE").color("tab:blue")
                .line(lambdas, v.testMse().toArray()).label("test MSE").color("tab:orange")
                .line(lambdas, ls).label("λ = 0 (least squares): test MSE " + Fmt.g(v.lsTestMse(), 3))
                .color("tab:gray").lineStyle("--")
                .point(v.bestLambda(), v.bestTestMse()).color("red").markerSize(8)
                .label("best λ = " + Fmt.g(v.bestLambda(), 3) + ": test MSE " + Fmt.g(v.bestTestMse(), 3))
                .logx().xlabel("λ").ylabel("mean squared error").title("train and test error against λ");
        if (spansDecades(v.trainMse().toArray(), v.testMse().toArray(), new double[] {v.lsTestMse()})) {
            f.logy();
        }
        return f;
    }

    static Figure crossValidation(Display display, CrossValidation cv) {
        double[] lambdas = cv.lambdas().toArray();
        double[] mean = cv.meanMse().toArray();
        double[] se = cv.standardErrors().toArray();
        double[] up = new double[mean.length];
        double[] down = new double[mean.length];
        for (int i = 0; i < mean.length; i++) {
            up[i] = mean[i] + se[i];
            down[i] = mean[i] - se[i];
        }
        Figure f = figure(display, "crossvalidation");
        double[][] folds = cv.foldMse().toArray2d();
        for (int fold = 0; fold < folds.length; fold++) {
            f.line(lambdas, folds[fold]).color("tab:gray").alpha(0.45).lineWidth(1);
            if (fold == 0) {
                f.label("each fold's held-out MSE");
            }
        }
        f.line(lambdas, mean).label("CV(λ), mean over " + cv.k() + " folds").color("tab:blue").lineWidth(2)
                .line(lambdas, up).label("± standard error").color("tab:blue").lineStyle(":").lineWidth(1)
                .line(lambdas, down).color("tab:blue").lineStyle(":").lineWidth(1)
                .point(cv.bestLambda(), cv.bestMse()).color("red").markerSize(8)
                .label("picked λ = " + Fmt.g(cv.bestLambda(), 3) + ": " + Fmt.g(cv.bestMse(), 3) + " ± "
                        + Fmt.g(cv.bestStandardError(), 2))
                .logx().xlabel("λ").ylabel("held-out mean squared error")
                .title(cv.k() + "-fold cross-validation of ridge");
        double[] all = new double[folds.length * lambdas.length];
        for (int i = 0; i < folds.length; i++) {
            System.arraycopy(folds[i], 0, all, i * lambdas.length, lambdas.length);
        }
        if (spansDecades(all, mean, mean)) {
            f.logy();
        }
        return f;
    }

    /** Whether the positive values span more than a factor 30: then a log axis reads better. */
    private static boolean spansDecades(double[]... groups) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] g : groups) {
            for (double v : g) {
                if (v > 0 && Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        return hi > 30 * lo;
    }

    // ---------------------------------------------------------------- gradient descent

    static Figure gd(Display display, Trajectory... ts) {
        return gd(display, window(ts), Integer.MAX_VALUE, ts);
    }

    /** The trajectories up to step {@code upTo}, over the loss contour in {@code box} (null for N ≠ 2). */
    private static Figure gd(Display display, double[] box, int upTo, Trajectory... ts) {
        Trajectory first = ts[0];
        if (first.n() != 2) {
            return gdValues(display, upTo, ts);
        }
        Figure f = figure(display, "gd");
        lossContour(f, first.data(), first.loss(), lsMinimum(first), box);
        String[] colors = {"tab:blue", "tab:orange", "tab:green", "tab:purple", "tab:brown", "tab:pink"};
        boolean unstable = false;
        for (int t = 0; t < ts.length; t++) {
            Trajectory tr = ts[t];
            unstable |= tr.unstable();
            int k = Math.min(upTo, tr.steps());
            double[] x = java.util.Arrays.copyOf(tr.coordinate(0).toArray(), k + 1);
            double[] y = java.util.Arrays.copyOf(tr.coordinate(1).toArray(), k + 1);
            String l = tr.loss() == GradientDescent.Loss.LS ? "λ" : "λ₂";
            f.line(x, y).color(colors[t % colors.length]).marker("o").markerSize(3).lineWidth(1)
                    .label("gd, " + l + " = " + Fmt.g(tr.lambda(), 3) + ": " + k + (k == 1 ? " step" : " steps"));
        }
        for (Trajectory tr : ts) {
            double[] m = tr.minimiser().toArray();
            if (tr.lambda() == 0) {
                f.point(m[0], m[1]).color("black").label("min " + (tr.loss() == GradientDescent.Loss.LS ? "LS" : "MSE"));
            } else {
                f.point(m[0], m[1]).marker("x").color("red").markerSize(10)
                        .label("min J (" + (tr.loss() == GradientDescent.Loss.LS ? "λ" : "λ₂") + " = "
                                + Fmt.g(tr.lambda(), 3) + ")");
            }
        }
        String title = "gradient descent, rate " + Fmt.g(first.rate(), 3);
        if (unstable) {
            title += ": diverges, rate ≥ 2/σ_max(H)";
        }
        return f.xlim(box[0], box[1]).ylim(box[2], box[3]).equalAspect().legend(freeCorner(box, ts))
                .xlabel("$w_{1}$").ylabel("$w_{2}$").title(title);
    }

    /** For N ≠ 2: J(w_k) − J* against the step k (up to {@code upTo}) on a log axis. */
    private static Figure gdValues(Display display, int upTo, Trajectory... ts) {
        Figure f = figure(display, "gd");
        for (Trajectory tr : ts) {
            double[] v = java.util.Arrays.copyOf(tr.values().toArray(), Math.min(upTo, tr.steps()) + 1);
            double[] gap = new double[v.length];
            for (int k = 0; k < v.length; k++) {
                gap[k] = v[k] - tr.minimum();
            }
            f.line(gap).label((tr.loss() == GradientDescent.Loss.LS ? "λ = " : "λ₂ = ") + Fmt.g(tr.lambda(), 3));
        }
        return f.logy().xlabel("step k").ylabel("J(w_k) − J(w*)").title("gradient descent, rate " + Fmt.g(ts[0].rate(), 3));
    }

    /** The least-squares minimiser of the trajectory's data (the centre of the loss contours). */
    private static double[] lsMinimum(Trajectory t) {
        return Shrinkage.of(t.data(), 0, ProgressListener.NONE).ls().toArray();
    }

    /** A square window around the starts and minimisers, and the finite iterates near them. */
    private static double[] window(Trajectory... ts) {
        if (ts == null || ts.length == 0) {
            throw new IllegalArgumentException("pass at least one trajectory, e.g. plot(gd(0, rate, 50), gd(1e3, rate, 50))");
        }
        List<double[]> pts = new ArrayList<>();
        for (Trajectory t : ts) {
            if (t == null) {
                throw new IllegalArgumentException("a trajectory is null");
            }
            if (t.n() != ts[0].n() || t.data() != ts[0].data()) {
                throw new IllegalArgumentException("the trajectories must come from the same data set");
            }
            if (t.n() == 2) {
                pts.add(t.w(0).toArray());
                pts.add(t.minimiser().toArray());
            }
        }
        if (ts[0].n() != 2) {
            return null;
        }
        pts.add(lsMinimum(ts[0]));
        double[] core = window(pts.toArray(new double[0][]));
        // iterates that stay near the core widen the window; a diverging one does not blow it up
        double span = core[1] - core[0];
        for (Trajectory t : ts) {
            for (int k = 0; k <= t.steps(); k++) {
                double[] w = t.w(k).toArray();
                if (Math.abs(w[0] - (core[0] + core[1]) / 2) < 1.5 * span && Math.abs(w[1] - (core[2] + core[3]) / 2) < 1.5 * span) {
                    pts.add(w);
                }
            }
        }
        return window(pts.toArray(new double[0][]));
    }

    static Figure decayStep(Display display, Dataset d, double lambda, double rate, Vec at) {
        requireTwo(d, "plotDecayStep");
        if (at == null || at.size() != 2) {
            throw new IllegalArgumentException("plotDecayStep: w must have 2 entries, e.g. vec(-4, 5), but got "
                    + (at == null ? "null" : at.size()));
        }
        double[] w = at.toArray();
        Trajectory t = GradientDescent.run(d, GradientDescent.Loss.LS, lambda, rate, 1, w, ProgressListener.NONE);
        double[] next = t.w(1).toArray();
        double decay = 1 - rate * lambda;
        double[] shrunk = {decay * w[0], decay * w[1]};
        double[] g = Losses.gradObjectiveLs(d, lambda, w, ProgressListener.NONE).toArray();
        double[] direct = {w[0] - rate * g[0], w[1] - rate * g[1]};
        double[] ls = Shrinkage.of(d, 0, ProgressListener.NONE).ls().toArray();
        double[] ridge = t.minimiser().toArray();
        double[] box = window(new double[][] {{0, 0}, w, next, ls, ridge});
        Figure f = figure(display, "decay_step");
        lossContour(f, d, GradientDescent.Loss.LS, ls, box);
        f.line(new double[] {0, w[0]}, new double[] {0, w[1]}).color("tab:gray").lineStyle(":").lineWidth(1)
                .line(new double[] {w[0], shrunk[0]}, new double[] {w[1], shrunk[1]}).color("tab:blue").lineWidth(2.5)
                .label("decay ×" + Fmt.g(decay, 3) + " towards 0")
                .line(new double[] {shrunk[0], next[0]}, new double[] {shrunk[1], next[1]}).color("tab:orange").lineWidth(2.5)
                .label("then −rate·∇LS(w)")
                .line(new double[] {w[0], direct[0]}, new double[] {w[1], direct[1]}).color("black").lineStyle("--").lineWidth(1.2)
                .label("−rate·∇J(w): same end")
                .point(w[0], w[1]).color("black").marker("s").markerSize(6).label("w")
                .point(next[0], next[1]).color("red").marker("o").markerSize(7).label("next w")
                .point(ls[0], ls[1]).color("black").label("min LS")
                .point(ridge[0], ridge[1]).marker("x").color("red").markerSize(10).label("min J (λ = " + Fmt.g(lambda, 3) + ")");
        double[][] marks = {{0, 0}, w, next, ls, ridge};
        return f.xlim(box[0], box[1]).ylim(box[2], box[3]).equalAspect().legend(freeCorner(box, marks))
                .xlabel("$w_{1}$").ylabel("$w_{2}$").title("one step: w ← (1 − rate·λ)·w − rate·∇LS(w)");
    }

    /** The corner of the window farthest from every iterate and minimiser: where the legend hides nothing of them. */
    private static String freeCorner(double[] box, Trajectory... ts) {
        List<double[]> pts = new ArrayList<>();
        for (Trajectory t : ts) {
            for (int k = 0; k <= t.steps(); k++) {
                pts.add(t.w(k).toArray());
            }
            pts.add(t.minimiser().toArray());
        }
        return freeCorner(box, pts.toArray(new double[0][]));
    }

    private static String freeCorner(double[] box, double[][] pts) {
        String[] names = {"lower left", "lower right", "upper left", "upper right"};
        double[][] corners = {{box[0], box[2]}, {box[1], box[2]}, {box[0], box[3]}, {box[1], box[3]}};
        String best = names[0];
        double far = -1;
        for (int c = 0; c < 4; c++) {
            double near = Double.POSITIVE_INFINITY;
            for (double[] p : pts) {
                near = Math.min(near, Math.hypot(p[0] - corners[c][0], p[1] - corners[c][1]));
            }
            if (near > far) {
                far = near;
                best = names[c];
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- animations

    static Animation animate(Display display, String parameter, Vec values, DoubleFunction<Figure> frame) {
        if (values == null || values.size() == 0) {
            throw new IllegalArgumentException("animate: pass at least one value, e.g. logspace(-1, 4, 40)");
        }
        if (frame == null) {
            throw new IllegalArgumentException("animate: the frame function is null; pass e.g. lam -> plotShrinkage(lam)");
        }
        String name = parameter == null || parameter.isBlank() ? "value" : parameter;
        List<Figure> frames = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            ComputationInterruptedException.check("making animation frames (frame " + i + ")");
            Figure f = frame.apply(values.get(i));
            if (f == null) {
                throw new IllegalArgumentException("animate: the frame function returned null for " + name + " = "
                        + Fmt.g(values.get(i), 4));
            }
            frames.add(f);
            captions.add(name + " = " + Fmt.g(values.get(i), 3));
        }
        return Animation.of(display, frames, captions);
    }

    static Animation animateShrinkage(Display display, Dataset d, Vec lambdas) {
        return animate(display, "λ", lambdas, lam -> shrinkage(display, d, lam).title("shrinkage by direction, λ = "
                + Fmt.g(lam, 3))).name("shrinkage");
    }

    static Animation animateGd(Display display, Trajectory... ts) {
        double[] box = window(ts);
        int steps = 0;
        for (Trajectory t : ts) {
            steps = Math.max(steps, t.steps());
        }
        int count = Math.min(MAX_FRAMES, steps + 1);
        List<Figure> frames = new ArrayList<>();
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = count == 1 ? 0 : (int) Math.round((double) i * steps / (count - 1));
            frames.add(gd(display, box, k, ts));
            captions.add("step " + k);
        }
        return Animation.of(display, frames, captions).name("gd");
    }

    // ---------------------------------------------------------------- shared pieces

    private static void requireTwo(Dataset d, String what) {
        if (d.n() != 2) {
            throw new IllegalArgumentException(what + " draws the (w₁, w₂) plane and needs a data set with N = 2, but it"
                    + " has N = " + d.n() + "; for any N use shrinkage(λ) or path(lambdas) and their tables");
        }
    }

    /** Contours of the loss (LS or MSE, without decay) centred on its minimiser, evenly spaced ellipses. */
    private static void lossContour(Figure f, Dataset d, GradientDescent.Loss loss, double[] min, double[] box) {
        DoubleBinaryOperator fn = loss == GradientDescent.Loss.LS
                ? (a, b) -> Losses.ls(d, new double[] {a, b}, ProgressListener.NONE)
                : (a, b) -> Losses.mse(d, new double[] {a, b}, ProgressListener.NONE);
        double low = fn.applyAsDouble(min[0], min[1]);
        double high = Math.max(Math.max(fn.applyAsDouble(box[0], box[2]), fn.applyAsDouble(box[0], box[3])),
                Math.max(fn.applyAsDouble(box[1], box[2]), fn.applyAsDouble(box[1], box[3])));
        double[] levels = new double[LEVELS];
        for (int k = 1; k <= LEVELS; k++) {
            double t = (double) k / LEVELS;
            levels[k - 1] = low + (high - low) * t * t;
        }
        f.contour(fn, box[0], box[1], box[2], box[3]).cmap("inferno").levels(levels);
    }

    /** A square window {x0, x1, y0, y1} around the points with a 20 % margin. */
    private static double[] window(double[][] pts) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[] p : pts) {
            x0 = Math.min(x0, p[0]);
            x1 = Math.max(x1, p[0]);
            y0 = Math.min(y0, p[1]);
            y1 = Math.max(y1, p[1]);
        }
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-9 + 1e-6 * Math.max(Math.abs(x1), Math.abs(y1)));
        double half = span * 0.7;
        double cx = (x0 + x1) / 2;
        double cy = (y0 + y1) / 2;
        return new double[] {cx - half, cx + half, cy - half, cy + half};
    }
}
