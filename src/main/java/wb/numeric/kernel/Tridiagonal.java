package wb.numeric.kernel;

/**
 * The Householder reduction of a symmetric matrix to tridiagonal form, G = Q T Qᵀ, with Q kept
 * as its N − 2 reflectors Hₖ = I − τₖvₖvₖᵀ (Q = H₀H₁…H_{N−3}) and T as its diagonal and
 * off-diagonal; plus T's eigenvalues (those of G) by implicit QL without vectors.
 *
 * <p>It is the O(N³) part of a ridge path that needs no eigenvectors (see {@link TridiagonalRidge}):
 * (4/3)N³ multiply-adds for the reduction, against several times that for a full
 * eigendecomposition that also accumulates the vectors.
 *
 * <p><b>Kernel.</b> Step k computes reflector k from row k (G is symmetric, so row k holds column
 * k), q = A₂₂v over the trailing block, w = τq − ½τ²(qᵀv)v, and the rank-2 update
 * A₂₂ ← A₂₂ − vwᵀ − wvᵀ (as LAPACK's {@code dsytd2}). The matrix is kept whole (both triangles,
 * one array per row), so that both the product q = Σᵢ vᵢ·rowᵢ and the update are axpy loops over
 * a row at the same index as the vectors, which C2 vectorises; a triangle-only kernel would need
 * dot products, which it does not. The update of step k is fused with the product of step k + 1:
 * row k + 1 is updated first, reflector k + 1 is made from it, and then each further row is
 * updated and immediately added into the next q, so that every step reads and writes the
 * trailing block once. The update is symmetric to the bit (vᵢwⱼ + wᵢvⱼ is the same sum both
 * ways round), and nothing depends on threads: the result is deterministic.
 *
 * <p><b>Interruption.</b> The reduction checks the thread's interrupt status at every step (at
 * most about 2N² multiply-adds apart: a few milliseconds at N = 2000).
 */
final class Tridiagonal {
    static final String TASK = "tridiagonal reduction of XᵀX";
    private static final double EPS = Math.ulp(1.0);
    /** QL sweeps allowed per eigenvalue before giving up; 2–3 are typical. */
    private static final int MAX_SWEEPS = 60;

    private final int n;
    private final double[] diagonal;
    private final double[] offDiagonal;
    /** Row k holds vₖ at indices k+1..N−1 (vₖ[k+1] = 1), for k = 0..N−3. */
    private final double[][] reflectors;
    private final double[] tau;

    private Tridiagonal(int n, double[] diagonal, double[] offDiagonal, double[][] reflectors, double[] tau) {
        this.n = n;
        this.diagonal = diagonal;
        this.offDiagonal = offDiagonal;
        this.reflectors = reflectors;
        this.tau = tau;
    }

    /**
     * Reduces the symmetric N×N matrix g (row-major; only read) to tridiagonal form, reporting
     * progress in multiply-adds done.
     *
     * @throws ComputationInterruptedException if the thread is interrupted meanwhile
     */
    static Tridiagonal of(double[] g, int n, ProgressListener progress) {
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOfRange(g, i * n, (i + 1) * n);
        }
        double[] d = new double[n];
        double[] e = new double[Math.max(0, n - 1)];
        double[] tau = new double[Math.max(0, n - 2)];
        if (n >= 3) {
            reduce(a, n, d, e, tau, progress);
        }
        if (n >= 2) {
            d[n - 2] = a[n - 2][n - 2];
            e[n - 2] = a[n - 2][n - 1];
        }
        d[n - 1] = a[n - 1][n - 1];
        return new Tridiagonal(n, d, e, a, tau);
    }

    private static void reduce(double[][] a, int n, double[] d, double[] e, double[] tau, ProgressListener progress) {
        double[] q = new double[n];
        double[] w = new double[n];
        // step k works on the (N−k−1)² trailing block
        long total = 0;
        for (int k = 0; k < n - 2; k++) {
            total += (long) (n - k - 1) * (n - k - 1);
        }
        long done = 0;
        // Reflector 0 and q = A₂₂v₀, the only product not fused with an update.
        reflector(a[0], 0, n, d, e, tau);
        product(a, a[0], 1, n, q);
        for (int k = 0; k < n - 2; k++) {
            ComputationInterruptedException.check(TASK);
            if ((k & 15) == 0) {
                progress.progress(TASK, done, total);
            }
            done += (long) (n - k - 1) * (n - k - 1);
            double[] v = a[k];
            double t = tau[k];
            if (t == 0) {
                // Hₖ = I: the trailing block is unchanged, but the next product is still needed.
                if (k + 1 < n - 2) {
                    reflector(a[k + 1], k + 1, n, d, e, tau);
                    java.util.Arrays.fill(q, 0.0);
                    product(a, a[k + 1], k + 2, n, q);
                }
                continue;
            }
            // w = τq − ½τ²(qᵀv)v
            double qv = 0;
            for (int j = k + 1; j < n; j++) {
                qv += q[j] * v[j];
            }
            double alpha = -0.5 * t * t * qv;
            for (int j = k + 1; j < n; j++) {
                w[j] = t * q[j] + alpha * v[j];
            }
            double[] next = a[k + 1];
            update(next, v[k + 1], w[k + 1], v, w, k + 1, n);
            java.util.Arrays.fill(q, 0.0);
            if (k + 1 < n - 2) {
                reflector(next, k + 1, n, d, e, tau);
                fusedUpdateProduct(a, v, w, next, k + 2, n, q);
            } else {
                for (int i = k + 2; i < n; i++) {
                    update(a[i], v[i], w[i], v, w, k + 2, n);
                }
            }
        }
        progress.progress(TASK, total, total);
    }

    /**
     * Makes reflector k from row k (entries k+1..N−1): β = −sign(x₀)‖x‖, τ = (β − x₀)/β,
     * v = x/(x₀ − β) with v₀ = 1, so that Hx = βe₁. Writes v over the row, d[k] and e[k] = β.
     * A row already zero below its first entry gives τ = 0 (H = I) and e[k] = x₀.
     */
    private static void reflector(double[] row, int k, int n, double[] d, double[] e, double[] tau) {
        d[k] = row[k];
        double x0 = row[k + 1];
        double scale = 0;
        for (int j = k + 2; j < n; j++) {
            scale = Math.max(scale, Math.abs(row[j]));
        }
        if (scale == 0) {
            tau[k] = 0;
            e[k] = x0;
            row[k + 1] = 1.0;
            return;
        }
        scale = Math.max(scale, Math.abs(x0));
        // the norm of the scaled row, so that squares neither overflow nor underflow
        double inv = 1.0 / scale;
        double ss = 0;
        for (int j = k + 1; j < n; j++) {
            double s = row[j] * inv;
            ss += s * s;
        }
        double norm = scale * Math.sqrt(ss);
        double beta = x0 >= 0 ? -norm : norm;
        tau[k] = (beta - x0) / beta;
        double f = 1.0 / (x0 - beta);
        for (int j = k + 2; j < n; j++) {
            row[j] *= f;
        }
        row[k + 1] = 1.0;
        e[k] = beta;
    }

    /** q += Σᵢ vᵢ·a[i][from..] over rows i ≥ from: q = A₂₂v for the trailing block at from (A₂₂ symmetric). */
    private static void product(double[][] a, double[] v, int from, int n, double[] q) {
        for (int i = from; i < n; i++) {
            double vi = v[i];
            double[] ai = a[i];
            for (int j = from; j < n; j++) {
                q[j] += vi * ai[j];
            }
        }
    }

    /** row[from..] −= vᵢ·w + wᵢ·v: one row of the rank-2 update. */
    private static void update(double[] row, double vi, double wi, double[] v, double[] w, int from, int n) {
        for (int j = from; j < n; j++) {
            row[j] -= vi * w[j] + wi * v[j];
        }
    }

    /**
     * Rows i ≥ from: rowᵢ −= vᵢw + wᵢv (step k's update of the block at from = k + 2) and then
     * q += uᵢ·rowᵢ with u the next reflector: the next step's product in the same pass.
     */
    private static void fusedUpdateProduct(double[][] a, double[] v, double[] w, double[] u, int from, int n,
                                           double[] q) {
        for (int i = from; i < n; i++) {
            double vi = v[i];
            double wi = w[i];
            double ui = u[i];
            double[] ai = a[i];
            for (int j = from; j < n; j++) {
                double x = ai[j] - (vi * w[j] + wi * v[j]);
                ai[j] = x;
                q[j] += ui * x;
            }
        }
    }

    /** N. */
    int n() {
        return n;
    }

    /** The diagonal of T (N values); callers never write to it. */
    double[] diagonal() {
        return diagonal;
    }

    /** The off-diagonal of T, T[i][i+1] for i = 0..N−2; callers never write to it. */
    double[] offDiagonal() {
        return offDiagonal;
    }

    /** Qᵀx for one vector, in place: H_{N−3}…H₁H₀x. */
    void applyQt(double[] x) {
        for (int k = 0; k < n - 2; k++) {
            reflect(k, x);
        }
    }

    /** Qx for one vector, in place: H₀H₁…H_{N−3}x. */
    void applyQ(double[] x) {
        for (int k = n - 3; k >= 0; k--) {
            reflect(k, x);
        }
    }

    private void reflect(int k, double[] x) {
        double t = tau[k];
        if (t == 0) {
            return;
        }
        double[] v = reflectors[k];
        double s = 0;
        for (int i = k + 1; i < n; i++) {
            s += v[i] * x[i];
        }
        s *= t;
        for (int i = k + 1; i < n; i++) {
            x[i] -= s * v[i];
        }
    }

    /**
     * Q·Z for a block of vectors, in place: z[i][c] is entry i of vector c (c below {@code width}).
     * Each reflector is applied to all the vectors at once, as axpy loops over the block's row,
     * which C2 vectorises; vector c's arithmetic does not depend on the other vectors, so
     * splitting the vectors into blocks never changes a result.
     *
     * @param stop asked between reflectors; the work is abandoned once it says so
     */
    void applyQ(double[][] z, int width, Workers.Stop stop) {
        double[] s = new double[width];
        for (int k = n - 3; k >= 0; k--) {
            if ((k & 15) == 0 && stop.stopped()) {
                return;
            }
            double t = tau[k];
            if (t == 0) {
                continue;
            }
            double[] v = reflectors[k];
            java.util.Arrays.fill(s, 0.0);
            for (int i = k + 1; i < n; i++) {
                double vi = v[i];
                double[] zi = z[i];
                for (int c = 0; c < width; c++) {
                    s[c] += vi * zi[c];
                }
            }
            for (int i = k + 1; i < n; i++) {
                double f = t * v[i];
                double[] zi = z[i];
                for (int c = 0; c < width; c++) {
                    zi[c] -= f * s[c];
                }
            }
        }
    }

    /**
     * The eigenvalues of T (and so of G), ascending: implicit QL with Wilkinson's shift on a copy
     * of T, O(N²), no vectors (the tql1 algorithm of Bowdler, Martin, Reinsch and Wilkinson,
     * Handbook for Automatic Computation II, 1971, in the form of Press et al., Numerical Recipes,
     * §11.3).
     *
     * @throws IllegalStateException if an eigenvalue does not converge (not seen in practice)
     */
    double[] eigenvalues() {
        double[] d = diagonal.clone();
        double[] e = new double[n];
        System.arraycopy(offDiagonal, 0, e, 0, n - 1);
        for (int l = 0; l < n; l++) {
            int sweeps = 0;
            while (true) {
                int m = l;
                while (m < n - 1 && Math.abs(e[m]) > EPS * (Math.abs(d[m]) + Math.abs(d[m + 1]))) {
                    m++;
                }
                if (m == l) {
                    break; // d[l] is an eigenvalue
                }
                if (++sweeps > MAX_SWEEPS) {
                    throw new IllegalStateException("the eigenvalues of the tridiagonal form of XᵀX did not converge");
                }
                // Wilkinson's shift: the eigenvalue of the leading 2×2 block nearer d[l].
                double g = (d[l + 1] - d[l]) / (2.0 * e[l]);
                double r = hypot(g, 1.0);
                g = d[m] - d[l] + e[l] / (g + (g >= 0 ? r : -r));
                double s = 1.0;
                double c = 1.0;
                double p = 0.0;
                int i = m - 1;
                boolean underflow = false;
                for (; i >= l; i--) {
                    double f = s * e[i];
                    double b = c * e[i];
                    r = hypot(f, g);
                    e[i + 1] = r;
                    if (r == 0) {
                        // the rotation is not defined: the matrix splits here; deflate and start over
                        d[i + 1] -= p;
                        e[m] = 0;
                        underflow = true;
                        break;
                    }
                    s = f / r;
                    c = g / r;
                    g = d[i + 1] - p;
                    r = (d[i] - g) * s + 2.0 * c * b;
                    p = s * r;
                    d[i + 1] = g + p;
                    g = c * r - b;
                }
                if (underflow) {
                    continue;
                }
                d[l] -= p;
                e[l] = g;
                e[m] = 0;
            }
        }
        java.util.Arrays.sort(d);
        return d;
    }

    /** √(x² + y²) without overflow or underflow in the squares; exact rounding steps only (deterministic). */
    private static double hypot(double x, double y) {
        double a = Math.abs(x);
        double b = Math.abs(y);
        double big = Math.max(a, b);
        if (big == 0) {
            return 0;
        }
        double small = Math.min(a, b) / big;
        return big * Math.sqrt(1.0 + small * small);
    }
}
