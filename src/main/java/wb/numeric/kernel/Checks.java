package wb.numeric.kernel;

/**
 * The argument checks every helper shares, each throwing an {@link IllegalArgumentException}
 * that names the argument, says what was given and what is expected, in one line.
 */
public final class Checks {
    private Checks() {
    }

    /**
     * {@code value}, refusing null with what to pass instead.
     *
     * @param name    the argument's name as the user wrote it, e.g. {@code lambdas}
     * @param example what to pass, e.g. {@code logspace(-2, 4, 50)}
     */
    public static <T> T given(T value, String name, String example) {
        if (value == null) {
            throw new IllegalArgumentException(name + " is null; pass one, e.g. " + example);
        }
        return value;
    }

    /** Checks that a count (M, N, k, …) is at least 1. */
    public static void positive(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, but was " + value);
        }
    }

    /** Checks that a number is finite (not NaN, not infinite). */
    public static void finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number, but was " + Repr.scalar(value));
        }
    }

    /** Checks that a regularisation strength (λ, λ₂, α, wd) is a finite number ≥ 0. */
    public static void lambda(String name, double lambda) {
        if (!(lambda >= 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, but was " + Repr.scalar(lambda));
        }
    }

    /** Checks that the true weights of synthetic data are at least one entry (N ≥ 1), each finite. */
    public static void trueWeights(double[] weights) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("the true weights must have at least one entry (N >= 1), but got "
                    + (weights == null ? "null" : "none"));
        }
        for (int j = 0; j < weights.length; j++) {
            finite("weights[" + j + "]", weights[j]);
        }
    }
}
