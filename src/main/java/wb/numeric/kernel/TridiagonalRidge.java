package wb.numeric.kernel;

/**
 * Ridge solutions for many λ from the tridiagonal reduction G = QTQᵀ of a data set's Gram
 * matrix: w(λ) = (G + λI)⁻¹b = Q(T + λI)⁻¹Qᵀb, with G's eigenvalues σᵢ² (those of T) for the
 * rank and the degrees of freedom. No eigenvectors are needed.
 *
 * <p>Costs: the reduction (4/3)N³ multiply-adds and the eigenvalues O(N²), once; then per λ a
 * tridiagonal solve (T + λI)z = Qᵀb, O(N), and w = Qz, 2N² multiply-adds, done for a block of λ
 * at once so that applying each reflector is a pair of axpy loops over the block, which the JIT
 * vectorises. Blocks of λ are shared out to the workers; each λ's arithmetic is the same in any
 * block, so the result does not depend on the number of threads.
 *
 * <p>The solve is Gaussian elimination without pivoting (LDLᵀ), stable because T + λI is
 * positive definite when G is and λ ≥ 0; it reports a pivot that is not positive instead of
 * dividing by it. It is exact ridge only where G has full numerical rank: a direction with σᵢ²
 * at rounding level is not in the data, and Qᵀb's rounding-level component there would be
 * amplified by 1/λ. Callers use the eigendecomposition ({@link EigenRidge}) for such data, where
 * those directions can be left out.
 */
public final class TridiagonalRidge {
    static final String TASK = "ridge path";
    /** About this many λ per unit of parallel work. */
    private static final int BLOCK = 64;
    /** Below this many multiply-adds (N²K) the solves are too quick to share out. */
    private static final long PARALLEL_MACS = 4_000_000L;

    private final int n;
    private final Tridiagonal t;
    private final double[] c;
    private final double[] eigenvalues;

    /**
     * Reduces G (row-major N×N, symmetric; only read) and keeps Qᵀb and the eigenvalues.
     *
     * @throws IllegalArgumentException        if G or b has an entry that is infinite or NaN
     * @throws ComputationInterruptedException if the thread is interrupted meanwhile
     */
    public TridiagonalRidge(double[] g, double[] b, int n, ProgressListener progress) {
        RidgeSolver.requireFinite(g, b, "so XᵀX's eigenvalues cannot be computed; divide X and y by a power of ten first");
        this.n = n;
        this.t = Tridiagonal.of(g, n, progress);
        this.c = b.clone();
        t.applyQt(c);
        double[] ev = t.eigenvalues();
        for (int i = 0; i < n; i++) {
            // G is positive semi-definite; rounding can leave tiny negative eigenvalues.
            ev[i] = Math.max(0.0, ev[i]);
        }
        this.eigenvalues = ev;
    }

    /** The eigenvalues σᵢ² of G, ascending, clamped at 0; callers never write to it. */
    public double[] eigenvalues() {
        return eigenvalues;
    }

    /**
     * The K×N matrix whose row k is w(λₖ) = Q(T + λₖI)⁻¹Qᵀb, or null if for some λₖ the
     * elimination met a pivot that is not positive (T + λₖI not numerically positive definite).
     *
     * @throws ComputationInterruptedException if the thread is interrupted meanwhile
     */
    public double[] solve(double[] lambdas, Workers workers) {
        int count = lambdas.length;
        double[] w = new double[count * n];
        int units = (long) n * n * count >= PARALLEL_MACS ? Math.max(1, (count + BLOCK - 1) / BLOCK) : 1;
        boolean[] failed = new boolean[units];
        workers.run(TASK, units, (u, stop) -> {
            int k0 = (int) ((long) count * u / units);
            int k1 = (int) ((long) count * (u + 1) / units);
            failed[u] = !solveBlock(lambdas, k0, k1, w, stop);
        }, ProgressListener.NONE);
        for (boolean f : failed) {
            if (f) {
                return null;
            }
        }
        return w;
    }

    /** Rows k0..k1−1 of W; false if a pivot was not positive. */
    private boolean solveBlock(double[] lambdas, int k0, int k1, double[] w, Workers.Stop stop) {
        int width = k1 - k0;
        double[] lam = java.util.Arrays.copyOfRange(lambdas, k0, k1);
        double[] d = t.diagonal();
        double[] e = t.offDiagonal();
        // z[i][c] is entry i of the solution for λ = lam[c]; u[i][c] the i-th pivot.
        double[][] z = new double[n][width];
        double[][] u = new double[n][width];
        for (int j = 0; j < width; j++) {
            u[0][j] = d[0] + lam[j];
            z[0][j] = c[0];
        }
        for (int i = 1; i < n; i++) {
            double ei = e[i - 1];
            double di = d[i];
            double ci = c[i];
            double[] up = u[i - 1];
            double[] ui = u[i];
            double[] zp = z[i - 1];
            double[] zi = z[i];
            for (int j = 0; j < width; j++) {
                double m = ei / up[j];
                ui[j] = (di + lam[j]) - m * ei;
                zi[j] = ci - m * zp[j];
            }
        }
        for (int i = 0; i < n; i++) {
            for (double p : u[i]) {
                if (!(p > 0)) {
                    return false;
                }
            }
        }
        double[] zl = z[n - 1];
        double[] ul = u[n - 1];
        for (int j = 0; j < width; j++) {
            zl[j] = zl[j] / ul[j];
        }
        for (int i = n - 2; i >= 0; i--) {
            double ei = e[i];
            double[] zi = z[i];
            double[] zn = z[i + 1];
            double[] ui = u[i];
            for (int j = 0; j < width; j++) {
                zi[j] = (zi[j] - ei * zn[j]) / ui[j];
            }
        }
        t.applyQ(z, width, stop);
        for (int i = 0; i < n; i++) {
            double[] zi = z[i];
            for (int j = 0; j < width; j++) {
                w[(k0 + j) * n + i] = zi[j];
            }
        }
        return true;
    }
}
