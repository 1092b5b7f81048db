package wb.numeric.kernel;

import java.math.BigInteger;

/**
 * The double nearest to a decimal w·10^q (w a 64-bit significand of at most 19 digits), rounded
 * half to even as {@link Double#parseDouble} rounds, by integer arithmetic: Clinger's exact fast
 * path where w ≤ 2^53 and |q| ≤ 22, else the method of M. Eisel and D. Lemire ("Number parsing
 * at a gigabyte per second", Software: Practice and Experience 51(8), 2021).
 *
 * <p>The method: normalise w so its top bit is set, multiply it by a 128-bit approximation T(q)
 * of 5^q's significand (the table below, defined as in the paper's Appendix B), and keep the top
 * 55 bits of the product: 52 for the fraction, one for the leading bit, one more for the
 * rounding and one that the product may or may not use. The binary exponent is
 * ⌊q·log2 10⌋ + 63 + (the product's top bit) − (w's leading zeros). Where the first 64×64-bit
 * product leaves the bits below those 55 all ones, the low half of T(q) is added in. An exact
 * tie (possible only for q in [−4, 23]) is rounded to even. Where the 128 bits still cannot
 * decide, {@link #of} returns NaN and the caller parses the digits with the JDK; the paper's
 * sequel (Mushtak and Lemire, 2023) proves that this never happens, and the check stays as a
 * guard that costs one comparison.
 *
 * <p>{@code NearestDoubleTest} compares it with {@link Double#parseDouble} on millions of
 * significands and exponents: random ones, the shortest digits of random doubles, the ties and
 * near-ties between neighbouring doubles, the subnormals and both ends of the range.
 */
public final class NearestDouble {
    /** The smallest q for which w·10^q can be above half the least subnormal (w &lt; 2^64). */
    private static final int MIN_Q = -342;
    /** The largest q for which w·10^q can be finite (w ≥ 1). */
    private static final int MAX_Q = 308;
    /** Exact tie checks are needed only here: elsewhere w·10^q is never halfway between doubles. */
    private static final int MIN_Q_TIE = -4;
    private static final int MAX_Q_TIE = 23;
    /** T(q) for q in [MIN_Q, MAX_Q]: high and low 64 bits, 2^127 ≤ T(q) &lt; 2^128. */
    private static final long[] T_HIGH;
    private static final long[] T_LOW;
    /** 10^0 .. 10^22, each exact as a double. */
    private static final double[] EXACT_POWERS = new double[23];

    static {
        int n = MAX_Q - MIN_Q + 1;
        T_HIGH = new long[n];
        T_LOW = new long[n];
        BigInteger two128 = BigInteger.ONE.shiftLeft(128);
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int q = MIN_Q; q <= MAX_Q; q++) {
            BigInteger t;
            if (q >= 0) {
                // 5^q with its top bit moved to bit 127, the bits below cut off (truncated).
                BigInteger p = BigInteger.valueOf(5).pow(q);
                int shift = 128 - p.bitLength();
                t = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
            } else {
                // ⌊2^b / 5^−q⌋ + 1, rounded up so the product never falls below the true value's
                // top bits; for q < −27 computed with room to spare, then cut to 128 bits.
                BigInteger p = BigInteger.valueOf(5).pow(-q);
                int z = p.bitLength(); // 2^(z−1) < 5^−q < 2^z
                int b = q >= -27 ? z + 127 : 2 * z + 128;
                t = BigInteger.ONE.shiftLeft(b).divide(p).add(BigInteger.ONE);
                while (t.compareTo(two128) >= 0) {
                    t = t.shiftRight(1);
                }
            }
            T_HIGH[q - MIN_Q] = t.shiftRight(64).longValue();
            T_LOW[q - MIN_Q] = t.and(mask64).longValue();
        }
        double p = 1;
        for (int i = 0; i < EXACT_POWERS.length; i++) {
            EXACT_POWERS[i] = p;
            p *= 10;
        }
    }

    private NearestDouble() {
    }

    /**
     * The double nearest to w·10^q, w read as an unsigned 64-bit integer (at most 19 decimal
     * digits, so below 10^19), with ties to even; 0 below the least subnormal's half, infinity
     * above the largest double; NaN where the method cannot decide, for the caller to parse the
     * digits another way (never seen; see the class comment).
     */
    public static double of(long w, int q) {
        if (w == 0 || q < MIN_Q) {
            return 0.0;
        }
        if (q > MAX_Q) {
            return Double.POSITIVE_INFINITY;
        }
        if (w >= 0 && w <= (1L << 53) && q >= -22 && q <= 22) {
            // Clinger: w and 10^|q| are exact doubles, and one IEEE operation rounds correctly.
            return q >= 0 ? w * EXACT_POWERS[q] : w / EXACT_POWERS[-q];
        }
        int lz = Long.numberOfLeadingZeros(w);
        long ws = w << lz;
        int index = q - MIN_Q;
        long high = unsignedMultiplyHigh(ws, T_HIGH[index]);
        long low = ws * T_HIGH[index];
        long belowMask = 0x1FFL; // the 9 bits under the 55 kept
        if ((high & belowMask) == belowMask) {
            long secondHigh = unsignedMultiplyHigh(ws, T_LOW[index]);
            long sum = low + secondHigh;
            if (Long.compareUnsigned(sum, low) < 0) {
                high++;
            }
            low = sum;
        }
        if (low == -1L && (q < -27 || q > 55)) {
            return Double.NaN; // the bits below the 128 could carry into the result (the paper's guard)
        }
        int upperBit = (int) (high >>> 63);
        int shift = upperBit + 9;
        long mantissa = high >>> shift;
        int power2 = floorLog2Pow10(q) + 63 + upperBit - lz + 1023;
        if (power2 <= 0) {
            // Subnormal: shift down to the fixed exponent, then round half up on the last bit;
            // a carry into bit 52 makes the least normal double.
            if (-power2 + 1 >= 64) {
                return 0.0;
            }
            mantissa >>>= -power2 + 1;
            mantissa += mantissa & 1;
            mantissa >>>= 1;
            power2 = mantissa < (1L << 52) ? 0 : 1;
            return Double.longBitsToDouble(((long) power2 << 52) | (mantissa & ((1L << 52) - 1)));
        }
        if (Long.compareUnsigned(low, 1) <= 0 && q >= MIN_Q_TIE && q <= MAX_Q_TIE && (mantissa & 3) == 1
                && (mantissa << shift) == high) {
            mantissa &= ~1L; // exactly halfway and the lower neighbour is even: do not round up
        }
        mantissa += mantissa & 1;
        mantissa >>>= 1;
        if (mantissa >= (2L << 52)) {
            mantissa = 1L << 52;
            power2++;
        }
        if (power2 >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.longBitsToDouble(((long) power2 << 52) | (mantissa & ((1L << 52) - 1)));
    }

    /** ⌊q·log2 10⌋ for |q| ≤ 400, from the fixed-point 217706/2^16 ≈ log2 10. */
    static int floorLog2Pow10(int q) {
        return (217706 * q) >> 16;
    }

    /** The high 64 bits of the unsigned 128-bit product of a and b (JDK 18's Math.unsignedMultiplyHigh). */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> 63) & b) + ((b >> 63) & a);
    }
}
