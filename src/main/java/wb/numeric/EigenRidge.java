package wb.numeric;

import java.util.Optional;
import org.ojalgo.matrix.decomposition.Eigenvalue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * The eigendecomposition G = V Λ Vᵀ of a data set's Gram matrix, kept so that a sweep over many
 * λ costs one O(N³) decomposition plus O(N²) per λ: ridge(λ) = V (Λ + λI)⁻¹ Vᵀ b.
 */
final class EigenRidge {
    private final int n;
    private final double[] lambdas;
    private final double[] v;
    private final double[] c;

    EigenRidge(double[] g, double[] b, int n) {
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
        this.v = new double[n * n];
        for (int k = 0; k < n; k++) {
            // G is positive semi-definite; rounding can leave tiny negative eigenvalues.
            lambdas[k] = Math.max(0.0, re[k]);
            for (int i = 0; i < n; i++) {
                v[i * n + k] = vs.doubleValue(i, k);
            }
        }
        this.c = new double[n];
        for (int k = 0; k < n; k++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += v[i * n + k] * b[i];
            }
            c[k] = s;
        }
    }

    /** The ridge solution for one λ &gt; 0 (written into out). */
    void solve(double lambda, double[] out) {
        double[] t = new double[n];
        for (int k = 0; k < n; k++) {
            t[k] = c[k] / (lambdas[k] + lambda);
        }
        for (int i = 0; i < n; i++) {
            double s = 0;
            int o = i * n;
            for (int k = 0; k < n; k++) {
                s += v[o + k] * t[k];
            }
            out[i] = s;
        }
    }

    /** The eigenvalues σᵢ² of G (clamped at 0), in the decomposition's order; callers never write to it. */
    double[] eigenvalues() {
        return lambdas;
    }

    /** The eigenvectors, row-major N×N with eigenvector k in column k; callers never write to it. */
    double[] vectors() {
        return v;
    }

    /** Vᵀb, the right-hand side in eigen-coordinates; callers never write to it. */
    double[] projections() {
        return c;
    }

    /** The smallest eigenvalue of G (clamped at 0). */
    double minEigenvalue() {
        double min = Double.POSITIVE_INFINITY;
        for (double l : lambdas) {
            min = Math.min(min, l);
        }
        return min;
    }
}
