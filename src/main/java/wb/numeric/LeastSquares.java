package wb.numeric;

import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.R064Store;

/**
 * Least squares on X itself (not the normal equations): a streaming Householder QR of the
 * augmented matrix [X | y] that keeps only its (N+1)×(N+1) triangular factor, then a solve on R.
 *
 * <p>Each block of rows is folded into the running triangle by N+1 Householder reflections
 * (the "triangle on top of a block" update, LAPACK's {@code tpqrt}); memory stays O(N² + block)
 * whatever M is. Blocks of rows are reduced to triangles in parallel, and the triangles are merged
 * in block order, with block boundaries fixed by (M, N) so the answer is independent of the
 * thread count. With R̃ the augmented factor, R = R̃[0:N, 0:N], z = R̃[0:N, N] and the residual
 * sum of squares is R̃[N, N]².
 *
 * <p>If R is clearly non-singular (min |Rᵢᵢ| &gt; max |Rᵢᵢ| · ε · max(M, N)) the solution is a back
 * substitution. Otherwise (N &gt; M, collinear columns) an SVD of R gives the minimum-norm
 * solution, ignoring singular values below σ_max · ε · max(M, N) as numpy's {@code lstsq} does.
 * The diagonal test is cheap but not rank-revealing: a full-rank but nearly singular R keeps the
 * back substitution, which is what a full-rank least-squares problem asks for.
 */
final class LeastSquares {
    static final String TASK = "least squares (QR)";
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_BLOCKS = 16;

    private LeastSquares() {
    }

    /** The solution, its residual sum of squares ‖y − Xw‖² and the numerical rank of X. */
    record Result(double[] w, double rss, int rank) {
    }

    static Result solve(double[] x, double[] y, int m, int n, Workers workers, ProgressListener progress) {
        int n1 = n + 1;
        int blocks = (int) Math.max(1, Math.min(MAX_BLOCKS, m / Math.max(4096L, 4L * n1)));
        double[][] tri = new double[blocks][];
        workers.run(TASK, blocks, (c, stop) -> {
            int r0 = (int) ((long) m * c / blocks);
            int r1 = (int) ((long) m * (c + 1) / blocks);
            tri[c] = reduce(x, y, n, r0, r1, stop);
        }, progress);
        double[] r = tri[0];
        double[] scratch = new double[n1 * n1];
        for (int c = 1; c < blocks; c++) {
            ComputationInterruptedException.check(TASK);
            // Fold triangle c in as n1 more rows; column-major scratch for the update.
            double[] t = tri[c];
            for (int i = 0; i < n1; i++) {
                for (int j = 0; j < n1; j++) {
                    scratch[j * n1 + i] = t[i * n1 + j];
                }
            }
            update(r, n1, scratch, n1);
        }
        return finish(r, m, n);
    }

    /** The (n+1)×(n+1) triangle of rows [r0, r1) of [X | y], row-major. */
    private static double[] reduce(double[] x, double[] y, int n, int r0, int r1, Workers.Stop stop) {
        int n1 = n + 1;
        int rowsPerStep = Math.max(16, Math.min(1024, 32768 / n1));
        double[] r = new double[n1 * n1];
        double[] chunk = new double[rowsPerStep * n1];
        for (int s0 = r0; s0 < r1; s0 += rowsPerStep) {
            if (stop.stopped()) {
                return r;
            }
            int rows = Math.min(rowsPerStep, r1 - s0);
            for (int i = 0; i < rows; i++) {
                int o = (s0 + i) * n;
                for (int j = 0; j < n; j++) {
                    chunk[j * rows + i] = x[o + j];
                }
                chunk[n * rows + i] = y[s0 + i];
            }
            update(r, n1, chunk, rows);
        }
        return r;
    }

    /**
     * Folds {@code rows} new rows (column-major in {@code c}, column k at c[k·rows]) into the
     * upper-triangular n1×n1 factor r (row-major), by one Householder reflection per column.
     */
    static void update(double[] r, int n1, double[] c, int rows) {
        for (int k = 0; k < n1; k++) {
            int ck = k * rows;
            double sigma = 0;
            for (int i = 0; i < rows; i++) {
                sigma += c[ck + i] * c[ck + i];
            }
            if (sigma == 0) {
                continue;
            }
            double alpha = r[k * n1 + k];
            double norm = Math.sqrt(alpha * alpha + sigma);
            double beta = alpha >= 0 ? -norm : norm;
            double tau = (beta - alpha) / beta;
            double scale = 1.0 / (alpha - beta);
            for (int i = 0; i < rows; i++) {
                c[ck + i] *= scale;
            }
            r[k * n1 + k] = beta;
            for (int j = k + 1; j < n1; j++) {
                int cj = j * rows;
                double s0 = 0;
                double s1 = 0;
                int i = 0;
                for (; i + 1 < rows; i += 2) {
                    s0 += c[ck + i] * c[cj + i];
                    s1 += c[ck + i + 1] * c[cj + i + 1];
                }
                if (i < rows) {
                    s0 += c[ck + i] * c[cj + i];
                }
                double s = tau * (r[k * n1 + j] + (s0 + s1));
                r[k * n1 + j] -= s;
                for (i = 0; i < rows; i++) {
                    c[cj + i] -= s * c[ck + i];
                }
            }
        }
    }

    private static Result finish(double[] raug, int m, int n) {
        int n1 = n + 1;
        double rss = raug[n * n1 + n] * raug[n * n1 + n];
        double[] z = new double[n];
        double maxDiag = 0;
        double minDiag = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            z[i] = raug[i * n1 + n];
            double d = Math.abs(raug[i * n1 + i]);
            maxDiag = Math.max(maxDiag, d);
            minDiag = Math.min(minDiag, d);
        }
        double tolFactor = EPS * Math.max(m, n);
        if (maxDiag > 0 && minDiag > maxDiag * tolFactor) {
            double[] w = new double[n];
            for (int i = n - 1; i >= 0; i--) {
                double s = z[i];
                for (int j = i + 1; j < n; j++) {
                    s -= raug[i * n1 + j] * w[j];
                }
                w[i] = s / raug[i * n1 + i];
            }
            return new Result(w, rss, n);
        }
        R064Store rs = R064Store.FACTORY.make(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                rs.set(i, j, raug[i * n1 + j]);
            }
        }
        SingularValue<Double> svd = SingularValue.R064.make(rs);
        svd.decompose(rs);
        double[] s = new double[n];
        svd.getSingularValues(s);
        double tol = s[0] * tolFactor;
        int rank = 0;
        for (double v : s) {
            if (v > tol) {
                rank++;
            }
        }
        // Components of z outside the range of R belong to the residual.
        double[] w = RidgeSolver.pseudoSolve(svd, s, tol, z, n);
        double[] fitted = new double[n];
        for (int i = 0; i < n; i++) {
            double v = 0;
            for (int j = i; j < n; j++) {
                v += raug[i * n1 + j] * w[j];
            }
            fitted[i] = z[i] - v;
        }
        double extra = 0;
        for (double f : fitted) {
            extra += f * f;
        }
        return new Result(w, rss + extra, rank);
    }
}
