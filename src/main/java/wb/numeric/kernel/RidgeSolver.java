package wb.numeric.kernel;

import org.ojalgo.matrix.decomposition.Cholesky;
import org.ojalgo.matrix.decomposition.SingularValue;
import org.ojalgo.matrix.store.MatrixStore;
import org.ojalgo.matrix.store.R064Store;

/**
 * Solves (G + λI) w = b for the ridge and normal-equation solutions: Cholesky (ojAlgo
 * {@code Cholesky.R064}) when G + λI is numerically positive definite, an SVD of G + λI
 * otherwise. It solves; it never forms an inverse.
 */
public final class RidgeSolver {
    private static final double EPS = Math.ulp(1.0);

    private RidgeSolver() {
    }

    /**
     * The solution of (G + λI) w = b.
     *
     * @throws IllegalArgumentException when λ = 0 and G is singular or so ill-conditioned
     *     ((min Lᵢᵢ / max Lᵢᵢ)² ≤ 64·N·ε) that the solve has no correct digit; suggests lstsq() or λ > 0
     */
    public static double[] solve(double[] g, double[] b, int n, double lambda) {
        // ojAlgo's SVD never ends on an infinite or NaN entry.
        requireFinite(g, b, "so the normal equations cannot be solved; use lstsq()");
        R064Store a = shifted(g, n, lambda);
        R064Store rhs = R064Store.wrap(b.clone(), n);
        Cholesky<Double> chol = Cholesky.R064.make(a);
        if (chol.decompose(a) && chol.isSPD() && wellConditioned(chol, n)) {
            return chol.getSolution(rhs).toRawCopy1D();
        }
        SingularValue<Double> svd = SingularValue.R064.make(a);
        svd.decompose(a);
        double[] s = new double[n];
        svd.getSingularValues(s);
        double tol = s[0] * n * EPS;
        int rank = 0;
        for (double v : s) {
            if (v > tol) {
                rank++;
            }
        }
        if (lambda == 0) {
            // Cholesky failed or found XᵀX too close to singular to give any correct digit.
            throw new IllegalArgumentException("XᵀX is singular to working precision (numerical rank " + rank
                    + " of N = " + n + "), so the normal equations have no reliable solution; use lstsq() for"
                    + " the minimum-norm least-squares solution, or ridge(λ) with λ > 0");
        }
        return pseudoSolve(svd, s, tol, b, n);
    }

    /**
     * A point near the least-squares minimiser, for {@link Statistics}; never throws for singular G.
     * When G or b is not finite (data near 1e200, whose squares overflow) there is no such point
     * to find, and it is the origin: losses then come from the rows.
     */
    public static double[] referencePoint(double[] g, double[] b, int n) {
        if (!allFinite(g) || !allFinite(b)) {
            return new double[n]; // and never an SVD, which on an infinite entry does not end
        }
        R064Store a = shifted(g, n, 0.0);
        Cholesky<Double> chol = Cholesky.R064.make(a);
        if (chol.decompose(a) && chol.isSPD() && wellConditioned(chol, n)) {
            return chol.getSolution(R064Store.wrap(b.clone(), n)).toRawCopy1D();
        }
        SingularValue<Double> svd = SingularValue.R064.make(a);
        svd.decompose(a);
        double[] s = new double[n];
        svd.getSingularValues(s);
        return pseudoSolve(svd, s, s[0] * n * EPS, b, n);
    }

    /**
     * Checks that G = XᵀX and b = Xᵀy are finite, as every decomposition of them needs: an entry
     * overflows when the data holds values near 1e154 or beyond that the caller did not scale.
     *
     * @param consequence what that means for the caller, e.g. {@code "so the normal equations cannot be solved"}
     * @throws IllegalArgumentException saying so, instead of NaN results
     */
    static void requireFinite(double[] g, double[] b, String consequence) {
        if (!allFinite(g) || !allFinite(b)) {
            throw new IllegalArgumentException("XᵀX or Xᵀy is beyond the largest double (the data's squares and"
                    + " products overflow), " + consequence);
        }
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static R064Store shifted(double[] g, int n, double lambda) {
        R064Store a = R064Store.FACTORY.make(n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                a.set(i, j, g[i * n + j]);
            }
            a.set(i, i, g[i * n + i] + lambda);
        }
        return a;
    }

    /**
     * Cholesky succeeded, but is G + λI far enough from singular to trust? (min Lᵢᵢ / max Lᵢᵢ)²
     * estimates 1/κ; an exactly singular G whose last pivot is rounding noise gives a few ε, so the
     * bar is set at 64·N·ε (κ below about 7e13/N).
     */
    private static boolean wellConditioned(Cholesky<Double> chol, int n) {
        MatrixStore<Double> l = chol.getL();
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < n; i++) {
            double d = Math.abs(l.doubleValue(i, i));
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        double ratio = min / max;
        return max > 0 && ratio * ratio > 64 * n * EPS;
    }

    /** The minimum-norm solution V Σ⁺ Uᵀ b, ignoring singular values at or below {@code tol}. */
    static double[] pseudoSolve(SingularValue<Double> svd, double[] s, double tol, double[] b, int n) {
        MatrixStore<Double> u = svd.getU();
        MatrixStore<Double> v = svd.getV();
        int rows = (int) u.countRows();
        double[] w = new double[n];
        for (int k = 0; k < s.length; k++) {
            if (!(s[k] > tol)) {
                continue;
            }
            double c = 0;
            for (int i = 0; i < rows; i++) {
                c += u.doubleValue(i, k) * b[i];
            }
            c /= s[k];
            for (int j = 0; j < n; j++) {
                w[j] += v.doubleValue(j, k) * c;
            }
        }
        return w;
    }
}
