package wb.api;

import java.nio.file.Path;
import java.util.function.DoubleUnaryOperator;
import org.ojalgo.structure.Access1D;
import org.ojalgo.structure.Access2D;
import wb.numeric.CrossValidation;
import wb.numeric.Csv;
import wb.numeric.Dataset;
import wb.numeric.Features;
import wb.numeric.GradientDescent;
import wb.numeric.Grid;
import wb.numeric.LambdaBridge;
import wb.numeric.Logspace;
import wb.numeric.Losses;
import wb.numeric.kernel.Mape;
import wb.numeric.Mat;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.RegularizationPath;
import wb.numeric.Shrinkage;
import wb.numeric.Solvers;
import wb.numeric.Split;
import wb.numeric.Synthetic;
import wb.numeric.Trajectory;
import wb.numeric.ValidationCurve;
import wb.numeric.Vec;

/**
 * The numeric helpers that snippets {@code import static wb.api.Helpers.*}: the notebook's data
 * set, losses, objectives, gradients and solvers, in Java style.
 *
 * <p>Conventions (the seed README's): X is M×N, y is M×1, w is N×1, λ ≥ 0. Weights are given as a
 * plain {@code double} when N = 1 ({@code ls(3.0)}), as {@code double...} or a {@link Vec} when
 * N &gt; 1 ({@code mse(4.0, 1.5)}), or as an ojAlgo vector/matrix ({@code MatrixR064}, any
 * {@link Access1D}). Helpers without a data set argument use the active data set (the newest one,
 * or the one chosen by {@link #use}); each also has an overload taking the data set first.
 * Results print like numpy arrays. Bad input throws an {@link IllegalArgumentException} naming
 * the argument, what was given and what is expected.
 */
public final class Helpers {
    private Helpers() {
    }

    private static Workbench wb() {
        return Workbench.current();
    }

    private static ProgressListener p() {
        return wb().progress();
    }

    private static Dataset active() {
        return wb().active();
    }

    private static Dataset req(Dataset d) {
        if (d == null) {
            throw new IllegalArgumentException("the data set d is null; make one with dataset(1000, vec(3.14), 1.0)"
                    + " or load(\"file.csv\")");
        }
        return d;
    }

    /** The entries of the weights {@code w}, refusing null with what to pass instead. */
    private static double[] weights(Vec w) {
        if (w == null) {
            throw new IllegalArgumentException("w is null; pass the weights as numbers, a Vec or an ojAlgo vector");
        }
        return w.toArray();
    }

    /** {@code path} as a Path, refusing null and empty names. */
    private static Path pathOf(String path) {
        if (path == null) {
            throw new IllegalArgumentException("path is null; pass a file name such as \"data.csv\"");
        }
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path is empty; pass a file name such as \"data.csv\"");
        }
        return Path.of(path);
    }

    private static double[] values(Access1D<?> w) {
        if (w == null) {
            throw new IllegalArgumentException("w is null; pass the weights as numbers, a Vec or an ojAlgo vector");
        }
        if (w instanceof Access2D<?> m && m.countRows() > 1 && m.countColumns() > 1) {
            throw new IllegalArgumentException("w must be a vector (N×1 or 1×N), but it has shape ("
                    + m.countRows() + ", " + m.countColumns() + ")");
        }
        long count = w.count();
        if (count > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("w has " + count + " entries, too many for a weight vector");
        }
        double[] out = new double[(int) count];
        for (int i = 0; i < out.length; i++) {
            out[i] = w.doubleValue(i);
        }
        return out;
    }

    // ---- values -----------------------------------------------------------------------------

    /**
     * A vector of the given values, an N×1 column like numpy's {@code np.array([[...]]).T}.
     * Example: {@code vec(4.0, 1.5)} prints {@code [[4. ]\n [1.5]]}
     */
    public static Vec vec(double... values) {
        return Vec.of(values);
    }

    /**
     * n evenly spaced values from a to b inclusive: a + i·(b − a)/(n − 1), i = 0..n−1, as numpy's
     * {@code linspace}.
     * Example: {@code linspace(-10, 10, 100)}
     */
    public static Vec linspace(double a, double b, int n) {
        return Grid.linspace(a, b, n);
    }

    /**
     * A 2-D grid of points (w₁, w₂) = (xs[j], ys[i]) for contour plots, as numpy's
     * {@code meshgrid(xs, ys)}; {@code grid(...).map(f)} gives Z[i][j] = f(xs[j], ys[i]).
     * Example: {@code grid(linspace(-7, 7, 100), linspace(-7, 7, 100)).map((a, b) -> mse(a, b))}
     */
    public static Grid grid(Vec xs, Vec ys) {
        if (xs == null || ys == null) {
            throw new IllegalArgumentException((xs == null ? "xs" : "ys") + " is null; pass the grid's coordinates,"
                    + " e.g. grid(linspace(-7, 7, 100), linspace(-7, 7, 100))");
        }
        return Grid.of(xs, ys);
    }

    /**
     * A square n×n grid over [lo, hi]² : grid(linspace(lo, hi, n), linspace(lo, hi, n)).
     * Example: {@code grid(-7, 7, 100).map((a, b) -> wd(1e3, a, b))}
     */
    public static Grid grid(double lo, double hi, int n) {
        Vec axis = Grid.linspace(lo, hi, n);
        return Grid.of(axis, axis);
    }

    // ---- data sets --------------------------------------------------------------------------

    /**
     * A synthetic data set: X is M×N standard normal, y = X·w + bias + noise·ε (ε standard normal),
     * drawn from the session's seeded generator; it becomes the active data set.
     * Draw order: X row by row (as {@code np.random.randn(M, N)}), then ε if noise &gt; 0.
     * Example: {@code dataset(1000, vec(3.14), 1.0, 0.5)}
     */
    public static Dataset dataset(int m, Vec w, double bias, double noise) {
        if (w == null) {
            throw new IllegalArgumentException("w is null; pass the true weights, e.g. vec(3.14)");
        }
        Workbench wb = wb();
        double[] weights = w.toArray();
        Dataset d = wb.withRng(rng -> Dataset.synthetic(rng, m, weights, bias, noise, wb.progress()));
        return wb.use(d);
    }

    /**
     * A synthetic data set without noise: y = X·w + bias, X M×N standard normal; it becomes active.
     * With seed 0, {@code dataset(1000, vec(3.14), 1.0)} draws the notebook's X.
     * Example: {@code dataset(1000, vec(3.14), 1.0)}
     */
    public static Dataset dataset(int m, Vec w, double bias) {
        return dataset(m, w, bias, 0.0);
    }

    /**
     * A synthetic data set without bias or noise: y = X·w, X M×N standard normal; it becomes active.
     * Example: {@code dataset(1000, vec(4.0, 1.5))}
     */
    public static Dataset dataset(int m, Vec w) {
        return dataset(m, w, 0.0, 0.0);
    }

    /**
     * A synthetic data set with N random true weights: w ~ N(0, 1)ᴺ drawn first, then X (M×N
     * standard normal) and ε; y = X·w + bias + noise·ε. It becomes the active data set.
     * Example: {@code dataset(1000, 5, 0.0, 0.1)}
     */
    public static Dataset dataset(int m, int n, double bias, double noise) {
        Workbench wb = wb();
        Dataset d = wb.withRng(rng -> Dataset.synthetic(rng, m, n, bias, noise, wb.progress()));
        return wb.use(d);
    }

    /**
     * A synthetic data set with N random true weights, no bias and no noise: y = X·w.
     * Example: {@code dataset(1000, 5)}
     */
    public static Dataset dataset(int m, int n) {
        return dataset(m, n, 0.0, 0.0);
    }

    /**
     * A data set from your own X (M×N) and y (M entries), which becomes active.
     * Example: {@code dataset(Mat.of(3, 1, 1, 2, 3), vec(2, 4, 6))}
     */
    public static Dataset dataset(Mat x, Vec y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException("X and y must not be null");
        }
        return wb().use(Dataset.of(x, y));
    }

    /**
     * Makes d the active data set (the one the helpers without a data set argument use); returns d.
     * Example: {@code use(d1)}
     */
    public static Dataset use(Dataset d) {
        return wb().use(req(d));
    }

    /**
     * The active data set.
     * Example: {@code data().m()}
     */
    public static Dataset data() {
        return active();
    }

    /**
     * X of the active data set, an M×N matrix (a copy).
     * Example: {@code X().get(0, 0)}
     */
    public static Mat X() {
        return active().x();
    }

    /**
     * y of the active data set, an M×1 vector (a copy).
     * Example: {@code y().get(0)}
     */
    public static Vec y() {
        return active().y();
    }

    /**
     * Loads a data set from a CSV file with a header row; the last column is the target y, the
     * others are X. It becomes the active data set.
     * Example: {@code load("houses.csv")}
     */
    public static Dataset load(String path) {
        return wb().use(Csv.load(pathOf(path), null, p()));
    }

    /**
     * Loads a data set from a CSV file with a header row, taking the named column as the target y
     * and the others as X. It becomes the active data set.
     * Example: {@code load("houses.csv", "price")}
     */
    public static Dataset load(String path, String target) {
        if (target == null) {
            throw new IllegalArgumentException("target is null; pass a column name, or use load(path) for the last column");
        }
        return wb().use(Csv.load(pathOf(path), target, p()));
    }

    /**
     * Writes data set d as CSV (header, then one row per sample, the target last), atomically:
     * a reader sees the old file or the new one, never half of it.
     * Example: {@code save(d, "data.csv")}
     */
    public static void save(Dataset d, String path) {
        Csv.save(req(d), pathOf(path));
    }

    // ---- losses and gradients ---------------------------------------------------------------

    /**
     * The weight-decay (L2) penalty WD(λ, w) = (λ/2)‖w‖², for N = 1.
     * Example: {@code wd(1e3, 3.0)}
     */
    public static double wd(double lambda, double w) {
        return Losses.wd(lambda, new double[] {w});
    }

    /**
     * The weight-decay (L2) penalty WD(λ, w) = (λ/2)‖w‖².
     * Example: {@code wd(1e3, 4.0, 1.5)}
     */
    public static double wd(double lambda, double... w) {
        if (w == null) {
            throw new IllegalArgumentException("w is null; pass the weights as numbers, a Vec or an ojAlgo vector");
        }
        return Losses.wd(lambda, w);
    }

    /**
     * The weight-decay (L2) penalty WD(λ, w) = (λ/2)‖w‖², with w as a vector.
     * Example: {@code wd(1e3, vec(4.0, 1.5))}
     */
    public static double wd(double lambda, Vec w) {
        return Losses.wd(lambda, weights(w));
    }

    /**
     * The weight-decay (L2) penalty WD(λ, w) = (λ/2)‖w‖², with w as an ojAlgo vector.
     * Example: {@code wd(1e3, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double wd(double lambda, Access1D<?> w) {
        return Losses.wd(lambda, values(w));
    }

    // ---- losses, objectives and gradients (one overload per way of passing w) ----

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on the active data set, for N = 1.
     * Example: {@code ls(3.0)}
     */
    public static double ls(double w) {
        Dataset d = active();
        return Losses.ls(d, new double[] {w}, p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on data set {@code d}, for N = 1.
     * Example: {@code ls(d, 3.0)}
     */
    public static double ls(Dataset d, double w) {
        return Losses.ls(req(d), new double[] {w}, p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on the active data set, for any N.
     * Example: {@code ls(4.0, 1.5)}
     */
    public static double ls(double... w) {
        Dataset d = active();
        return Losses.ls(d, w, p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on data set {@code d}, for any N.
     * Example: {@code ls(d, 4.0, 1.5)}
     */
    public static double ls(Dataset d, double... w) {
        return Losses.ls(req(d), w, p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on the active data set, with w as a vector.
     * Example: {@code ls(vec(4.0, 1.5))}
     */
    public static double ls(Vec w) {
        Dataset d = active();
        return Losses.ls(d, weights(w), p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on data set {@code d}, with w as a vector.
     * Example: {@code ls(d, vec(4.0, 1.5))}
     */
    public static double ls(Dataset d, Vec w) {
        return Losses.ls(req(d), weights(w), p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code ls(MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double ls(Access1D<?> w) {
        Dataset d = active();
        return Losses.ls(d, values(w), p());
    }

    /**
     * The least-squares loss LS(w) = ½‖Xw − y‖², on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code ls(d, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double ls(Dataset d, Access1D<?> w) {
        return Losses.ls(req(d), values(w), p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on the active data set, for N = 1.
     * Example: {@code mse(3.0)}
     */
    public static double mse(double w) {
        Dataset d = active();
        return Losses.mse(d, new double[] {w}, p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on data set {@code d}, for N = 1.
     * Example: {@code mse(d, 3.0)}
     */
    public static double mse(Dataset d, double w) {
        return Losses.mse(req(d), new double[] {w}, p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on the active data set, for any N.
     * Example: {@code mse(4.0, 1.5)}
     */
    public static double mse(double... w) {
        Dataset d = active();
        return Losses.mse(d, w, p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on data set {@code d}, for any N.
     * Example: {@code mse(d, 4.0, 1.5)}
     */
    public static double mse(Dataset d, double... w) {
        return Losses.mse(req(d), w, p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on the active data set, with w as a vector.
     * Example: {@code mse(vec(4.0, 1.5))}
     */
    public static double mse(Vec w) {
        Dataset d = active();
        return Losses.mse(d, weights(w), p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on data set {@code d}, with w as a vector.
     * Example: {@code mse(d, vec(4.0, 1.5))}
     */
    public static double mse(Dataset d, Vec w) {
        return Losses.mse(req(d), weights(w), p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code mse(MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double mse(Access1D<?> w) {
        Dataset d = active();
        return Losses.mse(d, values(w), p());
    }

    /**
     * The mean squared error MSE(w) = (1/M)‖Xw − y‖², on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code mse(d, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double mse(Dataset d, Access1D<?> w) {
        return Losses.mse(req(d), values(w), p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on the active data set, for N = 1.
     * Example: {@code objectiveLs(1e3, 3.0)}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveLs(double lambda, double w) {
        Dataset d = active();
        return Losses.objectiveLs(d, lambda, new double[] {w}, p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on data set {@code d}, for N = 1.
     * Example: {@code objectiveLs(d, 1e3, 3.0)}
     */
    public static double objectiveLs(Dataset d, double lambda, double w) {
        return Losses.objectiveLs(req(d), lambda, new double[] {w}, p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on the active data set, for any N.
     * Example: {@code objectiveLs(1e3, 4.0, 1.5)}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveLs(double lambda, double... w) {
        Dataset d = active();
        return Losses.objectiveLs(d, lambda, w, p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on data set {@code d}, for any N.
     * Example: {@code objectiveLs(d, 1e3, 4.0, 1.5)}
     */
    public static double objectiveLs(Dataset d, double lambda, double... w) {
        return Losses.objectiveLs(req(d), lambda, w, p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on the active data set, with w as a vector.
     * Example: {@code objectiveLs(1e3, vec(4.0, 1.5))}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveLs(double lambda, Vec w) {
        Dataset d = active();
        return Losses.objectiveLs(d, lambda, weights(w), p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on data set {@code d}, with w as a vector.
     * Example: {@code objectiveLs(d, 1e3, vec(4.0, 1.5))}
     */
    public static double objectiveLs(Dataset d, double lambda, Vec w) {
        return Losses.objectiveLs(req(d), lambda, weights(w), p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code objectiveLs(1e3, MatrixR064.FACTORY.column(4.0, 1.5))}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveLs(double lambda, Access1D<?> w) {
        Dataset d = active();
        return Losses.objectiveLs(d, lambda, values(w), p());
    }

    /**
     * The weight-decay objective on LS, J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖², on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code objectiveLs(d, 1e3, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double objectiveLs(Dataset d, double lambda, Access1D<?> w) {
        return Losses.objectiveLs(req(d), lambda, values(w), p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on the active data set, for N = 1.
     * Example: {@code objectiveMse(2.0, 3.0)}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveMse(double lambda2, double w) {
        Dataset d = active();
        return Losses.objectiveMse(d, lambda2, new double[] {w}, p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on data set {@code d}, for N = 1.
     * Example: {@code objectiveMse(d, 2.0, 3.0)}
     */
    public static double objectiveMse(Dataset d, double lambda2, double w) {
        return Losses.objectiveMse(req(d), lambda2, new double[] {w}, p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on the active data set, for any N.
     * Example: {@code objectiveMse(2.0, 4.0, 1.5)}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveMse(double lambda2, double... w) {
        Dataset d = active();
        return Losses.objectiveMse(d, lambda2, w, p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on data set {@code d}, for any N.
     * Example: {@code objectiveMse(d, 2.0, 4.0, 1.5)}
     */
    public static double objectiveMse(Dataset d, double lambda2, double... w) {
        return Losses.objectiveMse(req(d), lambda2, w, p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on the active data set, with w as a vector.
     * Example: {@code objectiveMse(2.0, vec(4.0, 1.5))}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveMse(double lambda2, Vec w) {
        Dataset d = active();
        return Losses.objectiveMse(d, lambda2, weights(w), p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on data set {@code d}, with w as a vector.
     * Example: {@code objectiveMse(d, 2.0, vec(4.0, 1.5))}
     */
    public static double objectiveMse(Dataset d, double lambda2, Vec w) {
        return Losses.objectiveMse(req(d), lambda2, weights(w), p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code objectiveMse(2.0, MatrixR064.FACTORY.column(4.0, 1.5))}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static double objectiveMse(double lambda2, Access1D<?> w) {
        Dataset d = active();
        return Losses.objectiveMse(d, lambda2, values(w), p());
    }

    /**
     * The weight-decay objective on MSE, J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖², on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code objectiveMse(d, 2.0, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static double objectiveMse(Dataset d, double lambda2, Access1D<?> w) {
        return Losses.objectiveMse(req(d), lambda2, values(w), p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on the active data set, for N = 1.
     * Example: {@code gradLs(3.0)}
     */
    public static Vec gradLs(double w) {
        Dataset d = active();
        return Losses.gradLs(d, new double[] {w}, p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on data set {@code d}, for N = 1.
     * Example: {@code gradLs(d, 3.0)}
     */
    public static Vec gradLs(Dataset d, double w) {
        return Losses.gradLs(req(d), new double[] {w}, p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on the active data set, for any N.
     * Example: {@code gradLs(4.0, 1.5)}
     */
    public static Vec gradLs(double... w) {
        Dataset d = active();
        return Losses.gradLs(d, w, p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on data set {@code d}, for any N.
     * Example: {@code gradLs(d, 4.0, 1.5)}
     */
    public static Vec gradLs(Dataset d, double... w) {
        return Losses.gradLs(req(d), w, p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on the active data set, with w as a vector.
     * Example: {@code gradLs(vec(4.0, 1.5))}
     */
    public static Vec gradLs(Vec w) {
        Dataset d = active();
        return Losses.gradLs(d, weights(w), p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on data set {@code d}, with w as a vector.
     * Example: {@code gradLs(d, vec(4.0, 1.5))}
     */
    public static Vec gradLs(Dataset d, Vec w) {
        return Losses.gradLs(req(d), weights(w), p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradLs(MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static Vec gradLs(Access1D<?> w) {
        Dataset d = active();
        return Losses.gradLs(d, values(w), p());
    }

    /**
     * The gradient of LS, ∇LS(w) = Xᵀ(Xw − y), on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradLs(d, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static Vec gradLs(Dataset d, Access1D<?> w) {
        return Losses.gradLs(req(d), values(w), p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on the active data set, for N = 1.
     * Example: {@code gradMse(3.0)}
     */
    public static Vec gradMse(double w) {
        Dataset d = active();
        return Losses.gradMse(d, new double[] {w}, p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on data set {@code d}, for N = 1.
     * Example: {@code gradMse(d, 3.0)}
     */
    public static Vec gradMse(Dataset d, double w) {
        return Losses.gradMse(req(d), new double[] {w}, p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on the active data set, for any N.
     * Example: {@code gradMse(4.0, 1.5)}
     */
    public static Vec gradMse(double... w) {
        Dataset d = active();
        return Losses.gradMse(d, w, p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on data set {@code d}, for any N.
     * Example: {@code gradMse(d, 4.0, 1.5)}
     */
    public static Vec gradMse(Dataset d, double... w) {
        return Losses.gradMse(req(d), w, p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on the active data set, with w as a vector.
     * Example: {@code gradMse(vec(4.0, 1.5))}
     */
    public static Vec gradMse(Vec w) {
        Dataset d = active();
        return Losses.gradMse(d, weights(w), p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on data set {@code d}, with w as a vector.
     * Example: {@code gradMse(d, vec(4.0, 1.5))}
     */
    public static Vec gradMse(Dataset d, Vec w) {
        return Losses.gradMse(req(d), weights(w), p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradMse(MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static Vec gradMse(Access1D<?> w) {
        Dataset d = active();
        return Losses.gradMse(d, values(w), p());
    }

    /**
     * The gradient of MSE, ∇MSE(w) = (2/M)·Xᵀ(Xw − y), on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradMse(d, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static Vec gradMse(Dataset d, Access1D<?> w) {
        return Losses.gradMse(req(d), values(w), p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on the active data set, for N = 1.
     * Example: {@code gradObjectiveLs(1e3, 3.0)}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveLs(double lambda, double w) {
        Dataset d = active();
        return Losses.gradObjectiveLs(d, lambda, new double[] {w}, p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on data set {@code d}, for N = 1.
     * Example: {@code gradObjectiveLs(d, 1e3, 3.0)}
     */
    public static Vec gradObjectiveLs(Dataset d, double lambda, double w) {
        return Losses.gradObjectiveLs(req(d), lambda, new double[] {w}, p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on the active data set, for any N.
     * Example: {@code gradObjectiveLs(1e3, 4.0, 1.5)}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveLs(double lambda, double... w) {
        Dataset d = active();
        return Losses.gradObjectiveLs(d, lambda, w, p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on data set {@code d}, for any N.
     * Example: {@code gradObjectiveLs(d, 1e3, 4.0, 1.5)}
     */
    public static Vec gradObjectiveLs(Dataset d, double lambda, double... w) {
        return Losses.gradObjectiveLs(req(d), lambda, w, p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on the active data set, with w as a vector.
     * Example: {@code gradObjectiveLs(1e3, vec(4.0, 1.5))}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveLs(double lambda, Vec w) {
        Dataset d = active();
        return Losses.gradObjectiveLs(d, lambda, weights(w), p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on data set {@code d}, with w as a vector.
     * Example: {@code gradObjectiveLs(d, 1e3, vec(4.0, 1.5))}
     */
    public static Vec gradObjectiveLs(Dataset d, double lambda, Vec w) {
        return Losses.gradObjectiveLs(req(d), lambda, weights(w), p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradObjectiveLs(1e3, MatrixR064.FACTORY.column(4.0, 1.5))}
     * @param lambda the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveLs(double lambda, Access1D<?> w) {
        Dataset d = active();
        return Losses.gradObjectiveLs(d, lambda, values(w), p());
    }

    /**
     * The gradient of J_LS, ∇J_LS(λ, w) = Xᵀ(Xw − y) + λw, on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradObjectiveLs(d, 1e3, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static Vec gradObjectiveLs(Dataset d, double lambda, Access1D<?> w) {
        return Losses.gradObjectiveLs(req(d), lambda, values(w), p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on the active data set, for N = 1.
     * Example: {@code gradObjectiveMse(2.0, 3.0)}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveMse(double lambda2, double w) {
        Dataset d = active();
        return Losses.gradObjectiveMse(d, lambda2, new double[] {w}, p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on data set {@code d}, for N = 1.
     * Example: {@code gradObjectiveMse(d, 2.0, 3.0)}
     */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, double w) {
        return Losses.gradObjectiveMse(req(d), lambda2, new double[] {w}, p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on the active data set, for any N.
     * Example: {@code gradObjectiveMse(2.0, 4.0, 1.5)}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveMse(double lambda2, double... w) {
        Dataset d = active();
        return Losses.gradObjectiveMse(d, lambda2, w, p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on data set {@code d}, for any N.
     * Example: {@code gradObjectiveMse(d, 2.0, 4.0, 1.5)}
     */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, double... w) {
        return Losses.gradObjectiveMse(req(d), lambda2, w, p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on the active data set, with w as a vector.
     * Example: {@code gradObjectiveMse(2.0, vec(4.0, 1.5))}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveMse(double lambda2, Vec w) {
        Dataset d = active();
        return Losses.gradObjectiveMse(d, lambda2, weights(w), p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on data set {@code d}, with w as a vector.
     * Example: {@code gradObjectiveMse(d, 2.0, vec(4.0, 1.5))}
     */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, Vec w) {
        return Losses.gradObjectiveMse(req(d), lambda2, weights(w), p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on the active data set, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradObjectiveMse(2.0, MatrixR064.FACTORY.column(4.0, 1.5))}
     * @param lambda2 the regularisation strength, a finite number ≥ 0
     */
    public static Vec gradObjectiveMse(double lambda2, Access1D<?> w) {
        Dataset d = active();
        return Losses.gradObjectiveMse(d, lambda2, values(w), p());
    }

    /**
     * The gradient of J_MSE, ∇J_MSE(λ₂, w) = (2/M)·Xᵀ(Xw − y) + λ₂w, on data set {@code d}, with w as an ojAlgo vector or N×1 / 1×N matrix.
     * Example: {@code gradObjectiveMse(d, 2.0, MatrixR064.FACTORY.column(4.0, 1.5))}
     */
    public static Vec gradObjectiveMse(Dataset d, double lambda2, Access1D<?> w) {
        return Losses.gradObjectiveMse(req(d), lambda2, values(w), p());
    }

    // ---- solvers ----------------------------------------------------------------------------

    /**
     * The normal-equation solution w = (XᵀX)⁻¹Xᵀy of the active data set, solved by Cholesky
     * (never inverted); fails on singular XᵀX, suggesting lstsq() or ridge(λ) with λ &gt; 0.
     * Example: {@code normal()} gives {@code [[3.11990511]]} for the notebook's data
     */
    public static Vec normal() {
        return Solvers.normal(active(), p());
    }

    /**
     * The normal-equation solution w = (XᵀX)⁻¹Xᵀy of data set d, solved by Cholesky.
     * Example: {@code normal(d)}
     */
    public static Vec normal(Dataset d) {
        return Solvers.normal(req(d), p());
    }

    /**
     * The least-squares solution argmin ‖Xw − y‖² of the active data set by a QR factorisation of X
     * (not the normal equations); the minimum-norm solution when XᵀX is singular (N &gt; M,
     * collinear columns).
     * Example: {@code lstsq()}
     */
    public static Vec lstsq() {
        return Solvers.lstsq(active(), p());
    }

    /**
     * The least-squares solution argmin ‖Xw − y‖² of data set d by QR; minimum-norm when XᵀX is singular.
     * Example: {@code lstsq(d)}
     */
    public static Vec lstsq(Dataset d) {
        return Solvers.lstsq(req(d), p());
    }

    /**
     * The ridge solution, the minimiser of J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖²:
     * w = (XᵀX + λI)⁻¹Xᵀy, solved by Cholesky, on the active data set.
     * Example: {@code ridge(1e3)}
     *
     * <p>The same w under other conventions (the λ bridge, docs/exploring.md):
     * <ul>
     *   <li>the notebook's MSE objective (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²: λ₂ = 2λ/M,
     *       {@code ridgeMse(lambdaMseFromLs(λ))};</li>
     *   <li>scikit-learn {@code Ridge(alpha=α, fit_intercept=False)}, minimising ‖y − Xw‖² + α‖w‖²:
     *       α = λ ({@code lambdaFromAlpha}, {@code alphaFromLambda});</li>
     *   <li>decoupled weight decay (PyTorch AdamW/SGD: θ ← θ − η·wd·θ per step) with plain
     *       gradient steps on the mean squared error: wd = 2λ/M, so each step multiplies w by
     *       1 − η·wd ({@code weightDecayFromLambda}, {@code lambdaFromWeightDecay}); on the sum
     *       ½‖Xw − y‖² itself wd = λ ({@code gd}). With Adam's adaptive steps the decoupled decay is
     *       no longer an L2 penalty and has no exact λ.</li>
     * </ul>
     */
    public static Vec ridge(double lambda) {
        return Solvers.ridge(active(), lambda, p());
    }

    /**
     * The ridge solution w = (XᵀX + λI)⁻¹Xᵀy, the minimiser of J_LS(λ, ·), on data set d.
     * Example: {@code ridge(d, 1e3)}
     *
     * <p>The same w: MSE objective λ₂ = 2λ/M; scikit-learn Ridge α = λ (fit_intercept=False);
     * decoupled weight decay on the mean squared error wd = 2λ/M (see {@code ridge(double)}).
     */
    public static Vec ridge(Dataset d, double lambda) {
        return Solvers.ridge(req(d), lambda, p());
    }

    /**
     * The minimiser of J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖²:
     * w = (2/M·XᵀX + λ₂I)⁻¹·2/M·Xᵀy = ridge(λ₂·M/2), on the active data set.
     * Example: {@code ridgeMse(2.0)}
     */
    public static Vec ridgeMse(double lambda2) {
        return Solvers.ridgeMse(active(), lambda2, p());
    }

    /**
     * The minimiser of J_MSE(λ₂, w) on data set d: w = (2/M·XᵀX + λ₂I)⁻¹·2/M·Xᵀy.
     * Example: {@code ridgeMse(d, 2.0)}
     */
    public static Vec ridgeMse(Dataset d, double lambda2) {
        return Solvers.ridgeMse(req(d), lambda2, p());
    }

    /**
     * Ridge solutions for many λ at once, w(λ) = (XᵀX + λI)⁻¹Xᵀy, from one kept decomposition
     * XᵀX = QTQᵀ (T tridiagonal; VΛVᵀ if XᵀX is singular) as {@code path}; row k of the result is
     * w(λₖ)ᵀ. On the active data set.
     * Example: {@code ridgePath(linspace(1, 1e3, 100))}
     */
    public static Mat ridgePath(Vec lambdas) {
        return Solvers.ridgePath(active(), lambdasOf(lambdas).toArray(), p());
    }

    /**
     * Ridge solutions w(λₖ) = V(Λ + λₖI)⁻¹Vᵀ Xᵀy for many λ on data set d; row k is w(λₖ)ᵀ.
     * Example: {@code ridgePath(d, linspace(1, 1e3, 100))}
     */
    public static Mat ridgePath(Dataset d, Vec lambdas) {
        return Solvers.ridgePath(req(d), lambdasOf(lambdas).toArray(), p());
    }

    // ---- the λ bridge -----------------------------------------------------------------------

    /**
     * λ₂ = 2λ/M: the MSE-objective strength whose minimiser equals that of J_LS(λ, ·) on M rows;
     * then J_MSE(λ₂, w) = 2/M·J_LS(λ, w) for every w.
     * Example: {@code lambdaMseFromLs(1e3, 1000)} is {@code 2.0}
     */
    public static double lambdaMseFromLs(double lambda, long m) {
        return Solvers.lambdaMseFromLs(lambda, m);
    }

    /**
     * λ₂ = 2λ/M with M of the active data set.
     * Example: {@code lambdaMseFromLs(1e3)}
     */
    public static double lambdaMseFromLs(double lambda) {
        return Solvers.lambdaMseFromLs(lambda, active().m());
    }

    /**
     * λ₂ = 2λ/M with M of data set d.
     * Example: {@code lambdaMseFromLs(d, 1e3)}
     */
    public static double lambdaMseFromLs(Dataset d, double lambda) {
        return Solvers.lambdaMseFromLs(lambda, req(d).m());
    }

    /**
     * λ = λ₂·M/2: the LS-objective strength whose minimiser equals that of J_MSE(λ₂, ·) on M rows.
     * Example: {@code lambdaLsFromMse(2.0, 1000)} is {@code 1000.0}
     */
    public static double lambdaLsFromMse(double lambda2, long m) {
        return Solvers.lambdaLsFromMse(lambda2, m);
    }

    /**
     * λ = λ₂·M/2 with M of the active data set.
     * Example: {@code lambdaLsFromMse(2.0)}
     */
    public static double lambdaLsFromMse(double lambda2) {
        return Solvers.lambdaLsFromMse(lambda2, active().m());
    }

    /**
     * λ = λ₂·M/2 with M of data set d.
     * Example: {@code lambdaLsFromMse(d, 2.0)}
     */
    public static double lambdaLsFromMse(Dataset d, double lambda2) {
        return Solvers.lambdaLsFromMse(lambda2, req(d).m());
    }

    // ---- mape -------------------------------------------------------------------------------

    /**
     * The notebook's mean absolute percentage error of two scalars, as a fraction:
     * |t − p|/|t|, or |p| when t = 0.
     * Example: {@code mape(mse(w), ls(w) * 2 / 1000)}
     */
    public static double mape(double pred, double truth) {
        return Mape.of(pred, truth);
    }

    /**
     * The notebook's mape of two same-length arrays: mean of |t − p|/|t|, using |p| where t = 0.
     * Example: {@code mape(new double[] {1, 2}, new double[] {1, 4})} is {@code 0.25}
     */
    public static double mape(double[] pred, double[] truth) {
        if (pred == null || truth == null) {
            throw new IllegalArgumentException("pred and true must not be null");
        }
        return Mape.of(pred, truth);
    }

    /**
     * The notebook's mape of two same-size vectors: mean of |t − p|/|t|, using |p| where t = 0.
     * Example: {@code mape(ridgeMse(2.0), ridge(1e3))}
     */
    public static double mape(Vec pred, Vec truth) {
        if (pred == null || truth == null) {
            throw new IllegalArgumentException("pred and true must not be null");
        }
        if (pred.size() != truth.size()) {
            throw new IllegalArgumentException("pred and true must have the same shape, but pred is ("
                    + pred.size() + ", 1) and true is (" + truth.size() + ", 1)");
        }
        return Mape.of(pred.toArray(), truth.toArray());
    }

    /**
     * The notebook's mape of two same-shape matrices: mean over entries of |t − p|/|t|, using |p| where t = 0.
     * Example: {@code mape(ridgePath(lams), ridgePath(lams))} is {@code 0.0}
     */
    public static double mape(Mat pred, Mat truth) {
        if (pred == null || truth == null) {
            throw new IllegalArgumentException("pred and true must not be null");
        }
        if (pred.rows() != truth.rows() || pred.cols() != truth.cols()) {
            throw new IllegalArgumentException("pred and true must have the same shape, but pred is " + pred.shape()
                    + " and true is " + truth.shape());
        }
        return Mape.of(pred.toArray(), truth.toArray());
    }

    // ---------------------------------------------------------------------------------------
    // Printing: the same text the REPL echoes, the same on every JDK.

    /**
     * The text wb shows for a value: numbers as Python's {@code repr}, vectors, matrices and
     * arrays as numpy prints them, the same on every JDK (unlike {@code Double.toString}).
     * Example: {@code str(0.1 + 0.2)} is {@code "0.30000000000000004"}
     */
    public static String str(Object value) {
        return Values.format(value);
    }

    /**
     * Prints {@code label = value} on standard output, the value as {@link #str} writes it, with a
     * matrix's further lines aligned under its first.
     * Example: {@code print("w_ls", normal())} prints {@code w_ls = [[3.09364385]]}
     */
    public static void print(String label, Object value) {
        String prefix = label + " = ";
        System.out.println(prefix + str(value).replace("\n", "\n" + " ".repeat(prefix.length())));
    }

    // ---- exploring weight decay: paths, shrinkage, overfitting, gradient descent, the λ bridge ----

    private static Vec lambdasOf(Vec lambdas) {
        if (lambdas == null) {
            throw new IllegalArgumentException("lambdas is null; pass the λ values, e.g. logspace(-2, 4, 50)");
        }
        return lambdas;
    }

    private static double[] startOf(Dataset d, Vec start) {
        if (start == null) {
            throw new IllegalArgumentException("start is null; pass N = " + d.n() + " starting weights, e.g. vec(-6, 6)");
        }
        return start.toArray();
    }

    /**
     * n values evenly spaced on a log scale from 10^a to 10^b: 10^(a + i·(b − a)/(n − 1)), as
     * numpy's {@code logspace}; the grid for λ sweeps.
     * Example: {@code logspace(-2, 4, 50)} spans 0.01 to 10⁴
     */
    public static Vec logspace(double a, double b, int n) {
        return Logspace.of(a, b, n);
    }

    /**
     * The ridge regularisation path w(λ) = (XᵀX + λI)⁻¹Xᵀy for every λ, with ‖w(λ)‖ and the
     * effective degrees of freedom dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ) (σᵢ² the eigenvalues of XᵀX), all from
     * one decomposition of XᵀX (tridiagonal, QTQᵀ), which the data set keeps; on the active data set.
     * Example: {@code var p = path(logspace(-2, 4, 50)); p.get(0); plot(p)}
     */
    public static RegularizationPath path(Vec lambdas) {
        return RegularizationPath.of(active(), lambdasOf(lambdas).toArray(), p());
    }

    /**
     * The ridge path w(λ) = (XᵀX + λI)⁻¹Xᵀy, ‖w(λ)‖ and dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ) on data set d.
     * Example: {@code path(d, logspace(-2, 4, 50))}
     */
    public static RegularizationPath path(Dataset d, Vec lambdas) {
        return RegularizationPath.of(req(d), lambdasOf(lambdas).toArray(), p());
    }

    /**
     * Ridge's shrinkage by direction: along each eigenvector vᵢ of XᵀX the ridge solution keeps
     * the fraction fᵢ = σᵢ²/(σᵢ² + λ) of the least-squares solution's component,
     * vᵢᵀw(λ) = fᵢ·vᵢᵀw_ls; on the active data set.
     * Example: {@code shrinkage(1e3).factors()}
     */
    public static Shrinkage shrinkage(double lambda) {
        return Shrinkage.of(active(), lambda, p());
    }

    /**
     * The shrinkage factors fᵢ = σᵢ²/(σᵢ² + λ) along the eigenvectors of XᵀX of data set d.
     * Example: {@code shrinkage(d, 1e3)}
     */
    public static Shrinkage shrinkage(Dataset d, double lambda) {
        return Shrinkage.of(req(d), lambda, p());
    }

    /**
     * A noisy curve in one variable: x uniform in [lo, hi], y = f(x) + noise·ε, ε standard normal,
     * drawn from the session's generator (x first, as {@code np.random.uniform(lo, hi, M)}, then ε);
     * it becomes the active data set. Use {@link StrictMath} in f for the same numbers on every JDK.
     * Example: {@code dataset(30, x -> StrictMath.sin(3 * x), -1, 1, 0.3)}
     */
    public static Dataset dataset(int m, DoubleUnaryOperator f, double lo, double hi, double noise) {
        Workbench wb = wb();
        Dataset d = wb.withRng(rng -> Synthetic.curve(rng, m, f, lo, hi, noise, wb.progress()));
        return wb.use(d);
    }

    /**
     * Correlated features: each row draws z₀, …, z_N and sets x_j = √ρ·z₀ + √(1 − ρ)·z_j (every pair
     * of features has correlation ρ), y = X·w + noise·ε; from the session's generator, and it
     * becomes the active data set. Its loss contours are long ellipses, so shrinkage differs by direction.
     * Example: {@code correlated(200, vec(4.0, 1.5), 0.8, 1.0)}
     */
    public static Dataset correlated(int m, Vec w, double rho, double noise) {
        if (w == null) {
            throw new IllegalArgumentException("w is null; pass the true weights, e.g. vec(4.0, 1.5)");
        }
        Workbench wb = wb();
        double[] weights = w.toArray();
        Dataset d = wb.withRng(rng -> Synthetic.correlated(rng, m, weights, rho, noise, wb.progress()));
        return wb.use(d);
    }

    /**
     * Polynomial features of the active one-column data set: x becomes (1, x, x², …, x^degree),
     * N = degree + 1 (the constant column is penalised like every weight); it becomes the active data set.
     * Example: {@code polynomial(12)}
     */
    public static Dataset polynomial(int degree) {
        return wb().use(Features.polynomial(active(), degree));
    }

    /**
     * Polynomial features (1, x, x², …, x^degree) of one-column data set d; the result becomes active.
     * Example: {@code polynomial(d, 12)}
     */
    public static Dataset polynomial(Dataset d, int degree) {
        return wb().use(Features.polynomial(req(d), degree));
    }

    /**
     * Random Fourier features of the active data set: φ_j(x) = √(2/D)·cos(ω_jᵀx + b_j), j = 1..D,
     * ω_j ~ N(0, scale²·I), b_j uniform in [0, 2π), drawn from the session's generator; the result
     * becomes the active data set.
     * Example: {@code randomFeatures(200, 5.0)}
     */
    public static Dataset randomFeatures(int count, double scale) {
        return randomFeatures(active(), count, scale);
    }

    /**
     * Random Fourier features φ_j(x) = √(2/D)·cos(ω_jᵀx + b_j) of data set d; the result becomes active.
     * Example: {@code randomFeatures(d, 200, 5.0)}
     */
    public static Dataset randomFeatures(Dataset d, int count, double scale) {
        Workbench wb = wb();
        Dataset dd = req(d);
        return wb.use(wb.withRng(rng -> Features.random(rng, dd, count, scale)));
    }

    /**
     * A seeded train/test split of the active data set: the rows shuffled by the session's
     * generator (as {@code np.random.permutation(M)}), the first ⌊fraction·M⌋ train, the rest test.
     * It becomes the active split, which {@code validation(lambdas)} uses.
     * Example: {@code split(0.5)}
     */
    public static Split split(double fraction) {
        return split(active(), fraction);
    }

    /**
     * A seeded train/test split of data set d (the first ⌊fraction·M⌋ shuffled rows train); it
     * becomes the active split.
     * Example: {@code Split s = split(d, 0.5); s.train()}
     */
    public static Split split(Dataset d, double fraction) {
        Workbench wb = wb();
        Dataset dd = req(d);
        return wb.useSplit(wb.withRng(rng -> Split.of(rng, dd, fraction)));
    }

    /**
     * Train and test error against λ on the active split: w(λ) = (XₜᵀXₜ + λI)⁻¹Xₜᵀyₜ from the
     * training rows, MSE(w) = (1/M)‖Xw − y‖² on the training and on the test rows; the best λ
     * (smallest test MSE) and the unregularised fit's test MSE for comparison.
     * Example: {@code validation(logspace(-6, 2, 50))}
     */
    public static ValidationCurve validation(Vec lambdas) {
        return ValidationCurve.of(wb().split(), lambdasOf(lambdas).toArray(), p());
    }

    /**
     * Train and test MSE of ridge against λ on split s, with the best λ and the λ = 0 fit's test MSE.
     * Example: {@code validation(s, logspace(-6, 2, 50))}
     */
    public static ValidationCurve validation(Split s, Vec lambdas) {
        if (s == null) {
            throw new IllegalArgumentException("s is null; make a split with split(d, 0.5)");
        }
        return ValidationCurve.of(s, lambdasOf(lambdas).toArray(), p());
    }

    /**
     * k-fold cross-validation of ridge on the active data set: CV(λ) = (1/k) Σ_f MSE_f(w_f(λ)), w_f
     * fitted without fold f; it picks the λ with the smallest CV(λ) and states that fold error ±
     * its standard error. Folds come from the session's generator (numpy's permutation).
     * Example: {@code crossValidate(logspace(-3, 3, 50), 5)}
     */
    public static CrossValidation crossValidate(Vec lambdas, int k) {
        return crossValidate(active(), lambdas, k);
    }

    /**
     * k-fold cross-validation of ridge on data set d over λ: CV(λ) = (1/k) Σ_f MSE_f(w_f(λ)).
     * Example: {@code crossValidate(d, logspace(-3, 3, 50), 5)}
     */
    public static CrossValidation crossValidate(Dataset d, Vec lambdas, int k) {
        Workbench wb = wb();
        Dataset dd = req(d);
        double[] ls = lambdasOf(lambdas).toArray();
        return wb.withRng(rng -> CrossValidation.of(rng, dd, ls, k, wb.progress()));
    }

    /**
     * Gradient descent on J_LS(λ, w) = ½‖Xw − y‖² + (λ/2)‖w‖² from w = 0, in its weight-decay form
     * w ← (1 − rate·λ)·w − rate·Xᵀ(Xw − y); the trajectory warns when rate ≥ 2/σ_max(XᵀX + λI)
     * (it then diverges). On the active data set.
     * Example: {@code gd(1e3, 4e-4, 100)}
     */
    public static Trajectory gd(double lambda, double rate, int steps) {
        Dataset d = active();
        return GradientDescent.run(d, GradientDescent.Loss.LS, lambda, rate, steps, new double[d.n()], p());
    }

    /**
     * Gradient descent on J_LS(λ, w) from {@code start}: w ← (1 − rate·λ)·w − rate·Xᵀ(Xw − y).
     * Example: {@code gd(1e3, 4e-4, 100, vec(-6, 6))}
     */
    public static Trajectory gd(double lambda, double rate, int steps, Vec start) {
        Dataset d = active();
        return GradientDescent.run(d, GradientDescent.Loss.LS, lambda, rate, steps, startOf(d, start), p());
    }

    /**
     * Gradient descent on J_LS(λ, w) of data set d from {@code start}: w ← (1 − rate·λ)·w − rate·Xᵀ(Xw − y).
     * Example: {@code gd(d, 1e3, 4e-4, 100, vec(0, 0))}
     */
    public static Trajectory gd(Dataset d, double lambda, double rate, int steps, Vec start) {
        return GradientDescent.run(req(d), GradientDescent.Loss.LS, lambda, rate, steps, startOf(d, start), p());
    }

    /**
     * Gradient descent on J_MSE(λ₂, w) = (1/M)‖Xw − y‖² + (λ₂/2)‖w‖² from w = 0:
     * w ← (1 − rate·λ₂)·w − rate·(2/M)·Xᵀ(Xw − y); it warns when rate ≥ 2/(2σ²_max/M + λ₂).
     * Example: {@code gdMse(2.0, 0.1, 100)}
     */
    public static Trajectory gdMse(double lambda2, double rate, int steps) {
        Dataset d = active();
        return GradientDescent.run(d, GradientDescent.Loss.MSE, lambda2, rate, steps, new double[d.n()], p());
    }

    /**
     * Gradient descent on J_MSE(λ₂, w) from {@code start}: w ← (1 − rate·λ₂)·w − rate·(2/M)·Xᵀ(Xw − y).
     * Example: {@code gdMse(2.0, 0.1, 100, vec(-6, 6))}
     */
    public static Trajectory gdMse(double lambda2, double rate, int steps, Vec start) {
        Dataset d = active();
        return GradientDescent.run(d, GradientDescent.Loss.MSE, lambda2, rate, steps, startOf(d, start), p());
    }

    /**
     * Gradient descent on J_MSE(λ₂, w) of data set d from {@code start}.
     * Example: {@code gdMse(d, 2.0, 0.1, 100, vec(0, 0))}
     */
    public static Trajectory gdMse(Dataset d, double lambda2, double rate, int steps, Vec start) {
        return GradientDescent.run(req(d), GradientDescent.Loss.MSE, lambda2, rate, steps, startOf(d, start), p());
    }

    /**
     * The largest stable step size of gd on J_LS: 2/σ_max(XᵀX + λI) = 2/(σ²_max + λ), σ²_max the
     * largest eigenvalue of XᵀX; gradient descent converges exactly when rate is below it. Active data set.
     * Example: {@code gd(1e3, 0.5 * rateLimit(1e3), 100)}
     */
    public static double rateLimit(double lambda) {
        return GradientDescent.rateLimit(active(), GradientDescent.Loss.LS, lambda, p());
    }

    /**
     * The stability limit 2/(σ²_max + λ) of gd on J_LS(λ, ·) of data set d.
     * Example: {@code rateLimit(d, 1e3)}
     */
    public static double rateLimit(Dataset d, double lambda) {
        return GradientDescent.rateLimit(req(d), GradientDescent.Loss.LS, lambda, p());
    }

    /**
     * The stability limit of gdMse: 2/σ_max((2/M)·XᵀX + λ₂I) = 2/(2σ²_max/M + λ₂). Active data set.
     * Example: {@code rateLimitMse(2.0)}
     */
    public static double rateLimitMse(double lambda2) {
        return GradientDescent.rateLimit(active(), GradientDescent.Loss.MSE, lambda2, p());
    }

    /**
     * The weight-decay factor 1 − rate·λ: one gradient step on J = loss + (λ/2)‖w‖² multiplies w by
     * it before the loss's own step, w ← (1 − rate·λ)·w − rate·∇loss(w).
     * Example: {@code decayFactor(1e-4, 1e3)} is {@code 0.9}
     */
    public static double decayFactor(double rate, double lambda) {
        return LambdaBridge.decayFactor(rate, lambda);
    }

    /**
     * λ = α: scikit-learn's {@code Ridge(alpha=α, fit_intercept=False)} minimises
     * ‖y − Xw‖² + α‖w‖² = 2·J_LS(α, w), so it fits ridge(α). (With sklearn's default
     * fit_intercept=True it is ridge on centred X and y.)
     * Example: {@code ridge(lambdaFromAlpha(1.0))}
     */
    public static double lambdaFromAlpha(double alpha) {
        return LambdaBridge.lambdaFromAlpha(alpha);
    }

    /**
     * α = λ: the scikit-learn Ridge alpha (fit_intercept=False) whose fit is ridge(λ).
     * Example: {@code alphaFromLambda(1e3)} is {@code 1000.0}
     */
    public static double alphaFromLambda(double lambda) {
        return LambdaBridge.alphaFromLambda(lambda);
    }

    /**
     * λ = wd·M/2: decoupled weight decay wd (PyTorch's AdamW/SGD style, θ ← θ − η·wd·θ each step)
     * with plain gradient steps on the mean squared error is gradient descent on J_MSE(wd, ·), whose
     * minimiser is ridge(wd·M/2). M of the active data set.
     * Example: {@code ridge(lambdaFromWeightDecay(0.01))}
     */
    public static double lambdaFromWeightDecay(double wd) {
        return LambdaBridge.lambdaFromWeightDecay(wd, active().m());
    }

    /**
     * λ = wd·M/2 for decoupled weight decay wd on the mean squared error over M rows.
     * Example: {@code lambdaFromWeightDecay(0.01, 1000)} is {@code 5.0}
     */
    public static double lambdaFromWeightDecay(double wd, long m) {
        return LambdaBridge.lambdaFromWeightDecay(wd, m);
    }

    /**
     * wd = 2λ/M: the decoupled weight decay on the mean squared error equivalent to λ (it equals
     * λ₂, the notebook's MSE strength); M of the active data set.
     * Example: {@code weightDecayFromLambda(1e3)}
     */
    public static double weightDecayFromLambda(double lambda) {
        return LambdaBridge.weightDecayFromLambda(lambda, active().m());
    }

    /**
     * wd = 2λ/M: the decoupled weight decay on the mean squared error over M rows equivalent to λ.
     * Example: {@code weightDecayFromLambda(1e3, 1000)} is {@code 2.0}
     */
    public static double weightDecayFromLambda(double lambda, long m) {
        return LambdaBridge.weightDecayFromLambda(lambda, m);
    }
}
