package wb.numeric.kernel;

/**
 * A seeded random number generator that draws the same numbers as numpy's legacy
 * {@code numpy.random.seed(s)} / {@code numpy.random.randn(...)}: MT19937 with numpy's integer
 * seeding, numpy's 53-bit {@code random_sample} and its polar Box–Muller {@code gauss}.
 *
 * <p>Seeding follows numpy's {@code mt19937_seed}: {@code mt[0] = s},
 * {@code mt[i] = 1812433253 * (mt[i-1] ^ (mt[i-1] >>> 30)) + i} (mod 2³²). A uniform double is
 * {@code ((a >>> 5) * 67108864 + (b >>> 6)) / 2⁵³} from two 32-bit outputs {@code a, b}. A normal
 * deviate comes from the polar method: draw {@code x1, x2 = 2u - 1} until
 * {@code 0 < r² = x1² + x2² < 1}, then {@code f = sqrt(-2 ln r² / r²)}; return {@code f·x2} and
 * keep {@code f·x1} for the next call, exactly as numpy's {@code legacy_gauss} does.
 *
 * <p>The square root is {@link StrictMath#sqrt} (IEEE, correctly rounded) and the logarithm is
 * {@link PreciseLog}, a correctly rounded (in all but ~10⁻⁴ of cases) log built from IEEE
 * arithmetic alone, so a seed gives the same stream on every JDK, JIT and CPU. numpy calls the
 * C library's {@code log}, which is correctly rounded nearly always; the deviates agree with
 * numpy's to within 1 ulp and are bit-identical for all but a fraction of a percent: of the
 * notebook's first 3,000 seed-0 draws (its two X matrices) all but draws 662 and 663, one polar
 * step where the two logarithms round differently, which differ by 1 ulp.
 * {@code StrictMath.log} (fdlibm, not correctly rounded) made ~2% of them differ by up to 2 ulp.
 *
 * <p>Not thread-safe: one session owns one generator.
 */
public final class Rng {
    private static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    private final long seed;
    private final int[] mt = new int[N];
    private int pos;
    private boolean hasGauss;
    private double gauss;

    /**
     * A generator seeded like {@code numpy.random.seed(seed)}.
     *
     * @param seed an integer in [0, 2³² − 1], numpy's range for an integer seed
     * @throws IllegalArgumentException if the seed is outside that range
     */
    public Rng(long seed) {
        if (seed < 0 || seed > 0xffffffffL) {
            throw new IllegalArgumentException("seed must be an integer in [0, 4294967295] (numpy's range),"
                    + " but was " + seed);
        }
        this.seed = seed;
        int s = (int) seed;
        for (int i = 0; i < N; i++) {
            mt[i] = s;
            s = 1812433253 * (s ^ (s >>> 30)) + i + 1;
        }
        pos = N;
    }

    /** The seed this generator was created with. */
    public long seed() {
        return seed;
    }

    /** The next 32 bits of the MT19937 stream, as an unsigned value in an int. */
    public int nextInt32() {
        if (pos == N) {
            twist();
        }
        int y = mt[pos++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** A uniform double in [0, 1) with 53 random bits, numpy's {@code random_sample()}. */
    public double nextDouble() {
        long a = (nextInt32() & 0xffffffffL) >>> 5;
        long b = (nextInt32() & 0xffffffffL) >>> 6;
        return (a * 67108864.0 + b) / 9007199254740992.0;
    }

    /** A standard normal deviate, numpy's legacy {@code gauss()} (what {@code randn} draws). */
    public double nextGaussian() {
        if (hasGauss) {
            hasGauss = false;
            double g = gauss;
            gauss = 0.0;
            return g;
        }
        double x1;
        double x2;
        double r2;
        do {
            x1 = 2.0 * nextDouble() - 1.0;
            x2 = 2.0 * nextDouble() - 1.0;
            r2 = x1 * x1 + x2 * x2;
        } while (r2 >= 1.0 || r2 == 0.0);
        double f = StrictMath.sqrt(-2.0 * PreciseLog.log(r2) / r2);
        gauss = f * x1;
        hasGauss = true;
        return f * x2;
    }

    /** Fills {@code out[from, to)} with standard normal deviates, in index order. */
    public void fillGaussian(double[] out, int from, int to) {
        for (int i = from; i < to; i++) {
            out[i] = nextGaussian();
        }
    }

    /** A copy with the same state, for work that must leave this one untouched if it fails. */
    public Rng copy() {
        Rng r = new Rng(seed);
        r.restoreFrom(this);
        return r;
    }

    /** Takes over the state of {@code other} (same stream position, same cached deviate). */
    public void restoreFrom(Rng other) {
        System.arraycopy(other.mt, 0, mt, 0, N);
        pos = other.pos;
        hasGauss = other.hasGauss;
        gauss = other.gauss;
    }

    private void twist() {
        int i = 0;
        int y;
        for (; i < N - M; i++) {
            y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + M] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        for (; i < N - 1; i++) {
            y = (mt[i] & UPPER_MASK) | (mt[i + 1] & LOWER_MASK);
            mt[i] = mt[i + (M - N)] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        }
        y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
        pos = 0;
    }
}
