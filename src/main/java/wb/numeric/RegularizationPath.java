package wb.numeric;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.EigenRidge;
import wb.numeric.kernel.Fmt;
import wb.numeric.kernel.PowersOfTwo;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;
import wb.numeric.kernel.TridiagonalRidge;
import wb.numeric.kernel.Workers;

/**
 * The ridge regularisation path: w(λ) = (XᵀX + λI)⁻¹Xᵀy for many λ, with ‖w(λ)‖ and the
 * effective degrees of freedom dof(λ) = Σᵢ σᵢ²/(σᵢ² + λ), where σᵢ² are the eigenvalues of XᵀX
 * (the squared singular values of X).
 *
 * <p>All of it comes from one O(N³) decomposition of XᵀX, which a data set computes once and
 * keeps; each λ then costs O(N²). Where X has full numerical rank that is the tridiagonal
 * reduction XᵀX = QTQᵀ ({@link TridiagonalRidge}): w(λ) = Q(T + λI)⁻¹QᵀXᵀy, and the σᵢ² are T's
 * eigenvalues. Otherwise it is the eigendecomposition XᵀX = VΛVᵀ: w(λ) = V(Λ + λI)⁻¹VᵀXᵀy, in
 * which the directions without data can be left out (below). dof(λ) falls from rank(X) at λ = 0
 * to 0 as λ → ∞; it counts how many directions of the data the fit still uses. Eigenvalues at
 * rounding level (≤ N·ε·σ²_max) count as 0: such a direction is not in the data, so it adds
 * nothing to dof and w(λ) has no component along it (so w(λ) tends to lstsq's minimum-norm
 * solution as λ → 0).
 *
 * <p>Immutable. Row k of {@link #coefficients()} is w(λₖ); {@link #get(int)} gives it as a vector.
 * Example: {@code RegularizationPath p = path(logspace(-2, 4, 50)); p.get(0)}
 */
public final class RegularizationPath {
    private static final String TASK = "regularisation path";
    /** Rows of W per unit of parallel work (N·K·32 multiply-adds: 3 M at N = 500, K = 200). */
    private static final int ROWS_PER_UNIT = 32;
    /** Below this many multiply-adds the path is too quick to share out. */
    private static final long PARALLEL_MACS = 4_000_000L;

    private final double[] lambdas;
    private final double[] w;
    private final int n;
    private final double[] norms;
    private final double[] dof;
    private final int rank;

    private RegularizationPath(double[] lambdas, double[] w, int n, double[] norms, double[] dof, int rank) {
        this.lambdas = lambdas;
        this.w = w;
        this.n = n;
        this.norms = norms;
        this.dof = dof;
        this.rank = rank;
    }

    /**
     * The path on data set d, from its kept decomposition of XᵀX (made on first use).
     *
     * @throws IllegalArgumentException for no λ, a λ that is negative or NaN, or λ = 0 with
     *     singular XᵀX (the message suggests lstsq() or λ &gt; 0)
     */
    public static RegularizationPath of(Dataset d, double[] lambdas, ProgressListener progress) {
        return of(d, lambdas, Workers.shared(), progress);
    }

    /** {@link #of(Dataset, double[], ProgressListener)} on the given workers. */
    static RegularizationPath of(Dataset d, double[] lambdas, Workers workers, ProgressListener progress) {
        check(lambdas);
        ScaledStatistics scaled = d.scaledStats(progress);
        int ex = scaled.xExponent();
        int ey = scaled.yExponent();
        if (ex == 0 && ey == 0) {
            return compute(d.tridiagonal(progress), () -> d.eigen(progress), d.n(), lambdas, lambdas, workers);
        }
        // Data near the ends of the double range (1e155 and beyond, or denormals): XᵀX overflows
        // or underflows. Scaled by powers of two, exactly, X' = X·2^−ex and y' = y·2^−ey give
        // XᵀX = 2^2ex·X'ᵀX' and Xᵀy = 2^(ex+ey)·X'ᵀy', so w(λ) = 2^(ey−ex)·w'(λ·2^−2ex), with the
        // same dof and rank. Not kept: such data is rare, and its decomposition is made per call.
        Statistics s = scaled.stats();
        int n = d.n();
        RegularizationPath p = compute(new TridiagonalRidge(s.g(), s.b(), n, progress),
                () -> new EigenRidge(s.g(), s.b(), n), n, PowersOfTwo.scaled(lambdas, -2 * ex), lambdas, workers);
        double[] w = PowersOfTwo.scaled(p.w, ey - ex);
        return new RegularizationPath(lambdas.clone(), w, n, norms(w, n, lambdas.length), p.dof, p.rank);
    }

    /**
     * The path from a fresh decomposition of the statistics' XᵀX (not a data set's kept one):
     * what a path costs the first time, for benchmarks.
     */
    public static RegularizationPath of(Statistics stats, double[] lambdas) {
        check(lambdas);
        int n = stats.n();
        return compute(new TridiagonalRidge(stats.g(), stats.b(), n, ProgressListener.NONE),
                () -> new EigenRidge(stats.g(), stats.b(), n), n, lambdas, lambdas, Workers.shared());
    }

    private static void check(double[] lambdas) {
        if (lambdas == null || lambdas.length == 0) {
            throw new IllegalArgumentException("lambdas must hold at least one λ, e.g. logspace(-2, 4, 50), but got "
                    + (lambdas == null ? "null" : "none"));
        }
        for (int k = 0; k < lambdas.length; k++) {
            Checks.lambda("lambdas[" + k + "]", lambdas[k]);
        }
    }

    /**
     * From the tridiagonal reduction where X has full numerical rank (every λ ≥ 0 then leaves
     * T + λI positive definite), else from the eigendecomposition, which can leave out the
     * directions without data.
     */
    private static RegularizationPath compute(TridiagonalRidge tr, Supplier<EigenRidge> eigen, int n,
                                              double[] lambdasIn, double[] given, Workers workers) {
        double[] lambdas = lambdasIn.clone();
        double[] ev = tr.eigenvalues();
        double tol = tolerance(ev, n);
        if (minimum(ev) > tol) {
            double[] w = tr.solve(lambdas, workers);
            if (w != null) {
                return new RegularizationPath(lambdas, w, n, norms(w, n, lambdas.length), dof(ev, tol, lambdas), n);
            }
        }
        return compute(eigen.get(), n, lambdas, given, workers);
    }

    /** dof(λₖ) = Σᵢ σᵢ²/(σᵢ² + λₖ) over the eigenvalues above tol. */
    private static double[] dof(double[] ev, double tol, double[] lambdas) {
        double[] dof = new double[lambdas.length];
        for (int k = 0; k < lambdas.length; k++) {
            double f = 0;
            for (double s : ev) {
                if (s > tol) {
                    f += s / (s + lambdas[k]);
                }
            }
            dof[k] = f;
        }
        return dof;
    }

    /** ‖w(λₖ)‖ for each row k of W (K×N). */
    private static double[] norms(double[] w, int n, int count) {
        double[] norms = new double[count];
        for (int k = 0; k < count; k++) {
            double ss = 0;
            for (int j = 0; j < n; j++) {
                double x = w[k * n + j];
                ss += x * x;
            }
            norms[k] = Math.sqrt(ss);
        }
        return norms;
    }

    /**
     * From the eigendecomposition G = VΛVᵀ: W = V·T with T = (Λ + λI)⁻¹Vᵀb, eigenvalues ≤ tol
     * left out; {@code given} are the λ as the caller gave them, for messages (lambdas may be scaled).
     */
    private static RegularizationPath compute(EigenRidge e, int n, double[] lambdas, double[] given, Workers workers) {
        double[] ev = e.eigenvalues();
        double[] c = e.projections();
        double[] v = e.vectors();
        double tol = tolerance(ev, n);
        int rank = 0;
        for (double s : ev) {
            if (s > tol) {
                rank++;
            }
        }
        int count = lambdas.length;
        // T holds t = (Λ + λI)⁻¹Vᵀb for every λ, one row per eigenvector, so that W = V·T runs
        // as long axpy loops over λ (vectorised) instead of N² dot products per λ.
        double[] t = new double[n * count];
        double[] dof = new double[count];
        for (int k = 0; k < count; k++) {
            double lambda = lambdas[k];
            if (lambda + minimum(ev) <= tol) {
                throw new IllegalArgumentException("lambdas[" + k + "] = " + Repr.scalar(given[k])
                        + " leaves XᵀX + λI singular (XᵀX has rank " + rank + " < N = " + n
                        + "); use λ > 0, or lstsq() for the minimum-norm solution");
            }
            double f = 0;
            for (int i = 0; i < n; i++) {
                double s = ev[i];
                // An eigenvalue at rounding level is a direction X does not have: Xᵀy has no
                // component there either, so w(λ) has none (the λ → 0 limit is lstsq's minimum norm).
                if (s > tol) {
                    t[i * count + k] = c[i] / (s + lambda);
                    f += s / (s + lambda);
                }
            }
            dof[k] = f;
        }
        double[] wt = new double[n * count];
        int units = (n + ROWS_PER_UNIT - 1) / ROWS_PER_UNIT;
        if ((long) n * n * count >= PARALLEL_MACS && units > 1) {
            // each row of W is computed whole by one thread, so the result does not depend on the threads
            workers.run(TASK, units, (u, stop) -> multiply(v, t, wt, n, count, u * ROWS_PER_UNIT,
                    Math.min(n, (u + 1) * ROWS_PER_UNIT)), ProgressListener.NONE);
        } else {
            for (int row = 0; row < n; row += ROWS_PER_UNIT) {
                ComputationInterruptedException.check(TASK);
                multiply(v, t, wt, n, count, row, Math.min(n, row + ROWS_PER_UNIT));
            }
        }
        double[] w = new double[count * n];
        for (int k = 0; k < count; k++) {
            for (int j = 0; j < n; j++) {
                w[k * n + j] = wt[j * count + k];
            }
        }
        return new RegularizationPath(lambdas, w, n, norms(w, n, count), dof, rank);
    }

    /**
     * Rows r0..r1 of Wᵀ = V·T (N×K): for each row of V, Σᵢ V[row][i]·T[i][·], as axpy loops over
     * the K values of λ, which the JIT vectorises. A method of its own so that it is compiled on
     * its own rather than as part of the caller's loop.
     */
    private static void multiply(double[] v, double[] t, double[] wt, int n, int count, int r0, int r1) {
        for (int row = r0; row < r1; row++) {
            int o = row * count;
            for (int i = 0; i < n; i++) {
                double vi = v[row * n + i];
                int ti = i * count;
                for (int k = 0; k < count; k++) {
                    wt[o + k] += vi * t[ti + k];
                }
            }
        }
    }

    /**
     * w(λ) = V(Λ + λI)⁻¹Vᵀb into {@code out}, leaving out directions whose eigenvalue is at or
     * below {@code tol} (as {@link #of} does).
     */
    static void solve(EigenRidge e, double tol, double lambda, double[] out) {
        double[] ev = e.eigenvalues();
        double[] c = e.projections();
        double[] v = e.vectors();
        int n = ev.length;
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = ev[i] > tol ? c[i] / (ev[i] + lambda) : 0.0;
        }
        for (int r = 0; r < n; r++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += v[r * n + i] * t[i];
            }
            out[r] = s;
        }
    }

    private static double minimum(double[] ev) {
        double m = Double.POSITIVE_INFINITY;
        for (double s : ev) {
            m = Math.min(m, s);
        }
        return m;
    }

    /** Eigenvalues at or below this are rounding noise of a zero: N·ε·σ²_max. */
    static double tolerance(double[] ev, int n) {
        double max = 0;
        for (double s : ev) {
            max = Math.max(max, s);
        }
        return Math.max(Double.MIN_NORMAL, max) * n * Math.ulp(1.0);
    }

    /** The number of λ values K. */
    public int size() {
        return lambdas.length;
    }

    /** The number of coefficients N. */
    public int n() {
        return n;
    }

    /** The λ values, in the order given. */
    public Vec lambdas() {
        return Vec.of(lambdas);
    }

    /** λₖ. */
    public double lambda(int k) {
        checkIndex(k);
        return lambdas[k];
    }

    /** w(λₖ) = (XᵀX + λₖI)⁻¹Xᵀy, the ridge solution for the k-th λ. */
    public Vec get(int k) {
        checkIndex(k);
        double[] out = new double[n];
        System.arraycopy(w, k * n, out, 0, n);
        return Vec.wrap(out);
    }

    /** The K×N matrix whose row k is w(λₖ). */
    public Mat coefficients() {
        return Mat.wrap(w.clone(), lambdas.length, n);
    }

    /** Coefficient j of w(λ) for every λ: the curve the path figure draws for w_{j+1}. */
    public Vec coefficient(int j) {
        if (j < 0 || j >= n) {
            throw new IndexOutOfBoundsException("coefficient " + j + " is out of range for N = " + n + " (0.." + (n - 1) + ")");
        }
        return Mat.wrap(w, lambdas.length, n).column(j);
    }

    /** ‖w(λₖ)‖ for every k. */
    public Vec norms() {
        return Vec.of(norms);
    }

    /** The effective degrees of freedom dof(λₖ) = Σᵢ σᵢ²/(σᵢ² + λₖ) for every k. */
    public Vec dof() {
        return Vec.of(dof);
    }

    /** The numerical rank of X (eigenvalues of XᵀX above N·ε·σ²_max): dof at λ = 0. */
    public int rank() {
        return rank;
    }

    private void checkIndex(int k) {
        if (k < 0 || k >= lambdas.length) {
            throw new IndexOutOfBoundsException("index " + k + " is out of range for a path of " + lambdas.length
                    + " λ values (0.." + (lambdas.length - 1) + ")");
        }
    }

    /**
     * A summary and a table of λ, ‖w‖, dof and (for N ≤ 6) the coefficients, e.g.
     * {@code RegularizationPath: 50 λ from 0.01 to 1e+04, N = 2, rank 2}.
     */
    @Override
    public String toString() {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double l : lambdas) {
            lo = Math.min(lo, l);
            hi = Math.max(hi, l);
        }
        StringBuilder sb = new StringBuilder("RegularizationPath: ").append(lambdas.length)
                .append(lambdas.length == 1 ? " λ" : " λ from " + Fmt.g(lo, 4) + " to " + Fmt.g(hi, 4))
                .append(", N = ").append(n).append(", rank ").append(rank).append('\n');
        boolean showW = n <= 6;
        String[] header = new String[3 + (showW ? n : 0)];
        header[0] = "λ";
        header[1] = "‖w‖";
        header[2] = "dof";
        for (int j = 0; showW && j < n; j++) {
            header[3 + j] = "w" + (j + 1);
        }
        List<String[]> rows = new ArrayList<>();
        for (int k = 0; k < lambdas.length; k++) {
            String[] row = new String[header.length];
            row[0] = Fmt.g(lambdas[k], 4);
            row[1] = Fmt.g(norms[k], 5);
            row[2] = Fmt.g(dof[k], 4);
            for (int j = 0; showW && j < n; j++) {
                row[3 + j] = Fmt.g(w[k * n + j], 5);
            }
            rows.add(row);
        }
        sb.append(Fmt.table(header, rows, 10, -1, "  "));
        if (!showW) {
            sb.append("\n  coefficients(): ").append(lambdas.length).append(" × ").append(n).append(", row k is w(λₖ)");
        }
        return sb.toString();
    }
}
