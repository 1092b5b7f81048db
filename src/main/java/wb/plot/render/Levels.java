package wb.plot.render;

import java.util.Arrays;

/**
 * How a contour chooses its levels: a count of round levels, explicit values, or the notebook's
 * spread {@code linspace(f * min, f * max, n)}.
 */
public final class Levels {

    private enum Kind { COUNT, EXPLICIT, SPREAD }

    private final Kind kind;
    private final int n;
    private final double fraction;
    private final double[] values;

    private Levels(Kind kind, int n, double fraction, double[] values) {
        this.kind = kind;
        this.n = n;
        this.fraction = fraction;
        this.values = values;
    }

    /**
     * Round levels as matplotlib's {@code contour(..., levels=n)} picks them: the values of
     * {@code MaxNLocator(n + 1, min_n_ticks=1)} over the surface's range (at most n + 1 intervals,
     * steps 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a power of ten), keeping one level at or
     * below its minimum and one at or above its maximum.
     */
    public static Levels count(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("levels: expected a count of at least 1, got " + n);
        }
        return new Levels(Kind.COUNT, n, 0, null);
    }

    /** Exactly these levels, sorted ascending. */
    public static Levels explicit(double... values) {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("levels: expected at least one level value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("levels: value " + i + " is not finite");
            }
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return new Levels(Kind.EXPLICIT, v.length, 0, v);
    }

    /** {@code n} levels from {@code fraction * min} to {@code fraction * max}, evenly spaced (the notebook's recipe). */
    public static Levels spread(int n, double fraction) {
        if (n < 1) {
            throw new IllegalArgumentException("spread: expected a level count of at least 1, got " + n);
        }
        if (!(fraction > 0) || !Double.isFinite(fraction)) {
            throw new IllegalArgumentException("spread: expected a fraction > 0 (the notebook uses 0.1), got " + fraction);
        }
        return new Levels(Kind.SPREAD, n, fraction, null);
    }

    /** The level values for a surface whose finite values span [zmin, zmax]. */
    public double[] resolve(double zmin, double zmax) {
        switch (kind) {
            case EXPLICIT:
                return values.clone();
            case SPREAD:
                return linspace(fraction * zmin, fraction * zmax, n);
            case COUNT:
                return auto(n, zmin, zmax);
            default:
                throw new AssertionError(kind);
        }
    }

    /**
     * matplotlib's {@code ContourSet._autolev(n)} for line contours: the locator's values over
     * [zmin, zmax], trimmed to the last one below zmin through the first one above zmax (all of
     * them if that leaves fewer than three); and, as {@code _process_contour_level_args} does,
     * just {zmin} when none lies strictly inside the range (a flat surface has no lines).
     */
    static double[] auto(int n, double zmin, double zmax) {
        double[] lev = new MaxNLocator(n + 1, 1).tickValues(zmin, zmax);
        int i0 = 0;
        int i1 = lev.length;
        for (int i = 0; i < lev.length; i++) {
            if (lev[i] < zmin) {
                i0 = i;
            }
        }
        for (int i = 0; i < lev.length; i++) {
            if (lev[i] > zmax) {
                i1 = i + 1;
                break;
            }
        }
        if (i1 - i0 < 3) {
            i0 = 0;
            i1 = lev.length;
        }
        double[] out = Arrays.copyOfRange(lev, i0, i1);
        for (double v : out) {
            if (v > zmin && v < zmax) {
                return out;
            }
        }
        return new double[] {zmin};
    }

    /** numpy's linspace: {@code lo + i * (hi - lo) / (n - 1)}, the last value exactly {@code hi}. */
    static double[] linspace(double lo, double hi, int n) {
        double[] v = new double[n];
        if (n == 1) {
            v[0] = lo;
            return v;
        }
        double step = (hi - lo) / (n - 1);
        for (int i = 0; i < n; i++) {
            v[i] = lo + i * step;
        }
        v[n - 1] = hi;
        return v;
    }
}
