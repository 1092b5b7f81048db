package wb.numeric.kernel;

/**
 * Random permutations drawn as numpy's legacy {@code RandomState.permutation(n)} draws them, so
 * that a seed shuffles rows the same way in wb and in the notebook's numpy.
 *
 * <p>Fisher–Yates from the end: for i = n−1 down to 1, swap entry i with entry j, j uniform in
 * [0, i] by numpy's {@code random_interval}: j = (next 32 bits) AND mask, mask the smallest
 * 2ᵏ − 1 ≥ i, redrawn while j &gt; i.
 */
public final class Permutation {
    private Permutation() {
    }

    /**
     * A permutation of 0..n−1; {@code new Rng(0)} gives numpy's {@code np.random.seed(0);
     * np.random.permutation(n)}.
     *
     * @throws IllegalArgumentException for n &lt; 0
     */
    public static int[] of(Rng rng, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, but was " + n);
        }
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        for (int i = n - 1; i >= 1; i--) {
            if ((i & 0xfffff) == 0) {
                ComputationInterruptedException.check("shuffling rows");
            }
            int j = interval(rng, i);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }

    /** A uniform integer in [0, max] by rejection with a bit mask, numpy's {@code random_interval}. */
    private static int interval(Rng rng, int max) {
        long mask = max;
        mask |= mask >>> 1;
        mask |= mask >>> 2;
        mask |= mask >>> 4;
        mask |= mask >>> 8;
        mask |= mask >>> 16;
        long v;
        do {
            v = (rng.nextInt32() & 0xffffffffL) & mask;
        } while (v > max);
        return (int) v;
    }
}
