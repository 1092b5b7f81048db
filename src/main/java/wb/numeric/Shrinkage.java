package wb.numeric;

import java.util.ArrayList;
import java.util.List;
import wb.numeric.kernel.Checks;
import wb.numeric.kernel.EigenRidge;
import wb.numeric.kernel.Fmt;
import wb.numeric.kernel.ProgressListener;

/**
 * Ridge's shrinkage by direction: along each eigenvector vᵢ of XᵀX (eigenvalue σᵢ², the squared
 * singular value of X) the ridge solution keeps the fraction fᵢ = σᵢ²/(σᵢ² + λ) of the
 * least-squares solution's component: vᵢᵀ·w(λ) = fᵢ·vᵢᵀ·w_ls, so w(λ) = Σᵢ fᵢ (vᵢᵀw_ls) vᵢ.
 *
 * <p>Directions in which the data vary a lot (large σᵢ²) keep their component (fᵢ ≈ 1); directions
 * the data hardly see (σᵢ² ≪ λ) are shrunk towards 0. A direction with σᵢ² = 0 has fᵢ = 0 and
 * component 0 (w_ls is then the minimum-norm solution, which has none there).
 *
 * <p>Directions are sorted by decreasing σᵢ²; each eigenvector's sign is chosen so that its
 * largest entry (the first, on ties) is positive. Immutable.
 * Example: {@code shrinkage(1e3).factors()}
 */
public final class Shrinkage {
    private final double lambda;
    private final int n;
    private final double[] eigenvalues;
    private final double[] vectors;
    private final double[] factors;
    private final double[] lsComponents;

    private Shrinkage(double lambda, int n, double[] eigenvalues, double[] vectors, double[] factors,
                      double[] lsComponents) {
        this.lambda = lambda;
        this.n = n;
        this.eigenvalues = eigenvalues;
        this.vectors = vectors;
        this.factors = factors;
        this.lsComponents = lsComponents;
    }

    /**
     * The shrinkage of ridge(λ) on data set d, from its cached eigendecomposition of XᵀX.
     *
     * @throws IllegalArgumentException for λ negative or NaN
     */
    public static Shrinkage of(Dataset d, double lambda, ProgressListener progress) {
        Checks.lambda("lambda", lambda);
        EigenRidge e = d.eigen(progress);
        int n = d.n();
        double[] ev = e.eigenvalues();
        double[] v = e.vectors();
        double[] c = e.projections();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // a stable sort: equal eigenvalues keep the decomposition's order
        java.util.Arrays.sort(order, (a, b) -> Double.compare(ev[b], ev[a]));
        double tol = RegularizationPath.tolerance(ev, n);
        double[] values = new double[n];
        double[] vectors = new double[n * n];
        double[] factors = new double[n];
        double[] comps = new double[n];
        for (int col = 0; col < n; col++) {
            int k = order[col];
            int big = 0;
            for (int i = 1; i < n; i++) {
                if (Math.abs(v[i * n + k]) > Math.abs(v[big * n + k])) {
                    big = i;
                }
            }
            double sign = v[big * n + k] < 0 ? -1 : 1;
            for (int i = 0; i < n; i++) {
                vectors[i * n + col] = sign * v[i * n + k];
            }
            double s = ev[k];
            boolean seen = s > tol;
            values[col] = s;
            factors[col] = seen ? s / (s + lambda) : 0.0;
            comps[col] = seen ? sign * c[k] / s : 0.0;
        }
        return new Shrinkage(lambda, n, values, vectors, factors, comps);
    }

    /** λ, the ridge strength these factors belong to. */
    public double lambda() {
        return lambda;
    }

    /** The shrinkage factors fᵢ = σᵢ²/(σᵢ² + λ), largest σᵢ² first. */
    public Vec factors() {
        return Vec.of(factors);
    }

    /** The eigenvalues σᵢ² of XᵀX (squared singular values of X), largest first. */
    public Vec eigenvalues() {
        return Vec.of(eigenvalues);
    }

    /** The eigenvectors of XᵀX as the columns of an N×N matrix, in the order of {@link #eigenvalues()}. */
    public Mat directions() {
        return Mat.wrap(vectors.clone(), n, n);
    }

    /** Eigenvector vᵢ (0-based i, largest σᵢ² first). */
    public Vec direction(int i) {
        checkIndex(i);
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            out[r] = vectors[r * n + i];
        }
        return Vec.wrap(out);
    }

    /** The least-squares solution's components vᵢᵀ·w_ls = vᵢᵀXᵀy/σᵢ² (0 where σᵢ² = 0). */
    public Vec lsComponents() {
        return Vec.of(lsComponents);
    }

    /** The ridge solution's components vᵢᵀ·w(λ) = fᵢ·vᵢᵀ·w_ls. */
    public Vec ridgeComponents() {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = factors[i] * lsComponents[i];
        }
        return Vec.wrap(out);
    }

    /** The least-squares (minimum-norm) solution rebuilt from its components: w_ls = Σᵢ (vᵢᵀw_ls)·vᵢ. */
    public Vec ls() {
        return combine(lsComponents);
    }

    /** The ridge solution rebuilt from the shrunk components: w(λ) = Σᵢ fᵢ·(vᵢᵀw_ls)·vᵢ. */
    public Vec ridge() {
        return combine(ridgeComponents().raw());
    }

    private Vec combine(double[] comps) {
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += vectors[r * n + i] * comps[i];
            }
            out[r] = s;
        }
        return Vec.wrap(out);
    }

    /** The number of directions N. */
    public int n() {
        return n;
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= n) {
            throw new IndexOutOfBoundsException("direction " + i + " is out of range for N = " + n + " (0.." + (n - 1) + ")");
        }
    }

    /** A table: each direction's σᵢ², factor, and the LS and ridge components along it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Shrinkage at λ = ").append(Fmt.g(lambda, 4))
                .append(": vᵢᵀw(λ) = fᵢ·vᵢᵀw_ls with fᵢ = σᵢ²/(σᵢ² + λ)\n");
        String[] header = {"i", "σᵢ²", "fᵢ", "vᵢᵀw_ls", "vᵢᵀw(λ)", "vᵢ"};
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] vi = direction(i).raw();
            rows.add(new String[] {Integer.toString(i + 1), Fmt.g(eigenvalues[i], 5), Fmt.g(factors[i], 4),
                    Fmt.g(lsComponents[i], 5), Fmt.g(factors[i] * lsComponents[i], 5),
                    n <= 4 ? Fmt.list(vi, 4) : "direction(" + i + ")"});
        }
        return sb.append(Fmt.table(header, rows, 10, -1, "  ")).toString();
    }
}
