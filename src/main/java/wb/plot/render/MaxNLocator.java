package wb.plot.render;

/**
 * Round tick values spanning a range, as matplotlib's {@code ticker.MaxNLocator(nbins,
 * min_n_ticks=m)} with its default steps 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10: the values
 * {@code k * step + best}, where {@code step} is the smallest step of the staircase (the steps
 * times a power of ten) at least {@code (vmax - vmin) / nbins}, or a smaller one when that shows
 * fewer than {@code m} values inside [vmin, vmax], and the values run from the last multiple of
 * the step at or below vmin to the first at or above vmax.
 *
 * <p>The arithmetic is matplotlib's, operation for operation in doubles (numpy's floor division
 * and divmod, {@code scale_range}'s power of ten, {@code _Edge_integer}'s tolerance), so that a
 * level lands on the same double matplotlib computes, not on a neighbour of it.
 */
final class MaxNLocator {

    /** matplotlib's default steps ({@code steps=None}). */
    private static final double[] STEPS = {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10};
    /** {@code _staircase(STEPS)}: {@code 0.1 * steps[:-1], steps, 10 * steps[1]}. */
    private static final double[] STAIRCASE = staircase(STEPS);

    private final int nbins;
    private final int minTicks;

    /**
     * A locator of at most {@code nbins} intervals inside the range, relaxed until at least
     * {@code minTicks} values lie inside it.
     */
    MaxNLocator(int nbins, int minTicks) {
        if (nbins < 1) {
            throw new IllegalArgumentException("MaxNLocator: expected nbins >= 1, got " + nbins);
        }
        this.nbins = nbins;
        this.minTicks = Math.max(1, minTicks);
    }

    /** The tick values for [vmin, vmax] ({@code tick_values}): round values covering it, one step past each end at most. */
    double[] tickValues(double vmin, double vmax) {
        double[] ns = nonsingular(vmin, vmax, 1e-13, 1e-14);
        return rawTicks(ns[0], ns[1]);
    }

    private double[] rawTicks(double vmin, double vmax) {
        // scale_range(vmin, vmax, nbins)
        double dv = Math.abs(vmax - vmin);
        double meanv = (vmax + vmin) / 2;
        double offset = Math.abs(meanv) / dv < 100 ? 0
                : Math.copySign(powerOfTen(Math.floor(Math.log10(Math.abs(meanv)))), meanv);
        double scale = powerOfTen(Math.floor(Math.log10(dv / nbins)));
        double lo = vmin - offset;
        double hi = vmax - offset;
        double rawStep = (hi - lo) / nbins;
        double[] steps = new double[STAIRCASE.length];
        int istep = -1;
        for (int i = 0; i < steps.length; i++) {
            steps[i] = STAIRCASE[i] * scale;
            if (istep < 0 && steps[i] >= rawStep) {
                istep = i;
            }
        }
        if (istep < 0) {
            istep = steps.length - 1;
        }
        double[] ticks = null;
        for (int i = istep; i >= 0; i--) {
            double step = steps[i];
            double best = floorDivide(lo, step) * step;
            double low = le(lo - best, step, offset);
            double high = ge(hi - best, step, offset);
            int n = (int) (high - low) + 1;
            ticks = new double[Math.max(0, n)];
            int inside = 0;
            for (int k = 0; k < ticks.length; k++) {
                ticks[k] = (low + k) * step + best;
                if (ticks[k] <= hi && ticks[k] >= lo) {
                    inside++;
                }
            }
            if (inside >= minTicks) {
                break;
            }
        }
        for (int k = 0; k < ticks.length; k++) {
            ticks[k] += offset;
        }
        return ticks;
    }

    /** {@code _Edge_integer.le}: the largest n with n * step <= x, allowing for rounding. */
    private static double le(double x, double step, double offset) {
        double[] dm = divmod(x, step);
        return closeTo(dm[1] / step, 1, step, offset) ? dm[0] + 1 : dm[0];
    }

    /** {@code _Edge_integer.ge}: the smallest n with n * step >= x, allowing for rounding. */
    private static double ge(double x, double step, double offset) {
        double[] dm = divmod(x, step);
        return closeTo(dm[1] / step, 0, step, offset) ? dm[0] : dm[0] + 1;
    }

    private static boolean closeTo(double ms, double edge, double step, double offset) {
        double tol = 1e-10;
        if (Math.abs(offset) > 0) {
            // more slop when the offset is large compared to the step
            double digits = Math.log10(Math.abs(offset) / step);
            tol = Math.min(0.4999, Math.max(1e-10, Math.pow(10, digits - 12)));
        }
        return Math.abs(ms - edge) < tol;
    }

    /** numpy's {@code divmod} for doubles ({@code npy_divmod}): {floor quotient, remainder with the divisor's sign}. */
    static double[] divmod(double a, double b) {
        double mod = a % b; // C fmod: exact
        double div = (a - mod) / b;
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) {
                mod += b;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, b);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return new double[] {floordiv, mod};
    }

    /** numpy's {@code a // b} for doubles. */
    static double floorDivide(double a, double b) {
        return divmod(a, b)[0];
    }

    /** {@code 10 ** k} for a whole k, correctly rounded as C's {@code pow} gives it. */
    private static double powerOfTen(double k) {
        return Double.parseDouble("1e" + (long) k);
    }

    /** matplotlib's {@code transforms.nonsingular}: widens an empty or tiny range. */
    static double[] nonsingular(double vmin, double vmax, double expander, double tiny) {
        if (!Double.isFinite(vmin) || !Double.isFinite(vmax)) {
            return new double[] {-expander, expander};
        }
        if (vmax < vmin) {
            double t = vmin;
            vmin = vmax;
            vmax = t;
        }
        double maxabs = Math.max(Math.abs(vmin), Math.abs(vmax));
        if (maxabs < (1e6 / tiny) * Double.MIN_NORMAL) {
            return new double[] {-expander, expander};
        }
        if (vmax - vmin <= maxabs * tiny) {
            if (vmax == 0 && vmin == 0) {
                return new double[] {-expander, expander};
            }
            vmin -= expander * Math.abs(vmin);
            vmax += expander * Math.abs(vmax);
        }
        return new double[] {vmin, vmax};
    }

    private static double[] staircase(double[] steps) {
        double[] s = new double[2 * steps.length];
        int m = 0;
        for (int i = 0; i < steps.length - 1; i++) {
            s[m++] = 0.1 * steps[i];
        }
        for (double v : steps) {
            s[m++] = v;
        }
        s[m] = 10 * steps[1];
        return s;
    }
}
