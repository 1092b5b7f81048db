package wb.numeric.kernel;

/**
 * Exact rescaling of data by a power of two, for values near the ends of the double range
 * (1e308, or denormals) whose squares and sums of squares would overflow or underflow.
 */
public final class PowersOfTwo {
    private PowersOfTwo() {
    }

    /**
     * The power of two that brings the largest |value| near 1 when it is outside [2^-500, 2^500],
     * else 0 (no scaling, so results in the usual range are exactly as before).
     */
    public static int exponentToScale(double[] values) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        if (max == 0 || !Double.isFinite(max) || (max >= 0x1p-500 && max <= 0x1p500)) {
            return 0;
        }
        return Math.getExponent(max) == Double.MIN_EXPONENT - 1
                ? Math.getExponent(max * 0x1p60) - 60 // denormal: getExponent says -1023 for all of them
                : Math.getExponent(max);
    }

    /** values·2^exponent, exactly (a new array), or {@code values} itself when the exponent is 0. */
    public static double[] scaled(double[] values, int exponent) {
        if (exponent == 0) {
            return values;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.scalb(values[i], exponent);
        }
        return out;
    }
}
