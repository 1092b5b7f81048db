package wb.numeric.kernel;

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
public final class LeastSquares {
    static final String TASK = "least squares (QR)";
    private static final double EPS = Math.ulp(1.0);
    private static final int MAX_BLOCKS = 16;

    private LeastSquares() {
    }

    /** The solution, its residual sum of squares ‖y − Xw‖² and the numerical rank of X. */
    public record Result(double[] w, double rss, int rank) {
    }

    public static Result solve(double[] x, double[] y, int m, int n, Workers workers, ProgressListener progress) {
        int n1 = n + 1;
        int blocks = (int) Math.max(1, Math.min(MAX_BLOCKS, m / Math.max(4096L, 4L * n1)));
        double[][] tri = new double[blocks][];
        workers.run(TASK, blocks, (c, stop) -> {
            int r0 = (int) ((long) m * c / blocks);
            int r1 = (int) ((long) m * (c + 1) / blocks);
            tri[c] = reduce(x, y, n, r0, r1, stop);
        }, progress);
        double[][] r = rows(tri[0], n1);
        double[] v = new double[n1];
        double[] w = new double[n1];
        for (int c = 1; c < blocks; c++) {
            ComputationInterruptedException.check(TASK);
            // Fold triangle c in as n1 more rows.
            update(r, n1, rows(tri[c], n1), n1, v, w);
        }
        return finish(flat(r, n1), m, n);
    }

    /** The (n+1)×(n+1) triangle of rows [r0, r1) of [X | y], row-major. */
    private static double[] reduce(double[] x, double[] y, int n, int r0, int r1, Workers.Stop stop) {
        int n1 = n + 1;
        int rowsPerStep = Math.max(16, Math.min(1024, 32768 / n1));
        double[][] r = new double[n1][n1];
        double[][] chunk = new double[rowsPerStep][n1];
        double[] v = new double[rowsPerStep];
        double[] w = new double[n1];
        for (int s0 = r0; s0 < r1; s0 += rowsPerStep) {
            if (stop.stopped()) {
                break;
            }
            int rows = Math.min(rowsPerStep, r1 - s0);
            for (int i = 0; i < rows; i++) {
                System.arraycopy(x, (s0 + i) * n, chunk[i], 0, n);
                chunk[i][n] = y[s0 + i];
            }
            update(r, n1, chunk, rows, v, w);
        }
        return flat(r, n1);
    }

    private static double[][] rows(double[] flat, int n1) {
        double[][] out = new double[n1][];
        for (int i = 0; i < n1; i++) {
            out[i] = java.util.Arrays.copyOfRange(flat, i * n1, (i + 1) * n1);
        }
        return out;
    }

    private static double[] flat(double[][] rows, int n1) {
        double[] out = new double[n1 * n1];
        for (int i = 0; i < n1; i++) {
            System.arraycopy(rows[i], 0, out, i * n1, n1);
        }
        return out;
    }

    /**
     * Folds {@code rows} new rows ({@code c[0..rows)}, n1 values each) into the upper-triangular
     * n1×n1 factor r by one Householder reflection per column. Both steps of applying a
     * reflection, w = rₖ + Σᵢ vᵢcᵢ and cᵢ −= vᵢ·τw, are axpy loops over whole rows at the same
     * index, which C2 vectorises. {@code v} (≥ rows) and {@code w} (≥ n1) are scratch.
     */
    static void update(double[][] r, int n1, double[][] c, int rows, double[] v, double[] w) {
        for (int k = 0; k < n1; k++) {
            double sigma = 0;
            for (int i = 0; i < rows; i++) {
                double ck = c[i][k];
                sigma += ck * ck;
            }
            if (sigma == 0) {
                continue;
            }
            double[] rk = r[k];
            double alpha = rk[k];
            double norm = Math.sqrt(alpha * alpha + sigma);
            double beta = alpha >= 0 ? -norm : norm;
            double tau = (beta - alpha) / beta;
            double scale = 1.0 / (alpha - beta);
            for (int i = 0; i < rows; i++) {
                v[i] = c[i][k] * scale;
                c[i][k] = 0;
            }
            rk[k] = beta;
            int from = k + 1;
            if (from == n1) {
                continue;
            }
            System.arraycopy(rk, from, w, from, n1 - from);
            for (int i = 0; i < rows; i++) {
                double vi = v[i];
                double[] ci = c[i];
                for (int j = from; j < n1; j++) {
                    w[j] += vi * ci[j];
                }
            }
            for (int j = from; j < n1; j++) {
                w[j] *= tau;
                rk[j] -= w[j];
            }
            for (int i = 0; i < rows; i++) {
                double vi = v[i];
                double[] ci = c[i];
                for (int j = from; j < n1; j++) {
                    ci[j] -= vi * w[j];
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
