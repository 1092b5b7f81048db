package wb.numeric;

import wb.numeric.kernel.Repr;

/**
 * Values evenly spaced on a log scale, as numpy's {@code logspace}: 10^(a + i·(b − a)/(n − 1)),
 * i = 0..n−1, the grid that λ sweeps use.
 */
public final class Logspace {
    private Logspace() {
    }

    /**
     * n values from 10^a to 10^b inclusive, evenly spaced in log₁₀: 10^linspace(a, b, n).
     * Computed with {@link StrictMath#pow}, so the same on every JDK.
     * Example: {@code Logspace.of(-2, 4, 7)} is 0.01, 0.1, …, 10⁴.
     *
     * @throws IllegalArgumentException for n &lt; 1, non-finite a or b, or 10^a or 10^b beyond the
     *     doubles (|a|, |b| &gt; 300)
     */
    public static Vec of(double a, double b, int n) {
        if (!(Math.abs(a) <= 300) || !(Math.abs(b) <= 300)) {
            throw new IllegalArgumentException("logspace(a, b, n) takes the exponents: 10^a to 10^b with |a|, |b| <= 300,"
                    + " but got a = " + Repr.scalar(a) + ", b = " + Repr.scalar(b) + " (logspace(-2, 4, 50) spans 0.01 to 1e4)");
        }
        double[] e = Grid.linspace(a, b, n).raw();
        double[] out = new double[e.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = StrictMath.pow(10.0, e[i]);
        }
        return Vec.wrap(out);
    }
}
