package wb.plot;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * How a contour chooses its levels: a count of round levels, explicit values, or the notebook's
 * spread {@code linspace(f * min, f * max, n)}.
 */
final class Levels {

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

    /** About {@code n} round levels (1-2-5 steps) strictly inside the surface's range, as matplotlib's {@code levels=n}. */
    static Levels count(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("levels: expected a count of at least 1, got " + n);
        }
        return new Levels(Kind.COUNT, n, 0, null);
    }

    /** Exactly these levels, sorted ascending. */
    static Levels explicit(double... values) {
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
    static Levels spread(int n, double fraction) {
        if (n < 1) {
            throw new IllegalArgumentException("spread: expected a level count of at least 1, got " + n);
        }
        if (!(fraction > 0) || !Double.isFinite(fraction)) {
            throw new IllegalArgumentException("spread: expected a fraction > 0 (the notebook uses 0.1), got " + fraction);
        }
        return new Levels(Kind.SPREAD, n, fraction, null);
    }

    /** The level values for a surface whose finite values span [zmin, zmax]. */
    double[] resolve(double zmin, double zmax) {
        switch (kind) {
            case EXPLICIT:
                return values.clone();
            case SPREAD:
                return linspace(fraction * zmin, fraction * zmax, n);
            case COUNT: {
                if (!(zmax > zmin)) {
                    return new double[] {zmin};
                }
                BigDecimal step = Ticks.step(zmin, zmax, n + 1);
                double st = step.doubleValue();
                long k0 = (long) Math.floor(zmin / st);
                long k1 = (long) Math.ceil(zmax / st);
                double[] out = new double[(int) (k1 - k0 + 1)];
                int m = 0;
                for (long k = k0; k <= k1; k++) {
                    double v = step.multiply(BigDecimal.valueOf(k)).doubleValue();
                    if (v > zmin && v < zmax) {
                        out[m++] = v;
                    }
                }
                return m == 0 ? new double[] {zmin} : Arrays.copyOf(out, m);
            }
            default:
                throw new AssertionError(kind);
        }
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
