package wb.numeric;

import java.util.Arrays;
import org.ojalgo.structure.Access1D;
import wb.numeric.kernel.Repr;

/**
 * An immutable dense column vector of doubles, shape N×1, as numpy's (N, 1) arrays in the
 * notebook. It prints like numpy ({@code [[3.11990511]]}), can be indexed, converted to a
 * {@code double[]} and handed to plotting. It is an ojAlgo {@link Access1D}, the one type every
 * helper taking weights accepts besides plain numbers.
 * Example: {@code Vec w = Vec.of(4.0, 1.5); w.get(1)} is {@code 1.5}.
 */
public final class Vec implements Access1D<Double> {
    private final double[] v;

    private Vec(double[] owned) {
        this.v = owned;
    }

    /** A vector holding a copy of {@code values}. Example: {@code Vec.of(1, 2, 3)}. */
    public static Vec of(double... values) {
        if (values == null) {
            throw new IllegalArgumentException("values must not be null");
        }
        return new Vec(values.clone());
    }

    /** A vector of {@code n} zeros. */
    public static Vec zeros(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0, but was " + n);
        }
        return new Vec(new double[n]);
    }

    /** Wraps an array this package owns and will never change again. */
    static Vec wrap(double[] owned) {
        return new Vec(owned);
    }

    /** Entry {@code i} (0-based). */
    public double get(int i) {
        if (i < 0 || i >= v.length) {
            throw new IndexOutOfBoundsException("index " + i + " is out of range for a vector of size " + v.length);
        }
        return v[i];
    }

    /** The number of entries N. */
    /** Entry i as ojAlgo reads it (a Vec is an ojAlgo {@link Access1D}). */
    @Override
    public double doubleValue(int i) {
        return get(i);
    }

    /** Entry i, boxed, as ojAlgo's {@link Access1D} reads it. */
    @Override
    public Double get(long i) {
        return get(Math.toIntExact(i));
    }

    @Override
    public int size() {
        return v.length;
    }

    /** A copy of the entries. */
    public double[] toArray() {
        return v.clone();
    }

    /** The array itself, for read-only use inside this package. */
    double[] raw() {
        return v;
    }

    /** The single entry of a 1-vector, like numpy's {@code item()}. */
    public double item() {
        if (v.length != 1) {
            throw new IllegalStateException("item() needs a vector of size 1, but the size is " + v.length);
        }
        return v[0];
    }

    /** this + other, entry by entry. */
    public Vec plus(Vec other) {
        requireSameSize(other);
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v[i] + other.v[i];
        }
        return new Vec(r);
    }

    /** this − other, entry by entry. */
    public Vec minus(Vec other) {
        requireSameSize(other);
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = v[i] - other.v[i];
        }
        return new Vec(r);
    }

    /** s · this. */
    public Vec times(double s) {
        double[] r = new double[v.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = s * v[i];
        }
        return new Vec(r);
    }

    /** The dot product Σ thisᵢ·otherᵢ. */
    public double dot(Vec other) {
        requireSameSize(other);
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += v[i] * other.v[i];
        }
        return s;
    }

    /** The squared Euclidean norm ‖this‖² = Σ thisᵢ². */
    public double normSquared() {
        return dot(this);
    }

    /** The Euclidean norm ‖this‖. */
    public double norm() {
        return Math.sqrt(normSquared());
    }

    private void requireSameSize(Vec other) {
        if (other.v.length != v.length) {
            throw new IllegalArgumentException("vectors must have the same size, but got " + v.length
                    + " and " + other.v.length);
        }
    }

    /** numpy's {@code str} of the (N, 1) array, e.g. {@code [[1.92472422]\n [0.79871798]]}. */
    @Override
    public String toString() {
        return Repr.array2d(v, v.length, 1);
    }

    /** Equal when the other is a Vec with bit-identical entries. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Vec other && Arrays.equals(v, other.v);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(v);
    }
}
