package wb.numeric.kernel;

/**
 * The notebook's mean absolute percentage error, as a fraction: the mean over entries of
 * |true − pred| / |true|, using |pred| where true = 0. So mape(0, a) = 1.0, mape(−a, a) = 2.0 and
 * mape(a, a) = 0.0 for a ≠ 0.
 */
public final class Mape {
    private Mape() {
    }

    /** mape of two scalars: |t − p|/|t|, or |p| when t = 0. */
    public static double of(double pred, double truth) {
        return truth == 0 ? Math.abs(pred) : Math.abs((truth - pred) / truth);
    }

    /**
     * mape of two arrays of the same length: (Σ_{t≠0} |(t − p)/t| + Σ_{t=0} |p|) / size, as the
     * notebook's {@code np_mape}. The sums run left to right; numpy sums long arrays pairwise, so
     * for thousands of entries the two can differ in the last digits.
     *
     * @throws IllegalArgumentException if the lengths differ or the arrays are empty
     */
    public static double of(double[] pred, double[] truth) {
        if (pred.length != truth.length) {
            throw new IllegalArgumentException("pred and true must have the same shape, but pred has "
                    + pred.length + " entries and true has " + truth.length);
        }
        if (truth.length == 0) {
            throw new IllegalArgumentException("pred and true must not be empty");
        }
        double nonZero = 0;
        double zero = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == 0) {
                zero += Math.abs(pred[i]);
            } else {
                nonZero += Math.abs((truth[i] - pred[i]) / truth[i]);
            }
        }
        return (nonZero + zero) / truth.length;
    }
}
