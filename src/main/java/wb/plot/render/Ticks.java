package wb.plot.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * Tick locations and labels for an axis: round values in 1-2-5 steps for linear axes (like
 * matplotlib's {@code MaxNLocator} with steps 1, 2, 5, 10) and decades for log axes.
 *
 * <p>Values are computed as {@code k * step} through {@link BigDecimal}, so a tick reads 0.3, never
 * 0.30000000000000004, and labels never go through {@code Double.toString}.
 */
public final class Ticks {

    /** One labelled tick: its value, and its label (possibly with {@code ^} markup). */
    record Tick(double value, String label) {
    }

    /** The ticks of an axis: major (labelled), minor (unlabelled), and a multiplier label or "". */
    record Set(List<Tick> major, double[] minor, String multiplier) {
    }

    private static final int[] STEPS = {1, 2, 5, 10};

    private Ticks() {
    }

    /**
     * The smallest 1-2-5 step such that the multiples of it covering [lo, hi] form at most
     * {@code maxBins} intervals.
     */
    static BigDecimal step(double lo, double hi, int maxBins) {
        double raw = (hi - lo) / Math.max(1, maxBins);
        if (!(raw > 0) || !Double.isFinite(raw)) {
            return BigDecimal.ONE;
        }
        int exp = (int) Math.floor(Math.log10(raw));
        for (int e = exp - 1; e <= exp + 1; e++) {
            for (int s : STEPS) {
                BigDecimal step = BigDecimal.valueOf(s).scaleByPowerOfTen(e);
                double st = step.doubleValue();
                double kLo = Math.floor(lo / st + 1e-9);
                double kHi = Math.ceil(hi / st - 1e-9);
                if (kHi - kLo <= maxBins) {
                    return step;
                }
            }
        }
        return BigDecimal.TEN.scaleByPowerOfTen(exp + 1);
    }

    /** The next smaller 1-2-5 step: 5 -> 2 -> 1 -> 0.5. */
    static BigDecimal finer(BigDecimal step) {
        BigDecimal s = step.stripTrailingZeros();
        int lead = s.unscaledValue().intValue();
        if (lead == 5) {
            return s.multiply(BigDecimal.valueOf(2)).divide(BigDecimal.valueOf(5));
        }
        if (lead == 2) {
            return s.divide(BigDecimal.valueOf(2));
        }
        return s.divide(BigDecimal.valueOf(2));
    }

    /** Linear ticks inside [lo, hi] (a tolerance of 1e-9 of the range keeps the ends). */
    static Set linear(double lo, double hi, int maxBins) {
        if (!(hi > lo)) {
            double v = lo;
            double pad = v == 0 ? 1 : Math.abs(v) * 0.05;
            return linear(v - pad, v + pad, maxBins);
        }
        BigDecimal step = step(lo, hi, maxBins);
        double tol = (hi - lo) * 1e-9;
        // like matplotlib's min_n_ticks = 2: a finer step when the chosen one shows a single tick
        while (Math.floor((hi + tol) / step.doubleValue()) - Math.ceil((lo - tol) / step.doubleValue()) < 1) {
            step = finer(step);
        }
        double st = step.doubleValue();
        long kLo = (long) Math.ceil((lo - tol) / st);
        long kHi = (long) Math.floor((hi + tol) / st);
        List<BigDecimal> values = new ArrayList<>();
        for (long k = kLo; k <= kHi; k++) {
            values.add(step.multiply(BigDecimal.valueOf(k)));
        }
        double maxAbs = 0;
        for (BigDecimal v : values) {
            maxAbs = Math.max(maxAbs, Math.abs(v.doubleValue()));
        }
        // matplotlib switches to a multiplier outside 1e-5 .. 1e6 (axes.formatter.limits -5, 6)
        int shift = 0;
        if (maxAbs >= 1e6 || (maxAbs > 0 && maxAbs < 1e-4)) {
            shift = (int) Math.floor(Math.log10(maxAbs));
        }
        int decimals = Math.max(0, step.stripTrailingZeros().scale() + shift);
        List<Tick> ticks = new ArrayList<>(values.size());
        for (BigDecimal v : values) {
            BigDecimal shown = v.scaleByPowerOfTen(-shift).setScale(decimals, RoundingMode.HALF_EVEN);
            ticks.add(new Tick(v.doubleValue(), minus(shown.toPlainString())));
        }
        String mult = shift == 0 ? "" : "\u00d710^{" + minus(Integer.toString(shift)) + "}";
        return new Set(ticks, new double[0], mult);
    }

    /** Log ticks inside [lo, hi] (both > 0): decades labelled 10^k, minor ticks at 2..9 times them. */
    static Set log(double lo, double hi, int maxBins) {
        int eLo = (int) Math.ceil(Math.log10(lo) - 1e-9);
        int eHi = (int) Math.floor(Math.log10(hi) + 1e-9);
        int every = 1;
        while ((eHi - eLo) / every + 1 > maxBins + 1) {
            every++;
        }
        List<Tick> major = new ArrayList<>();
        for (int e = eLo; e <= eHi; e++) {
            if (Math.floorMod(e, every) == 0) {
                major.add(new Tick(BigDecimal.ONE.scaleByPowerOfTen(e).doubleValue(), "10^{" + minus(Integer.toString(e)) + "}"));
            }
        }
        List<Double> minor = new ArrayList<>();
        if (every == 1) {
            for (int e = eLo - 1; e <= eHi; e++) {
                for (int m = 2; m <= 9; m++) {
                    double v = BigDecimal.valueOf(m).scaleByPowerOfTen(e).doubleValue();
                    if (v >= lo && v <= hi) {
                        minor.add(v);
                    }
                }
            }
        }
        if (major.size() < 2) {
            // less than two decades in view: label the 1-2-5 values as plain numbers
            Set lin = linear(lo, hi, maxBins);
            List<Tick> plain = new ArrayList<>();
            for (Tick t : lin.major()) {
                if (t.value() > 0) {
                    plain.add(t);
                }
            }
            if (plain.size() >= 2) {
                return new Set(plain, new double[0], lin.multiplier());
            }
        }
        return new Set(major, minor.stream().mapToDouble(Double::doubleValue).toArray(), "");
    }

    /** Replaces ASCII hyphen-minus with the typographic minus sign, as matplotlib does. */
    public static String minus(String s) {
        return s.replace('-', '\u2212');
    }

    /**
     * A short, stable label for a number (contour levels, legends): at most {@code digits}
     * significant digits, trailing zeros dropped, never through {@code Double.toString}.
     */
    public static String number(double v, int digits) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "nan" : (v > 0 ? "inf" : "\u2212inf");
        }
        BigDecimal b = new BigDecimal(v).round(new java.math.MathContext(digits, RoundingMode.HALF_EVEN)).stripTrailingZeros();
        double a = Math.abs(v);
        String s = (a >= 1e6 || a < 1e-4) ? b.toString().replace("E+", "e").replace("E", "e") : b.toPlainString();
        return minus(s);
    }
}
