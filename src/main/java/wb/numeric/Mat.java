package wb.numeric;

import java.util.Arrays;
import wb.numeric.kernel.Repr;

/**
 * An immutable dense matrix of doubles stored row-major, as numpy's 2-D arrays. It prints like
 * numpy's {@code str} (aligned columns, {@code ...} for big matrices).
 * Example: {@code Mat.of(2, 2, 1, 2, 3, 4).get(1, 0)} is {@code 3.0}.
 */
public final class Mat {
    private final double[] a;
    private final int rows;
    private final int cols;

    private Mat(double[] owned, int rows, int cols) {
        this.a = owned;
        this.rows = rows;
        this.cols = cols;
    }

    /** A rows×cols matrix holding a copy of {@code rowMajor}. Example: {@code Mat.of(1, 2, 4.0, 1.5)}. */
    public static Mat of(int rows, int cols, double... rowMajor) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("shape must be non-negative, but was (" + rows + ", " + cols + ")");
        }
        if (rowMajor == null || rowMajor.length != (long) rows * cols) {
            throw new IllegalArgumentException("a (" + rows + ", " + cols + ") matrix needs " + (long) rows * cols
                    + " values, but got " + (rowMajor == null ? "null" : rowMajor.length));
        }
        return new Mat(rowMajor.clone(), rows, cols);
    }

    /** A matrix from rows of equal length (copied). */
    public static Mat of(double[][] rowsArray) {
        int r = rowsArray.length;
        int c = r == 0 ? 0 : rowsArray[0].length;
        double[] out = new double[r * c];
        for (int i = 0; i < r; i++) {
            if (rowsArray[i].length != c) {
                throw new IllegalArgumentException("row " + i + " has " + rowsArray[i].length
                        + " values but row 0 has " + c + "; all rows must have the same length");
            }
            System.arraycopy(rowsArray[i], 0, out, i * c, c);
        }
        return new Mat(out, r, c);
    }

    static Mat wrap(double[] owned, int rows, int cols) {
        return new Mat(owned, rows, cols);
    }

    /** Entry (i, j), 0-based. */
    public double get(int i, int j) {
        if (i < 0 || i >= rows || j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("index (" + i + ", " + j + ") is out of range for shape "
                    + Repr.shape(rows, cols));
        }
        return a[i * cols + j];
    }

    /** The number of rows. */
    public int rows() {
        return rows;
    }

    /** The number of columns. */
    public int cols() {
        return cols;
    }

    /** A copy of the entries, row-major. */
    public double[] toArray() {
        return a.clone();
    }

    /** A copy of the entries as an array of rows. */
    public double[][] toArray2d() {
        double[][] out = new double[rows][];
        for (int i = 0; i < rows; i++) {
            out[i] = Arrays.copyOfRange(a, i * cols, (i + 1) * cols);
        }
        return out;
    }

    double[] raw() {
        return a;
    }

    /** Row i as a vector. */
    public Vec row(int i) {
        if (i < 0 || i >= rows) {
            throw new IndexOutOfBoundsException("row " + i + " is out of range for " + rows + " rows");
        }
        return Vec.wrap(Arrays.copyOfRange(a, i * cols, (i + 1) * cols));
    }

    /** Column j as a vector. */
    public Vec column(int j) {
        if (j < 0 || j >= cols) {
            throw new IndexOutOfBoundsException("column " + j + " is out of range for " + cols + " columns");
        }
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            out[i] = a[i * cols + j];
        }
        return Vec.wrap(out);
    }

    /** The matrix–vector product this·w. */
    public Vec times(Vec w) {
        if (w.size() != cols) {
            throw new IllegalArgumentException("w has " + w.size() + " entries but the matrix has " + cols + " columns");
        }
        double[] wr = w.raw();
        double[] out = new double[rows];
        for (int i = 0; i < rows; i++) {
            double s = 0;
            int o = i * cols;
            for (int j = 0; j < cols; j++) {
                s += a[o + j] * wr[j];
            }
            out[i] = s;
        }
        return Vec.wrap(out);
    }

    /** The shape as numpy prints it, e.g. {@code (1000, 2)}. */
    public String shape() {
        return Repr.shape(rows, cols);
    }

    /** numpy's {@code str} of the array. */
    @Override
    public String toString() {
        return Repr.array2d(a, rows, cols);
    }

    /** Equal when the other is a Mat of the same shape with bit-identical entries. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Mat m && m.rows == rows && m.cols == cols && Arrays.equals(a, m.a);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(a);
    }
}
