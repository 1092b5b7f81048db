package wb.numeric;

import wb.numeric.kernel.Gram;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.ResidualPass;
import wb.numeric.kernel.RidgeSolver;
import wb.numeric.kernel.Workers;

/**
 * The sufficient statistics of a data set, computed once: G = XᵀX, b = Xᵀy, yᵀy and M, plus a
 * reference point w₀ (the normal-equation solution, or a slightly regularised one when G is
 * singular) with rss₀ = ‖y − Xw₀‖² and e₀ = Xᵀ(y − Xw₀) computed directly from the rows.
 *
 * <p>With d = w − w₀ the least-squares loss is, exactly,
 * <pre>  LS(w) = ½‖y − Xw‖² = ½·rss₀ + ½·dᵀGd − dᵀe₀</pre>
 * (expand ‖(y − Xw₀) − Xd‖²). Near the minimum all three terms are small and none cancels a large
 * one, unlike the textbook ½(wᵀGw − 2wᵀb + yᵀy), which loses every digit when the residual is
 * tiny next to yᵀy (the notebook's noise-free 2-D case). Each loss costs O(N²), whatever M is.
 * The gradient is Gd − e₀ = Gw − b, again without large cancelling terms near the minimum.
 */
public final class Statistics {
    private final int m;
    private final int n;
    private final double[] g;
    /** G again, one array per row: loops over a row and another array at the same index vectorise. */
    private final double[][] gRows;
    private final double[] b;
    private final double yy;
    private final double[] w0;
    private final double rss0;
    private final double[] e0;

    private Statistics(int m, int n, double[] g, double[] b, double yy, double[] w0, double rss0, double[] e0) {
        this.m = m;
        this.n = n;
        this.g = g;
        this.gRows = new double[n][];
        for (int j = 0; j < n; j++) {
            gRows[j] = java.util.Arrays.copyOfRange(g, j * n, (j + 1) * n);
        }
        this.b = b;
        this.yy = yy;
        this.w0 = w0;
        this.rss0 = rss0;
        this.e0 = e0;
    }

    /** Computes the statistics of row-major X (M×N) and y: one Gram pass and one residual pass. */
    static Statistics compute(double[] x, double[] y, int m, int n, Workers workers, ProgressListener progress) {
        Gram.Result gr = Gram.compute(x, y, m, n, workers, progress);
        double[] w0 = RidgeSolver.referencePoint(gr.g(), gr.b(), n);
        ResidualPass.Result rp = ResidualPass.run(x, y, m, n, w0, workers, progress);
        return new Statistics(m, n, gr.g(), gr.b(), gr.yy(), w0, rp.rss(), rp.e());
    }

    /** The number of rows M. */
    public int m() {
        return m;
    }

    /** The number of features N. */
    public int n() {
        return n;
    }

    /** G = XᵀX as an N×N matrix. */
    public Mat gram() {
        return Mat.wrap(g.clone(), n, n);
    }

    /** b = Xᵀy. */
    public Vec xty() {
        return Vec.wrap(b.clone());
    }

    /** yᵀy. */
    public double yty() {
        return yy;
    }

    double[] g() {
        return g;
    }

    double[] b() {
        return b;
    }

    /** LS(w) = ½‖Xw − y‖², evaluated as ½·rss₀ + ½·dᵀGd − dᵀe₀ with d = w − w₀ (see the class comment). */
    double ls(double[] w) {
        double quad = 0;
        double lin = 0;
        if (n == 1) {
            double d = w[0] - w0[0];
            quad = d * g[0] * d;
            lin = d * e0[0];
        } else if (n == 2) {
            double d0 = w[0] - w0[0];
            double d1 = w[1] - w0[1];
            quad = d0 * (g[0] * d0 + g[1] * d1) + d1 * (g[2] * d0 + g[3] * d1);
            lin = d0 * e0[0] + d1 * e0[1];
        } else {
            // u = Gd, then one short dot product
            double[] d = offset(w);
            double[] u = gramTimes(d);
            for (int j = 0; j < n; j++) {
                quad += d[j] * u[j];
                lin += d[j] * e0[j];
            }
        }
        double v = 0.5 * rss0 + 0.5 * quad - lin;
        // A sum of squares is never negative; rounding in the last place must not make it so.
        return v < 0 ? 0.0 : v;
    }

    /** ∇LS(w) = Xᵀ(Xw − y) = Gd − e₀ with d = w − w₀. */
    double[] gradLs(double[] w) {
        double[] out = gramTimes(offset(w));
        for (int j = 0; j < n; j++) {
            out[j] -= e0[j];
        }
        return out;
    }

    /** d = w − w₀. */
    private double[] offset(double[] w) {
        double[] d = new double[n];
        for (int j = 0; j < n; j++) {
            d[j] = w[j] - w0[j];
        }
        return d;
    }

    /**
     * Gd, as a sum of G's rows (G is symmetric) scaled by dₖ: an axpy loop that C2 vectorises,
     * where a row-by-row dot product would not be.
     */
    private double[] gramTimes(double[] d) {
        double[] u = new double[n];
        for (int k = 0; k < n; k++) {
            double dk = d[k];
            double[] gk = gRows[k];
            for (int j = 0; j < n; j++) {
                u[j] += dk * gk[j];
            }
        }
        return u;
    }
}
