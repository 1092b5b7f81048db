package wb.numeric.kernel;

/**
 * A natural logarithm accurate to about 10⁻²⁰ relative, computed with double-double arithmetic
 * from IEEE +, −, ×, ÷ only, so it gives the same bits on every JDK, JIT and CPU.
 *
 * <p>Why not {@link StrictMath#log}: fdlibm's log is within 1 ulp but not correctly rounded, and
 * numpy's C library log nearly always is. Through the polar Box–Muller method that made about
 * 2% of {@link Rng}'s normal deviates differ from numpy's by up to 2 ulp. Rounding a
 * 10⁻²⁰-accurate value gives the correctly rounded logarithm except in the rare cases within
 * about 10⁻⁴ ulp of a rounding boundary.
 *
 * <p>Method: x = 2ᵏ·m with m ∈ [√½, √2); c = i/128 is the table point nearest m (exact), and
 * log x = k·ln 2 + log c + 2·atanh(s) with s = (m − c)/(m + c), |s| ≤ 0.003. The table of log c
 * is built once with the atanh series in double-double.
 */
final class PreciseLog {
    private static final int TABLE_LO = 88;
    private static final int TABLE_HI = 184;
    private static final double[] LOG_HI = new double[TABLE_HI + 1];
    private static final double[] LOG_LO = new double[TABLE_HI + 1];
    private static final double LN2_HI;
    private static final double LN2_LO;
    private static final double SPLITTER = 134217729.0;
    private static final double SQRT_HALF = 0.70710678118654752440;

    static {
        // ln 2 = 2·atanh(1/3).
        double[] third = divide(1.0, 3.0);
        double[] ln2 = atanhSeries(third[0], third[1], 60);
        LN2_HI = 2 * ln2[0];
        LN2_LO = 2 * ln2[1];
        for (int i = TABLE_LO; i <= TABLE_HI; i++) {
            double c = i / 128.0;
            double[] s = divide(c - 1.0, c + 1.0);
            double[] a = atanhSeries(s[0], s[1], 40);
            LOG_HI[i] = 2 * a[0];
            LOG_LO[i] = 2 * a[1];
        }
    }

    private PreciseLog() {
    }

    /** log(x) for a positive, finite, normal x (callers pass r² ∈ (0, 1) of the polar method). */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int k = (int) ((bits >>> 52) & 0x7ff) - 1023;
        double m = Double.longBitsToDouble((bits & 0x000fffffffffffffL) | 0x3ff0000000000000L);
        if (k == -1023 || k == 1024 || x <= 0) {
            // Zero, subnormal, negative, infinite or NaN: not produced by the polar method.
            return StrictMath.log(x);
        }
        if (m > 2 * SQRT_HALF) {
            m *= 0.5;
            k += 1;
        }
        int i = (int) Math.floor(m * 128 + 0.5);
        double c = i / 128.0;
        double num = m - c;                       // exact (Sterbenz)
        double denHi = m + c;
        double denLo = (m - (denHi - c)) + (c - (denHi - (denHi - c)));
        double q1 = num / denHi;
        double[] p = twoProd(q1, denHi);
        double q2 = ((num - p[0]) - p[1] - q1 * denLo) / denHi;
        double sHi = q1 + q2;
        double sLo = q2 - (sHi - q1);
        double s2 = sHi * sHi;
        double tail = s2 * (1.0 / 3 + s2 * (1.0 / 5 + s2 * (1.0 / 7 + s2 * (1.0 / 9))));
        // 2·atanh(s) = 2s + 2s·tail, with 2s kept double-double.
        double aHi = 2 * sHi;
        double aLo = 2 * sLo + aHi * tail;
        // k·ln2 (double-double) + log c (double-double) + 2·atanh(s).
        double[] kl = twoProd(k, LN2_HI);
        double[] sum = twoSum(kl[0], LOG_HI[i]);
        double lo = kl[1] + k * LN2_LO + LOG_LO[i] + sum[1];
        double[] sum2 = twoSum(sum[0], aHi);
        lo += sum2[1] + aLo;
        return sum2[0] + lo;
    }

    /** atanh(s) = s + s³/3 + s⁵/5 + … for s = hi + lo, in double-double, {@code terms} terms. */
    private static double[] atanhSeries(double hi, double lo, int terms) {
        double[] s = {hi, lo};
        double[] s2 = mul(s, s);
        double[] power = s;
        double[] acc = {0, 0};
        for (int j = 0; j < terms; j++) {
            acc = add(acc, divideBy(power, 2 * j + 1));
            power = mul(power, s2);
        }
        return acc;
    }

    private static double[] twoSum(double a, double b) {
        double s = a + b;
        double bb = s - a;
        return new double[] {s, (a - (s - bb)) + (b - bb)};
    }

    private static double[] twoProd(double a, double b) {
        double p = a * b;
        double t = SPLITTER * a;
        double ah = t - (t - a);
        double al = a - ah;
        t = SPLITTER * b;
        double bh = t - (t - b);
        double bl = b - bh;
        return new double[] {p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
    }

    private static double[] add(double[] a, double[] b) {
        double[] s = twoSum(a[0], b[0]);
        double lo = s[1] + a[1] + b[1];
        double hi = s[0] + lo;
        return new double[] {hi, lo - (hi - s[0])};
    }

    private static double[] mul(double[] a, double[] b) {
        double[] p = twoProd(a[0], b[0]);
        double lo = p[1] + a[0] * b[1] + a[1] * b[0];
        double hi = p[0] + lo;
        return new double[] {hi, lo - (hi - p[0])};
    }

    private static double[] divideBy(double[] a, int n) {
        double q1 = a[0] / n;
        double[] p = twoProd(q1, n);
        double q2 = ((a[0] - p[0]) - p[1] + a[1]) / n;
        double hi = q1 + q2;
        return new double[] {hi, q2 - (hi - q1)};
    }

    private static double[] divide(double a, double b) {
        double q1 = a / b;
        double[] p = twoProd(q1, b);
        double q2 = ((a - p[0]) - p[1]) / b;
        double hi = q1 + q2;
        return new double[] {hi, q2 - (hi - q1)};
    }
}
