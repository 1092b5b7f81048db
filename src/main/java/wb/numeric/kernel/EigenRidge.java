package wb.numeric.kernel;

import java.util.Optional;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The eigendecomposition G = V Λ Vᵀ of a data set's Gram matrix, kept so that a sweep over many
 * λ costs one O(N³) decomposition plus O(N²) per λ: ridge(λ) = V (Λ + λI)⁻¹ Vᵀ b.
 */
public final class EigenRidge {
    private final int n;
    private final double[] lambdas;
    /** Column k of V, one array per column, so that V·t is a sum of axpy loops that vectorise. */
    private final double[][] vCols;
    private volatile double[] vRows;
    private final double[] c;

    /**
     * Decomposes G (row-major N×N, symmetric; only read) and keeps Vᵀb.
     *
     * @throws IllegalArgumentException if G or b has an entry that is infinite or NaN
     */
    public EigenRidge(double[] g, double[] b, int n) {
        RidgeSolver.requireFinite(g, b, "so XᵀX's eigenvalues cannot be computed; divide X and y by a power of ten first");
        this.n = n;
        R064Store a = R064Store.FACTORY.make(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, g[i * n + j]);
            }
        }
        Eigenvalue<Double> eig = Eigenvalue.R064.make(a, true);
        if (!eig.decompose(a)) {
            throw new IllegalStateException("the eigendecomposition of XᵀX failed");
        }
        double[] re = new double[n];
        eig.getEigenvalues(re, Optional.empty());
        MatrixStore<Double> vs = eig.getV();
        this.lambdas = new double[n];
        this.vCols = new double[n][n];
        for (int k = 0; k < n; k++) {
            // G is positive semi-definite; rounding can leave tiny negative eigenvalues.
            lambdas[k] = Math.max(0.0, re[k]);
            for (int i = 0; i < n; i++) {
                vCols[k][i] = vs.doubleValue(i, k);
            }
        }
        this.c = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            double[] vk = vCols[k];
            for (int i = 0; i < n; i++) {
                s += vk[i] * b[i];
            }
            c[k] = s;
        }
    }

    /** The ridge solution for one λ &gt; 0 (written into out). */
    void solve(double lambda, double[] out) {
        java.util.Arrays.fill(out, 0, n, 0.0);
        for (int k = 0; k < n; k++) {
            double tk = c[k] / (lambdas[k] + lambda);
            double[] vk = vCols[k];
            for (int i = 0; i < n; i++) {
                out[i] += tk * vk[i];
            }
        }
    }

    /** The eigenvalues σᵢ² of G (clamped at 0), in the decomposition's order; callers never write to it. */
    public double[] eigenvalues() {
        return lambdas;
    }

    /**
     * The eigenvectors, row-major N×N with eigenvector k in column k; callers never write to it.
     * Made from the column arrays on first use, for the path kernels that read V by rows.
     */
    public double[] vectors() {
        double[] rows = vRows;
        if (rows == null) {
            rows = new double[n * n];
            for (int k = 0; k < n; k++) {
                for (int i = 0; i < n; i++) {
                    rows[i * n + k] = vCols[k][i];
                }
            }
            vRows = rows;
        }
        return rows;
    }

    /** Vᵀb, the right-hand side in eigen-coordinates; callers never write to it. */
    public double[] projections() {
        return c;
    }

    /** The smallest eigenvalue of G (clamped at 0). */
    public double minEigenvalue() {
        double min = Double.POSITIVE_INFINITY;
        for (double l : lambdas) {
            min = Math.min(min, l);
        }
        return min;
    }
}
