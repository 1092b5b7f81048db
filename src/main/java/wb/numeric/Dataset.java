package wb.numeric;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.EigenRidge;
import wb.numeric.kernel.Lazy;
import wb.numeric.kernel.PowersOfTwo;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;
import wb.numeric.kernel.Rng;
import wb.numeric.kernel.TridiagonalRidge;
import wb.numeric.kernel.Workers;

/**
 * An immutable data set for least squares: an M×N matrix X (row-major, one array) and M targets y,
 * with where it came from: the generator's seed, bias and noise for synthetic data, or the source
 * file and column names for loaded data, and the true weights when they are known.
 *
 * <p>Its sufficient statistics ({@link Statistics}: G = XᵀX, b = Xᵀy, yᵀy, M), the tridiagonal
 * reduction of G used by λ sweeps and paths, and the eigendecomposition of G used where the
 * eigenvectors themselves are needed (shrinkage directions, paths on rank-deficient data) are
 * each computed on first use, once, thread-safely, and kept.
 */
public final class Dataset {
    static final String GENERATE_TASK = "generating data set";
    private static final int GENERATE_BLOCK = 1 << 16;

    private final int m;
    private final int n;
    private final double[] x;
    private final double[] y;
    private final double bias;
    private final double noise;
    private final Long seed;
    private final Path source;
    private final double[] trueWeights;
    private final List<String> columns;
    private final String target;

    private final Lazy<Statistics> stats = new Lazy<>();
    private final Lazy<ScaledStatistics> scaledStats = new Lazy<>();
    private final Lazy<EigenRidge> eigen = new Lazy<>();
    private final Lazy<TridiagonalRidge> tridiagonal = new Lazy<>();

    private Dataset(int m, int n, double[] x, double[] y, double bias, double noise, Long seed, Path source,
                    double[] trueWeights, List<String> columns, String target) {
        this.m = m;
        this.n = n;
        this.x = x;
        this.y = y;
        this.bias = bias;
        this.noise = noise;
        this.seed = seed;
        this.source = source;
        this.trueWeights = trueWeights;
        this.columns = columns;
        this.target = target;
    }

    /**
     * Synthetic data as in the notebook: X is M×N standard normal, y = X·w + bias + noise·ε with
     * ε standard normal.
     *
     * <p>Draw order from {@code rng}: X row by row (x₁₁, x₁₂, …, x₁N, x₂₁, …), exactly as
     * {@code numpy.random.randn(M, N)}, then, if noise &gt; 0, the M values of ε. With seed 0,
     * {@code synthetic(rng, 1000, {3.14}, 1.0, 0)} draws the notebook's X. The generator advances
     * only if the data set is made: on an error or interruption its state is left as it was.
     *
     * @param weights the true weights w (length N ≥ 1, finite)
     * @param bias    added to every target (finite)
     * @param noise   standard deviation of the Gaussian noise (≥ 0, finite)
     */
    public static Dataset synthetic(Rng rng, int m, double[] weights, double bias, double noise,
                                    ProgressListener progress) {
        return synthetic(rng, rng.copy(), m, weights, bias, noise, progress);
    }

    /**
     * Synthetic data with N true weights drawn at random: first the N weights (standard normal),
     * then X and the noise as in {@link #synthetic(Rng, int, double[], double, double, ProgressListener)}.
     */
    public static Dataset synthetic(Rng rng, int m, int n, double bias, double noise, ProgressListener progress) {
        Checks.positive("N", n);
        Checks.positive("M", m);
        Rng work = rng.copy();
        double[] w = new double[n];
        work.fillGaussian(w, 0, n);
        return synthetic(rng, work, m, w, bias, noise, progress);
    }

    private static Dataset synthetic(Rng rng, Rng work, int m, double[] weights, double bias, double noise,
                                     ProgressListener progress) {
        Checks.positive("M", m);
        Checks.trueWeights(weights);
        int n = weights.length;
        Checks.finite("bias", bias);
        Checks.finite("noise", noise);
        if (noise < 0) {
            throw new IllegalArgumentException("noise is a standard deviation and must be >= 0, but was "
                    + Repr.scalar(noise));
        }
        long size = (long) m * n;
        if (size > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("M×N = " + size + " values do not fit one Java array (at most "
                    + (Integer.MAX_VALUE - 16) + "); use fewer rows or features");
        }
        double[] w = weights.clone();
        double[] x = new double[(int) size];
        long total = size + (noise > 0 ? m : 0);
        for (int from = 0; from < x.length; from += GENERATE_BLOCK) {
            ComputationInterruptedException.check(GENERATE_TASK);
            int to = Math.min(x.length, from + GENERATE_BLOCK);
            work.fillGaussian(x, from, to);
            if (total > GENERATE_BLOCK) {
                progress.progress(GENERATE_TASK, to, total);
            }
        }
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            int o = i * n;
            double s = 0;
            for (int j = 0; j < n; j++) {
                s += x[o + j] * w[j];
            }
            y[i] = s + bias;
        }
        if (noise > 0) {
            for (int i = 0; i < m; i++) {
                if ((i & (GENERATE_BLOCK - 1)) == 0) {
                    ComputationInterruptedException.check(GENERATE_TASK);
                }
                y[i] += noise * work.nextGaussian();
            }
            if (total > GENERATE_BLOCK) {
                progress.progress(GENERATE_TASK, total, total);
            }
        }
        rng.restoreFrom(work);
        return new Dataset(m, n, x, y, bias, noise, rng.seed(), null, w, defaultColumns(n), "y");
    }

    /**
     * A data set from a matrix and targets given by the user (copied).
     *
     * @throws IllegalArgumentException on a shape mismatch, an empty X, or NaN/infinite values
     */
    public static Dataset of(Mat x, Vec y) {
        if (x.rows() != y.size()) {
            throw new IllegalArgumentException("X has " + x.rows() + " rows but y has " + y.size()
                    + " entries; they must match");
        }
        return fromRows(x.toArray(), y.toArray(), x.rows(), x.cols(), null, defaultColumns(x.cols()), "y");
    }

    /** A data set read from a file; validated here, arrays owned by the new data set. */
    static Dataset fromRows(double[] x, double[] y, int m, int n, Path source, List<String> columns, String target) {
        Checks.positive("M (rows)", m);
        Checks.positive("N (features)", n);
        // The names are made only for a value that fails: made for every value they were a third
        // of a CSV load's time.
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(y[i])) {
                Checks.finite("y[" + i + "]", y[i]);
            }
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(x[i * n + j])) {
                    Checks.finite("X[" + i + ", " + j + "]", x[i * n + j]);
                }
            }
        }
        return new Dataset(m, n, x, y, 0.0, 0.0, null, source, null, List.copyOf(columns), target);
    }

    /**
     * A data set made in this package from arrays it hands over (a generator's draws, a subset of
     * rows, new features of the same rows), with the provenance to show: bias, noise and seed
     * for synthetic data, the source file for loaded data. Values must already be finite.
     */
    static Dataset create(double[] x, double[] y, int m, int n, double bias, double noise, Long seed, Path source,
                          double[] trueWeights, List<String> columns, String target) {
        return new Dataset(m, n, x, y, bias, noise, seed, source, trueWeights, List.copyOf(columns), target);
    }

    private static List<String> defaultColumns(int n) {
        String[] names = new String[n];
        for (int j = 0; j < n; j++) {
            names[j] = "x" + (j + 1);
        }
        return List.of(names);
    }



    /** The number of rows (samples) M. */
    public int m() {
        return m;
    }

    /** The number of features N. */
    public int n() {
        return n;
    }

    /** X as an M×N matrix (a copy). */
    public Mat x() {
        return Mat.wrap(x.clone(), m, n);
    }

    /** y as an M×1 vector (a copy). */
    public Vec y() {
        return Vec.wrap(y.clone());
    }

    /** The row-major X itself; callers in this package never write to it. */
    double[] xRaw() {
        return x;
    }

    double[] yRaw() {
        return y;
    }

    /** The bias added to the targets of synthetic data (0 for loaded data). */
    public double bias() {
        return bias;
    }

    /** The noise standard deviation of synthetic data (0 for loaded data). */
    public double noise() {
        return noise;
    }

    /** The generator seed of synthetic data; empty for loaded or user-given data. */
    public OptionalLong seed() {
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
    }

    /** The file this data set was loaded from, if any. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    /** The true weights, when known (synthetic data). */
    public Optional<Vec> trueWeights() {
        return trueWeights == null ? Optional.empty() : Optional.of(Vec.of(trueWeights));
    }

    /** The feature column names (x1, x2, … for synthetic data). */
    public List<String> columns() {
        return columns;
    }

    /** The target column name ("y" for synthetic data). */
    public String target() {
        return target;
    }

    /** The sufficient statistics, computed on first use with the shared workers. */
    public Statistics stats(ProgressListener progress) {
        return stats(Workers.shared(), progress);
    }

    /** The sufficient statistics, computed on first use (once, even when asked from many threads). */
    public Statistics stats(Workers workers, ProgressListener progress) {
        return stats.get(() -> Statistics.compute(x, y, m, n, workers, progress));
    }

    /**
     * The statistics of X and y scaled by the powers of two that bring their largest |values|
     * near 1 when those are outside [2^-500, 2^500] (see {@link PowersOfTwo}), computed on first
     * use; for data in the usual range, {@link #stats} itself with exponents 0.
     */
    ScaledStatistics scaledStats(ProgressListener progress) {
        return scaledStats.get(() -> {
            int ex = PowersOfTwo.exponentToScale(x);
            int ey = PowersOfTwo.exponentToScale(y);
            Statistics s = ex == 0 && ey == 0 ? stats(progress)
                    : Statistics.compute(PowersOfTwo.scaled(x, -ex), PowersOfTwo.scaled(y, -ey), m, n, Workers.shared(), progress);
            return new ScaledStatistics(s, ex, ey);
        });
    }

    /** The tridiagonal reduction of G with its eigenvalues, for λ sweeps and paths; computed on first use. */
    TridiagonalRidge tridiagonal(ProgressListener progress) {
        return tridiagonal.get(() -> {
            Statistics s = stats(progress);
            return new TridiagonalRidge(s.g(), s.b(), n, progress);
        });
    }

    /** The eigendecomposition G = VΛVᵀ, for what needs the eigenvectors; computed on first use. */
    EigenRidge eigen(ProgressListener progress) {
        return eigen.get(() -> {
            Statistics s = stats(progress);
            return new EigenRidge(s.g(), s.b(), n);
        });
    }

    /** One line: shape, bias, noise and seed (or source), e.g. {@code Dataset M=1000 N=1 X (1000, 1) ...}. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Dataset(M=").append(m).append(", N=").append(n)
                .append(", X ").append(Repr.shape(m, n)).append(", y ").append(Repr.shape(m, 1));
        if (source != null) {
            sb.append(", source=").append(source).append(", target=").append(target);
        } else {
            sb.append(", bias=").append(Repr.scalar(bias)).append(", noise=").append(Repr.scalar(noise));
            sb.append(", seed=").append(seed == null ? "none" : seed.toString());
        }
        if (trueWeights != null && trueWeights.length <= 6) {
            sb.append(", w_true=").append(Repr.array1d(trueWeights));
        }
        return sb.append(')').toString();
    }
}
