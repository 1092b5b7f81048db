package wb.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The integer shortest-digits method against the exact search it replaces on most doubles. */
class ShortestDecimalTest {

    /** The method's digits for x, as {@link Repr.Digits}; fails if it declines x. */
    private static Repr.Digits fast(double x) {
        long[] decimal = new long[2];
        assertThat(ShortestDecimal.of(x, decimal)).as("answers %s", x).isTrue();
        String digits = Long.toString(decimal[0]);
        return new Repr.Digits(digits, digits.length() + (int) decimal[1]);
    }

    private static void agrees(double x) {
        Repr.Digits expected = Repr.searchShortest(x);
        Repr.Digits actual = fast(x);
        if (!actual.equals(expected)) {
            throw new AssertionError("for " + x + " (bits " + Long.toHexString(Double.doubleToRawLongBits(x)) + "): "
                    + actual + " but the exact search gives " + expected);
        }
    }

    @Test
    void theLogarithmFloorsAreExactOverEveryExponentADoubleNeeds() {
        for (int e = -1100; e <= 1100; e++) {
            BigInteger two = BigInteger.ONE.shiftLeft(Math.abs(e));
            int decimalDigits = two.toString().length();
            // ⌊e·log10 2⌋: the largest k with 10^k ≤ 2^e
            assertThat(ShortestDecimal.flog10pow2(e)).as("e = %d", e).isEqualTo(e >= 0 ? decimalDigits - 1 : -decimalDigits);
        }
        for (int e = -400; e <= 400; e++) {
            BigInteger ten = BigInteger.TEN.pow(Math.abs(e));
            // ⌊e·log2 10⌋: the largest r with 2^r ≤ 10^e
            int expected = e == 0 ? 0 : e > 0 ? ten.bitLength() - 1 : -ten.bitLength();
            assertThat(ShortestDecimal.flog2pow10(e)).as("e = %d", e).isEqualTo(expected);
        }
    }

    @Test
    void aMillionRandomDoublesGetTheSameDigitsAsTheExactSearch() {
        SplittableRandom random = new SplittableRandom(20261203);
        int checked = 0;
        while (checked < 1_000_000) {
            double x = Double.longBitsToDouble(random.nextLong() & Long.MAX_VALUE);
            long bits = Double.doubleToRawLongBits(x);
            if (Double.isFinite(x) && (bits >>> 52) != 0 && (bits & ((1L << 52) - 1)) != 0) {
                agrees(x);
                checked++;
            }
        }
    }

    @Test
    void shortDecimalsTheirNeighboursAndTheEndsOfEachBinadeGetTheSameDigitsAsTheExactSearch() {
        // Short decimals are where a shorter candidate must win over the closest long one, and
        // their neighbours one and two ulps away where it must not.
        for (int e = -307; e <= 307; e++) {
            for (int d = 1; d < 100; d++) {
                double x = Double.parseDouble(d + "e" + e);
                double below = x;
                double above = x;
                for (int step = 0; step < 3; step++) {
                    for (double y : new double[] {below, above}) {
                        long bits = Double.doubleToRawLongBits(y);
                        if ((bits >>> 52) != 0 && (bits & ((1L << 52) - 1)) != 0 && Double.isFinite(y)) {
                            agrees(y);
                        }
                    }
                    below = Math.nextDown(below);
                    above = Math.nextUp(above);
                }
            }
        }
        for (int biased = 1; biased < 2047; biased++) {
            long top = (long) biased << 52;
            agrees(Double.longBitsToDouble(top | 1)); // just above a power of two
            agrees(Double.longBitsToDouble(top | ((1L << 52) - 1))); // just below the next
            agrees(Double.longBitsToDouble(top | (1L << 51))); // 1.5 times a power of two
        }
        for (int i = 1; i <= 100_000; i++) {
            if (Integer.bitCount(i) > 1) {
                agrees(i);
            }
            if (Long.bitCount(Double.doubleToRawLongBits(i / 1000.0) & ((1L << 52) - 1)) > 0) {
                agrees(i / 1000.0); // 0.125 and the other powers of two are the search's
            }
        }
        agrees(0.1 + 0.2);
        agrees(Double.MAX_VALUE);
        agrees(Math.PI);
    }

    @Test
    void subnormalsAndPowersOfTwoAreLeftToTheExactSearch() {
        long[] decimal = {-1, -1};
        for (double x : new double[] {Double.MIN_VALUE, Double.MIN_NORMAL / 3, 1.0, 2.0, 0.5, Double.MIN_NORMAL, 0x1p1023}) {
            assertThat(ShortestDecimal.of(x, decimal)).as("%s", x).isFalse();
        }
        assertThat(decimal).containsExactly(-1, -1);
        assertThat(Repr.scalar(Double.MIN_VALUE)).isEqualTo("5e-324");
        assertThat(Repr.scalar(1024.0)).isEqualTo("1024.0");
    }
}
