package wb.numeric;

import wb.numeric.kernel.Permutation;
import wb.numeric.kernel.Repr;
import wb.numeric.kernel.Rng;

/**
 * A train/test split of a data set's rows, drawn from a seeded generator: the rows are shuffled
 * as numpy's {@code np.random.permutation(M)} shuffles them, the first ⌊fraction·M⌋ of the
 * shuffled rows train and the rest test. Immutable.
 * Example: {@code Split s = split(data(), 0.5); s.train().m()}
 */
public final class Split {
    private final Dataset train;
    private final Dataset test;
    private final int[] trainRows;
    private final int[] testRows;

    private Split(Dataset train, Dataset test, int[] trainRows, int[] testRows) {
        this.train = train;
        this.test = test;
        this.trainRows = trainRows;
        this.testRows = testRows;
    }

    /**
     * Splits d's rows: a permutation p of 0..M−1 from {@code rng}, train = rows p[0..t), test =
     * rows p[t..M) with t = ⌊fraction·M⌋. The generator advances only if the split is made.
     *
     * @param fraction the share of rows that train, in (0, 1)
     * @throws IllegalArgumentException if fraction is not in (0, 1), or leaves either part empty
     */
    public static Split of(Rng rng, Dataset d, double fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("fraction is the share of rows that train and must be in (0, 1), but was "
                    + Repr.scalar(fraction));
        }
        int m = d.m();
        int t = (int) Math.floor(fraction * m);
        if (t < 1 || t > m - 1) {
            throw new IllegalArgumentException("fraction " + Repr.scalar(fraction) + " of M = " + m + " rows leaves "
                    + (t < 1 ? "no training rows" : "no test rows") + "; both parts need at least one row");
        }
        int[] p = Permutation.of(rng, m);
        int[] trainRows = java.util.Arrays.copyOfRange(p, 0, t);
        int[] testRows = java.util.Arrays.copyOfRange(p, t, m);
        return new Split(rows(d, trainRows), rows(d, testRows), trainRows, testRows);
    }

    /** The rows {@code idx} of d, in that order, as a data set with d's columns and provenance. */
    static Dataset rows(Dataset d, int[] idx) {
        int n = d.n();
        double[] xs = d.xRaw();
        double[] ys = d.yRaw();
        double[] x = new double[idx.length * n];
        double[] y = new double[idx.length];
        for (int r = 0; r < idx.length; r++) {
            System.arraycopy(xs, idx[r] * n, x, r * n, n);
            y[r] = ys[idx[r]];
        }
        return Dataset.create(x, y, idx.length, n, d.bias(), d.noise(), d.seed().isPresent() ? d.seed().getAsLong() : null,
                d.source().orElse(null), d.trueWeights().map(Vec::toArray).orElse(null), d.columns(), d.target());
    }

    /** The training rows as a data set. */
    public Dataset train() {
        return train;
    }

    /** The test rows as a data set. */
    public Dataset test() {
        return test;
    }

    /** Which rows of the original data set train, in the order they appear in {@link #train()}. */
    public int[] trainRows() {
        return trainRows.clone();
    }

    /** Which rows of the original data set test, in the order they appear in {@link #test()}. */
    public int[] testRows() {
        return testRows.clone();
    }

    /** e.g. {@code Split: 15 training rows, 15 test rows, N = 10}. */
    @Override
    public String toString() {
        return "Split: " + trainRows.length + " training rows, " + testRows.length + " test rows, N = " + train.n();
    }
}
