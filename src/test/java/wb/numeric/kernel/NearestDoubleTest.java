package wb.numeric.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** NearestDouble against the JDK's own correctly rounded parser, {@link Double#parseDouble}. */
class NearestDoubleTest {
    private static final BigInteger TEN_TO_19 = BigInteger.TEN.pow(19);
    private int checked;

    /** Checks w·10^q (w unsigned, below 10^19) against the JDK, bit for bit; NaN (undecided) is allowed. */
    private void check(long w, int q) {
        double expected = Double.parseDouble(Long.toUnsignedString(w) + "e" + q);
        double actual = NearestDouble.of(w, q);
        if (!Double.isNaN(actual)) {
            assertThat(Double.doubleToRawLongBits(actual))
                    .as("%se%d: expected %s, got %s", Long.toUnsignedString(w), q, expected, actual)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
        checked++;
    }

    /** Checks the decimal d and its neighbours one unit in its 19th (or last) digit either side. */
    private void checkAround(BigDecimal d) {
        d = d.stripTrailingZeros();
        if (d.signum() <= 0) {
            return;
        }
        int excess = d.precision() - 19;
        if (excess > 0) {
            d = d.setScale(d.scale() - excess, java.math.RoundingMode.HALF_EVEN);
        }
        BigInteger w = d.unscaledValue();
        int q = -d.scale();
        for (int delta = -1; delta <= 1; delta++) {
            BigInteger v = w.add(BigInteger.valueOf(delta));
            if (v.signum() > 0 && v.compareTo(TEN_TO_19) < 0) {
                check(v.longValue(), q);
            }
        }
    }

    @Test
    void randomSignificandsAndExponentsOverTheWholeRangeReadAsTheJdkReadsThem() {
        SplittableRandom random = new SplittableRandom(12);
        for (int i = 0; i < 1_000_000; i++) {
            int digits = 1 + random.nextInt(19);
            long w = digits < 19 ? random.nextLong(1, pow10(digits)) : nineteenDigits(random);
            check(w, random.nextInt(-350, 316));
        }
        assertThat(checked).isEqualTo(1_000_000);
    }

    @Test
    void theShortestDigitsOfRandomDoublesReadBackAsThoseDoubles() {
        // What a CSV written by wb, numpy or Python holds: the shortest digits of each value.
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 500_000; i++) {
            double x = Math.abs(Double.longBitsToDouble(random.nextLong()));
            if (!Double.isFinite(x) || x == 0) {
                continue;
            }
            BigDecimal shortest = new BigDecimal(Double.toString(x));
            long w = shortest.unscaledValue().longValueExact();
            assertThat(NearestDouble.of(w, -shortest.scale())).isEqualTo(x);
            double gaussian = Math.abs(random.nextDouble() * 2 - 1) * Math.exp(random.nextInt(-20, 20));
            BigDecimal typical = new BigDecimal(Double.toString(gaussian));
            assertThat(NearestDouble.of(typical.unscaledValue().longValueExact(), -typical.scale())).isEqualTo(gaussian);
        }
    }

    @Test
    void tiesAndNearTiesBetweenNeighbouringDoublesRoundHalfToEven() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 300_000; i++) {
            // Doubles from 2^-20 to 2^70: their midpoints have few enough digits to be exact ties
            // where q is in [-4, 23], and are cut to 19 digits (near ties) elsewhere.
            double x = Math.scalb(1 + random.nextDouble(), random.nextInt(-20, 70));
            BigDecimal lo = new BigDecimal(x);
            BigDecimal hi = new BigDecimal(Math.nextUp(x));
            checkAround(lo.add(hi).divide(BigDecimal.valueOf(2)));
        }
        // The classic ties: 2^53 + 1 rounds down to even 2^53, 2^53 + 3 up to 2^53 + 4.
        check((1L << 53) + 1, 0);
        check((1L << 53) + 3, 0);
        check(9_007_199_254_740_993L, 0);
    }

    @Test
    void subnormalsAndBothEndsOfTheRangeReadAsTheJdkReadsThem() {
        SplittableRandom random = new SplittableRandom(15);
        for (int i = 0; i < 200_000; i++) {
            double sub = Double.longBitsToDouble(random.nextLong(1, 1L << 52));
            checkAround(new BigDecimal(Double.toString(sub)));
            checkAround(new BigDecimal(sub).add(new BigDecimal(Math.nextUp(sub))).divide(BigDecimal.valueOf(2)));
        }
        checkAround(new BigDecimal(Double.MIN_VALUE));
        checkAround(new BigDecimal(Double.MIN_VALUE).divide(BigDecimal.valueOf(2))); // halfway to 0
        checkAround(new BigDecimal(Double.MIN_NORMAL));
        checkAround(new BigDecimal(Double.MAX_VALUE));
        BigDecimal ulpAtMax = new BigDecimal(Math.ulp(Double.MAX_VALUE));
        checkAround(new BigDecimal(Double.MAX_VALUE).add(ulpAtMax.divide(BigDecimal.valueOf(2)))); // halfway to infinity
        for (int q = -345; q <= 312; q++) {
            check(1, q);
            check(Long.parseUnsignedLong("9999999999999999999"), q);
            check(4_940_656_458_412_465_441L, q);
            check(17_976_931_348_623_157L, q);
        }
        assertThat(NearestDouble.of(1, -400)).isZero();
        assertThat(NearestDouble.of(1, 400)).isInfinite();
        assertThat(NearestDouble.of(0, 400)).isZero();
    }

    @Test
    void theBinaryExponentOfAPowerOfTenIsItsFloorLogarithmExactly() {
        for (int q = -342; q <= 308; q++) {
            BigInteger p = BigInteger.TEN.pow(Math.abs(q));
            int exact = q >= 0 ? p.bitLength() - 1 : -p.bitLength(); // 10^|q| is no power of two for q ≠ 0
            assertThat(NearestDouble.floorLog2Pow10(q)).as("q = %d", q).isEqualTo(q == 0 ? 0 : exact);
        }
    }

    /** A random significand of 19 digits, [10^18, 10^19), as an unsigned long (above 2^63 for most). */
    private static long nineteenDigits(SplittableRandom random) {
        return 1_000_000_000_000_000_000L + random.nextLong(0, 900_000_000_000_000_000L) * 10 + random.nextInt(10);
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
