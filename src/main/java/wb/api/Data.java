package wb.api;

import java.util.function.DoubleUnaryOperator;
import wb.numeric.Csv;
import wb.numeric.Dataset;
import wb.numeric.Features;
import wb.numeric.Grid;
import wb.numeric.Mat;
import wb.numeric.Split;
import wb.numeric.Synthetic;
import wb.numeric.Vec;
import wb.numeric.kernel.Checks;

/**
 * Making and choosing data, which snippets {@code import static}: vectors and grids, synthetic
 * and loaded data sets, features, train/test splits, and which data set is active.
 *
 * <p>A data set that a helper here makes becomes the active one, which the helpers without a
 * data set argument use ({@link #use} chooses another). Random draws come from the session's
 * seeded generator, in numpy's order, so seed 0 gives the notebook's numbers. Bad input throws an
 * {@link IllegalArgumentException} naming the argument, what was given and what is expected.
 */
public final class Data {
    private Data() {
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
     * n values evenly spaced on a log scale from 10^a to 10^b: 10^(a + i·(b − a)/(n − 1)), as
     * numpy's {@code logspace}; the grid for λ sweeps.
     * Example: {@code logspace(-2, 4, 50)} spans 0.01 to 10⁴
     */
    public static Vec logspace(double a, double b, int n) {
        return Grid.logspace(a, b, n);
    }

    /**
     * A 2-D grid of points (w₁, w₂) = (xs[j], ys[i]) for contour plots, as numpy's
     * {@code meshgrid(xs, ys)}; {@code grid(...).map(f)} gives Z[i][j] = f(xs[j], ys[i]).
     * Example: {@code grid(linspace(-7, 7, 100), linspace(-7, 7, 100)).map((a, b) -> mse(a, b))}
     */
    public static Grid grid(Vec xs, Vec ys) {
        String example = "grid(linspace(-7, 7, 100), linspace(-7, 7, 100))";
        return Grid.of(Checks.given(xs, "xs", example), Checks.given(ys, "ys", example));
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
        double[] weights = Checks.given(w, "w", "vec(3.14), the true weights").toArray();
        Workbench wb = Workbench.current();
        return wb.use(wb.withRng(rng -> Dataset.synthetic(rng, m, weights, bias, noise, wb.progress())));
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
        Workbench wb = Workbench.current();
        return wb.use(wb.withRng(rng -> Dataset.synthetic(rng, m, n, bias, noise, wb.progress())));
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
        Checks.given(x, "X", "Mat.of(3, 1, 1, 2, 3)");
        Checks.given(y, "y", "vec(2, 4, 6)");
        return Workbench.current().use(Dataset.of(x, y));
    }

    /**
     * A noisy curve in one variable: x uniform in [lo, hi], y = f(x) + noise·ε, ε standard normal,
     * drawn from the session's generator (x first, as {@code np.random.uniform(lo, hi, M)}, then ε);
     * it becomes the active data set. Use {@link StrictMath} in f for the same numbers on every JDK.
     * Example: {@code dataset(30, x -> StrictMath.sin(3 * x), -1, 1, 0.3)}
     */
    public static Dataset dataset(int m, DoubleUnaryOperator f, double lo, double hi, double noise) {
        Workbench wb = Workbench.current();
        return wb.use(wb.withRng(rng -> Synthetic.curve(rng, m, f, lo, hi, noise, wb.progress())));
    }

    /**
     * Correlated features: each row draws z₀, …, z_N and sets x_j = √ρ·z₀ + √(1 − ρ)·z_j (every pair
     * of features has correlation ρ), y = X·w + noise·ε; from the session's generator, and it
     * becomes the active data set. Its loss contours are long ellipses, so shrinkage differs by direction.
     * Example: {@code correlated(200, vec(4.0, 1.5), 0.8, 1.0)}
     */
    public static Dataset correlated(int m, Vec w, double rho, double noise) {
        double[] weights = Checks.given(w, "w", "vec(4.0, 1.5), the true weights").toArray();
        Workbench wb = Workbench.current();
        return wb.use(wb.withRng(rng -> Synthetic.correlated(rng, m, weights, rho, noise, wb.progress())));
    }

    /**
     * Loads a data set from a CSV file with a header row; the last column is the target y, the
     * others are X. It becomes the active data set.
     * Example: {@code load("houses.csv")}
     */
    public static Dataset load(String path) {
        Workbench wb = Workbench.current();
        return wb.use(Csv.load(Args.path(path), null, wb.progress()));
    }

    /**
     * Loads a data set from a CSV file with a header row, taking the named column as the target y
     * and the others as X. It becomes the active data set.
     * Example: {@code load("houses.csv", "price")}
     */
    public static Dataset load(String path, String target) {
        Checks.given(target, "target", "\"price\", a column name (load(path) takes the last column)");
        Workbench wb = Workbench.current();
        return wb.use(Csv.load(Args.path(path), target, wb.progress()));
    }

    /**
     * Writes data set d as CSV (header, then one row per sample, the target last), atomically:
     * a reader sees the old file or the new one, never half of it.
     * Example: {@code save(d, "data.csv")}
     */
    public static void save(Dataset d, String path) {
        Csv.save(Args.data(d), Args.path(path));
    }

    // ---- the active data set ----------------------------------------------------------------

    /**
     * Makes d the active data set (the one the helpers without a data set argument use); returns d.
     * Example: {@code use(d1)}
     */
    public static Dataset use(Dataset d) {
        return Workbench.current().use(Args.data(d));
    }

    /**
     * The active data set.
     * Example: {@code data().m()}
     */
    public static Dataset data() {
        return Workbench.current().active();
    }

    /**
     * X of the active data set, an M×N matrix (a copy); {@code d.x()} for another data set.
     * Example: {@code X().get(0, 0)}
     */
    public static Mat X() {
        return data().x();
    }

    /**
     * y of the active data set, an M×1 vector (a copy); {@code d.y()} for another data set.
     * Example: {@code y().get(0)}
     */
    public static Vec y() {
        return data().y();
    }

    // ---- features and splits ----------------------------------------------------------------

    /**
     * Polynomial features of the active one-column data set: x becomes (1, x, x², …, x^degree),
     * N = degree + 1 (the constant column is penalised like every weight); it becomes the active data set.
     * Example: {@code polynomial(12)}
     */
    public static Dataset polynomial(int degree) {
        return polynomial(data(), degree);
    }

    /**
     * Polynomial features (1, x, x², …, x^degree) of one-column data set d; the result becomes active.
     * Example: {@code polynomial(d, 12)}
     */
    public static Dataset polynomial(Dataset d, int degree) {
        return Workbench.current().use(Features.polynomial(Args.data(d), degree));
    }

    /**
     * Random Fourier features of the active data set: φ_j(x) = √(2/D)·cos(ω_jᵀx + b_j), j = 1..D,
     * ω_j ~ N(0, scale²·I), b_j uniform in [0, 2π), drawn from the session's generator; the result
     * becomes the active data set.
     * Example: {@code randomFeatures(200, 5.0)}
     */
    public static Dataset randomFeatures(int count, double scale) {
        return randomFeatures(data(), count, scale);
    }

    /**
     * Random Fourier features φ_j(x) = √(2/D)·cos(ω_jᵀx + b_j) of data set d; the result becomes active.
     * Example: {@code randomFeatures(d, 200, 5.0)}
     */
    public static Dataset randomFeatures(Dataset d, int count, double scale) {
        Dataset given = Args.data(d);
        Workbench wb = Workbench.current();
        return wb.use(wb.withRng(rng -> Features.random(rng, given, count, scale)));
    }

    /**
     * A seeded train/test split of the active data set: the rows shuffled by the session's
     * generator (as {@code np.random.permutation(M)}), the first ⌊fraction·M⌋ train, the rest test.
     * It becomes the active split, which {@code validation(lambdas)} uses.
     * Example: {@code split(0.5)}
     */
    public static Split split(double fraction) {
        return split(data(), fraction);
    }

    /**
     * A seeded train/test split of data set d (the first ⌊fraction·M⌋ shuffled rows train); it
     * becomes the active split.
     * Example: {@code Split s = split(d, 0.5); s.train()}
     */
    public static Split split(Dataset d, double fraction) {
        Dataset given = Args.data(d);
        Workbench wb = Workbench.current();
        return wb.useSplit(wb.withRng(rng -> Split.of(rng, given, fraction)));
    }
}
