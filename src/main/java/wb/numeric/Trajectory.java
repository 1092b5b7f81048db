package wb.numeric;

import java.util.Optional;
import wb.numeric.kernel.Fmt;

/**
 * The iterates w₀, w₁, …, w_K of {@link GradientDescent} with the objective J(w_k) at each, the
 * closed-form minimiser they should approach, and the step size's stability limit
 * 2/σ_max(H) (H the Hessian of J). When the step size is at or above the limit the trajectory
 * carries a {@link #warning()}, which its text shows first. Immutable.
 * Example: {@code Trajectory t = gd(1e3, 4e-4, 100); t.last()}
 */
public final class Trajectory {
    private final Dataset data;
    private final GradientDescent.Loss loss;
    private final double lambda;
    private final double rate;
    private final int requested;
    private final int n;
    private final double[] points;
    private final double[] values;
    private final double[] minimiser;
    private final double minimum;
    private final double limit;
    private final boolean overflow;

    Trajectory(Dataset data, GradientDescent.Loss loss, double lambda, double rate, int requested, int n, double[] points,
               double[] values, double[] minimiser, double minimum, double limit, boolean overflow) {
        this.data = data;
        this.loss = loss;
        this.lambda = lambda;
        this.rate = rate;
        this.requested = requested;
        this.n = n;
        this.points = points;
        this.values = values;
        this.minimiser = minimiser;
        this.minimum = minimum;
        this.limit = limit;
        this.overflow = overflow;
    }

    /** The data set the descent ran on. */
    public Dataset data() {
        return data;
    }

    /** The loss the weight decay was added to: LS (with λ) or MSE (with λ₂). */
    public GradientDescent.Loss loss() {
        return loss;
    }

    /** λ (for LS) or λ₂ (for MSE). */
    public double lambda() {
        return lambda;
    }

    /** The step size. */
    public double rate() {
        return rate;
    }

    /** The steps taken K (fewer than asked only when w overflowed). */
    public int steps() {
        return values.length - 1;
    }

    /** The number of weights N. */
    public int n() {
        return n;
    }

    /** w_k, the weights after k steps (w₀ is the start). */
    public Vec w(int k) {
        if (k < 0 || k > steps()) {
            throw new IndexOutOfBoundsException("step " + k + " is out of range: the trajectory has steps 0.." + steps());
        }
        double[] out = new double[n];
        System.arraycopy(points, k * n, out, 0, n);
        return Vec.wrap(out);
    }

    /** The last iterate w_K. */
    public Vec last() {
        return w(steps());
    }

    /** All iterates as a (K+1)×N matrix, row k = w_k. */
    public Mat points() {
        return Mat.wrap(points.clone(), steps() + 1, n);
    }

    /** Coordinate j of every iterate, for plotting. */
    public Vec coordinate(int j) {
        if (j < 0 || j >= n) {
            throw new IndexOutOfBoundsException("coordinate " + j + " is out of range for N = " + n);
        }
        return Mat.wrap(points, steps() + 1, n).column(j);
    }

    /** J(w_k) for k = 0..K. */
    public Vec values() {
        return Vec.of(values);
    }

    /** The closed-form minimiser of J (for λ = 0 and singular XᵀX the minimum-norm least-squares solution). */
    public Vec minimiser() {
        return Vec.of(minimiser);
    }

    /** J at the closed-form minimiser: the value the iteration should approach. */
    public double minimum() {
        return minimum;
    }

    /** ‖w_K − w*‖, the distance of the last iterate from the closed-form minimiser. */
    public double distance() {
        double s = 0;
        int o = steps() * n;
        for (int j = 0; j < n; j++) {
            double dv = points[o + j] - minimiser[j];
            s += dv * dv;
        }
        return Math.sqrt(s);
    }

    /**
     * Whether the last iterate is the closed-form minimiser up to rounding: ‖w_K − w*‖ ≤ 64·N·ε·max(1, ‖w*‖).
     * The text then says so instead of printing digits of rounding noise.
     */
    public boolean atMinimiser() {
        double s = 0;
        for (double v : minimiser) {
            s += v * v;
        }
        return distance() <= 64 * n * Math.ulp(1.0) * Math.max(1, Math.sqrt(s));
    }

    /** The stability limit 2/σ_max(H): the iteration converges from every start exactly when rate is below it. */
    public double rateLimit() {
        return limit;
    }

    /** The per-step decay factor 1 − rate·λ that multiplies w before the loss's gradient step. */
    public double decayFactor() {
        return 1 - rate * lambda;
    }

    /** Whether the step size is at or above the stability limit (the iteration does not converge). */
    public boolean unstable() {
        return !(rate < limit);
    }

    /**
     * A warning when the step size is at or above the stability limit, saying what happened to ‖w‖;
     * empty when the iteration is stable.
     */
    public Optional<String> warning() {
        if (!unstable()) {
            return Optional.empty();
        }
        String h = loss == GradientDescent.Loss.LS ? "XᵀX + λI" : "(2/M)·XᵀX + λ₂I";
        StringBuilder sb = new StringBuilder("warning: rate ").append(Fmt.g(rate, 4))
                .append(rate > limit ? " is above" : " is at").append(" the stability limit 2/σ_max(").append(h)
                .append(") = ").append(Fmt.g(limit, 4)).append(": gradient descent ")
                .append(rate > limit ? "diverges" : "oscillates without converging");
        double first = norm(0);
        if (overflow) {
            sb.append(" (w overflowed after ").append(steps()).append(" of ").append(requested).append(" steps)");
        } else if (steps() > 0) {
            sb.append(" (‖w‖ went from ").append(Fmt.g(first, 3)).append(" to ").append(Fmt.g(norm(steps()), 3))
                    .append(" in ").append(steps()).append(steps() == 1 ? " step)" : " steps)");
        }
        return Optional.of(sb.append("; use a rate below ").append(Fmt.g(limit, 3)).toString());
    }

    private double norm(int k) {
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += points[k * n + j] * points[k * n + j];
        }
        return Math.sqrt(s);
    }

    /** The warning if any, then what was run, where it ended and how far from the closed-form minimiser. */
    @Override
    public String toString() {
        boolean ls = loss == GradientDescent.Loss.LS;
        String l = ls ? "λ" : "λ₂";
        StringBuilder sb = new StringBuilder();
        warning().ifPresent(w -> sb.append(w).append('\n'));
        sb.append("Trajectory: gradient descent on J(w) = ").append(ls ? "½‖Xw − y‖²" : "(1/M)‖Xw − y‖²")
                .append(" + (").append(l).append("/2)‖w‖² with ").append(l).append(" = ").append(Fmt.g(lambda, 4))
                .append(", rate ").append(Fmt.g(rate, 4)).append(", ").append(steps()).append(" steps\n");
        sb.append("  each step: w ← (1 − rate·").append(l).append(")·w − rate·∇").append(ls ? "LS" : "MSE")
                .append("(w), decay factor ").append(Fmt.g(decayFactor(), 6)).append('\n');
        if (n <= 6) {
            sb.append("  w₀ = ").append(Fmt.list(w(0).raw(), 4)).append(" → w").append(steps()).append(" = ")
                    .append(Fmt.list(last().raw(), 6)).append("; closed-form minimiser ").append(Fmt.list(minimiser, 6));
        } else {
            sb.append("  ‖w₀‖ = ").append(Fmt.g(norm(0), 4)).append(" → ‖w").append(steps()).append("‖ = ")
                    .append(Fmt.g(norm(steps()), 6));
        }
        sb.append(atMinimiser() ? ", at it to rounding" : ", distance " + Fmt.g(distance(), 3)).append('\n');
        sb.append("  J: ").append(Fmt.g(values[0], 6)).append(" → ").append(Fmt.g(values[steps()], 6))
                .append(" (minimum ").append(Fmt.g(minimum, 6)).append("); stability limit 2/σ_max(H) = ")
                .append(Fmt.g(limit, 4));
        return sb.toString();
    }
}
