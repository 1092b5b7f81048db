package wb.numeric.kernel;

/** Evenly spaced values, as numpy's {@code linspace} and {@code logspace}: the grids of plots and λ sweeps. */
public final class Spacing {
    private Spacing() {
    }

    /**
     * n evenly spaced values from a to b inclusive, as numpy's {@code linspace(a, b, n)}:
     * a + i·(b − a)/(n − 1), with the last value exactly b.
     */
    public static double[] linspace(double a, double b, int n) {
        Checks.finite("a", a);
        Checks.finite("b", b);
        if (n < 1) {
            throw new IllegalArgumentException("n must be >= 1, but was " + n);
        }
        double[] out = new double[n];
        if (n == 1) {
            out[0] = a;
            return out;
        }
        double step = (b - a) / (n - 1);
        if (Double.isFinite(step)) {
            for (int i = 0; i < n; i++) {
                out[i] = i * step + a;
            }
        } else {
            // b − a overflows (a range as wide as [-1e308, 1e308]): the same formula on a/2 and
            // b/2, doubled, which is exact to apply and to undo
            double half = (b / 2 - a / 2) / (n - 1);
            for (int i = 0; i < n; i++) {
                out[i] = 2 * (i * half + a / 2);
            }
        }
        out[n - 1] = b;
        return out;
    }

    /**
     * n values from 10^a to 10^b inclusive, evenly spaced in log₁₀: 10^linspace(a, b, n), as
     * numpy's {@code logspace}. Computed with {@link StrictMath#pow}, so the same on every JDK.
     *
     * @throws IllegalArgumentException for n &lt; 1, non-finite a or b, or 10^a or 10^b beyond the
     *     doubles (|a|, |b| &gt; 300)
     */
    public static double[] logspace(double a, double b, int n) {
        if (!(Math.abs(a) <= 300) || !(Math.abs(b) <= 300)) {
            throw new IllegalArgumentException("logspace(a, b, n) takes the exponents: 10^a to 10^b with |a|, |b| <= 300,"
                    + " but got a = " + Repr.scalar(a) + ", b = " + Repr.scalar(b) + " (logspace(-2, 4, 50) spans 0.01 to 1e4)");
        }
        double[] out = linspace(a, b, n);
        for (int i = 0; i < out.length; i++) {
            out[i] = StrictMath.pow(10.0, out[i]);
        }
        return out;
    }
}
