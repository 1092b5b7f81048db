package wb.numeric;

import wb.numeric.kernel.Checks;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.ProgressListener;
import wb.numeric.kernel.Repr;

/**
 * Full-batch gradient descent on the notebook's weight-decay objectives, written in its
 * "decay" form: one step on J(w) = loss(w) + (λ/2)‖w‖² is
 * <pre>  w ← w − rate·(∇loss(w) + λw) = (1 − rate·λ)·w − rate·∇loss(w)</pre>
 * so weight decay multiplies the weights by 1 − rate·λ before the ordinary gradient step; that
 * shrinking is where the name comes from. The loss is LS(w) = ½‖Xw − y‖² (∇ = Xᵀ(Xw − y)) or
 * MSE(w) = (1/M)‖Xw − y‖² (∇ = (2/M)·Xᵀ(Xw − y), with λ₂ in place of λ).
 *
 * <p>J is a quadratic with Hessian H = XᵀX + λI (LS) or (2/M)·XᵀX + λ₂I (MSE), so the iteration
 * converges for every start exactly when rate &lt; 2/σ_max(H) = 2/(σ²_max + λ) (LS) or
 * 2/(2σ²_max/M + λ₂) (MSE), σ²_max the largest eigenvalue of XᵀX; above that limit the error
 * along the top eigenvector grows by |1 − rate·σ_max(H)| &gt; 1 per step and the iteration
 * diverges. {@link Trajectory#warning()} says so.
 *
 * <p>Each step costs O(N²) through the data set's cached statistics.
 */
public final class GradientDescent {
    private static final String TASK = "gradient descent";
    /** The most iterate values a trajectory keeps: (steps + 1)·N doubles, 400 MB. */
    static final long MAX_STORED = 50_000_000L;

    /** Which loss the objective adds the weight decay to. */
    public enum Loss {
        /** LS(w) = ½‖Xw − y‖², paired with λ. */
        LS,
        /** MSE(w) = (1/M)‖Xw − y‖², paired with λ₂ = 2λ/M. */
        MSE
    }

    private GradientDescent() {
    }

    /**
     * Runs {@code steps} steps of w ← (1 − rate·λ)·w − rate·∇loss(w) from {@code start}. Stops
     * early only if w overflows (which the trajectory's warning reports).
     *
     * @param lambda λ for {@link Loss#LS}, λ₂ for {@link Loss#MSE} (finite, ≥ 0)
     * @param rate   the step size (finite, &gt; 0)
     * @param steps  the number of steps (≥ 0)
     * @param start  the first w (N entries), e.g. zeros
     * @throws IllegalArgumentException for a bad λ, rate, steps or start (naming which)
     */
    public static Trajectory run(Dataset d, Loss loss, double lambda, double rate, int steps, double[] start,
                                 ProgressListener progress) {
        Checks.lambda(loss == Loss.LS ? "lambda" : "lambda2", lambda);
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("rate must be a finite number > 0, but was " + Repr.scalar(rate));
        }
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be >= 0, but was " + steps);
        }
        // (long) before the + 1: steps = Integer.MAX_VALUE must not wrap to a negative count
        if (((long) steps + 1) * d.n() > MAX_STORED) {
            throw new IllegalArgumentException("steps = " + steps + " keeps " + (((long) steps + 1) * d.n())
                    + " iterate values (N = " + d.n() + " per step), more than the " + MAX_STORED
                    + " a trajectory holds; ask for fewer steps");
        }
        if (start == null) {
            throw new IllegalArgumentException("start must not be null; pass N = " + d.n() + " starting weights");
        }
        if (start.length != d.n()) {
            throw new IllegalArgumentException("start has " + start.length + (start.length == 1 ? " entry" : " entries")
                    + " but the data set has N = " + d.n() + " features");
        }
        for (int j = 0; j < start.length; j++) {
            Checks.finite("start[" + j + "]", start[j]);
        }
        int n = d.n();
        Statistics s = d.stats(progress);
        double scale = loss == Loss.LS ? 1.0 : 2.0 / d.m();
        double limit = rateLimit(d, loss, lambda, progress);
        double decay = 1 - rate * lambda;
        double[] path = new double[(steps + 1) * n];
        double[] values = new double[steps + 1];
        System.arraycopy(start, 0, path, 0, n);
        double[] w = start.clone();
        values[0] = objective(s, scale, lambda, w);
        int done = 0;
        boolean overflow = false;
        for (int k = 1; k <= steps; k++) {
            if ((k & 1023) == 0) {
                ComputationInterruptedException.check(TASK);
            }
            double[] g = s.gradLs(w);
            boolean finite = true;
            for (int j = 0; j < n; j++) {
                double next = decay * w[j] - rate * (scale * g[j]);
                w[j] = next;
                finite &= Double.isFinite(next);
            }
            if (!finite) {
                overflow = true;
                break;
            }
            System.arraycopy(w, 0, path, k * n, n);
            values[k] = objective(s, scale, lambda, w);
            done = k;
        }
        double[] minimiser = minimiser(d, loss, lambda, progress);
        double minimum = objective(s, scale, lambda, minimiser);
        double[] kept = java.util.Arrays.copyOf(path, (done + 1) * n);
        double[] keptValues = java.util.Arrays.copyOf(values, done + 1);
        return new Trajectory(d, loss, lambda, rate, steps, n, kept, keptValues, minimiser, minimum, limit, overflow);
    }

    /**
     * The stability limit of the step size: 2/σ_max(XᵀX + λI) = 2/(σ²_max + λ) for LS, and
     * 2/(2σ²_max/M + λ₂) for MSE, σ²_max the largest eigenvalue of XᵀX (from the data set's kept
     * tridiagonal reduction). Gradient descent converges from every start exactly when rate is below it.
     */
    public static double rateLimit(Dataset d, Loss loss, double lambda, ProgressListener progress) {
        Checks.lambda(loss == Loss.LS ? "lambda" : "lambda2", lambda);
        double top = 0;
        for (double v : d.tridiagonal(progress).eigenvalues()) {
            top = Math.max(top, v);
        }
        double h = (loss == Loss.LS ? top : 2.0 * top / d.m()) + lambda;
        return 2.0 / h;
    }

    /** J(w) = scale·LS(w) + (λ/2)‖w‖²; scale 1 for LS, 2/M for MSE. Overflowing w gives inf. */
    private static double objective(Statistics s, double scale, double lambda, double[] w) {
        double ss = 0;
        for (double v : w) {
            ss += v * v;
        }
        return scale * s.ls(w) + lambda / 2 * ss;
    }

    /** The closed-form minimiser; for λ = 0 and singular XᵀX, the minimum-norm least-squares solution. */
    private static double[] minimiser(Dataset d, Loss loss, double lambda, ProgressListener progress) {
        try {
            return (loss == Loss.LS ? Solvers.ridge(d, lambda, progress) : Solvers.ridgeMse(d, lambda, progress)).toArray();
        } catch (IllegalArgumentException singular) {
            return Solvers.lstsq(d, progress).toArray();
        }
    }
}
