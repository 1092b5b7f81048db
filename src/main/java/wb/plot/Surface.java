package wb.plot;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import wb.plot.render.SurfaceData;
import wb.plot.render.Ticks;

/**
 * A surface sampled on a rectangular grid: {@code z[j][i]} is the value at {@code (x[i], y[j])},
 * rows along y as numpy's {@code meshgrid} lays them out. Coordinates strictly increase.
 */
public final class Surface {

    private final SurfaceData data;

    private Surface(SurfaceData data) {
        this.data = data;
    }

    /**
     * A grid from coordinates and values; {@code z} has {@code y.length} rows of {@code x.length}
     * values. The arrays are copied.
     *
     * @throws IllegalArgumentException if the shapes disagree, a coordinate array has fewer than
     *     two values or does not strictly increase
     */
    public static Surface of(double[] x, double[] y, double[][] z) {
        check("x", x);
        check("y", y);
        if (z == null || z.length != y.length) {
            throw new IllegalArgumentException("surface: z must have one row per y value (" + y.length + " rows), got "
                    + (z == null ? "null" : z.length + " rows"));
        }
        double[][] zc = new double[z.length][];
        for (int j = 0; j < z.length; j++) {
            if (z[j] == null || z[j].length != x.length) {
                throw new IllegalArgumentException("surface: z row " + j + " must have one value per x value (" + x.length
                        + "), got " + (z[j] == null ? "null" : z[j].length));
            }
            zc[j] = z[j].clone();
        }
        return new Surface(new SurfaceData(x.clone(), y.clone(), zc));
    }

    /**
     * {@code f} sampled at {@code nx x ny} evenly spaced points of [x0, x1] x [y0, y1], ends
     * included (numpy's {@code linspace} and {@code meshgrid}). Checks for interruption every row.
     */
    public static Surface sample(DoubleBinaryOperator f, double x0, double x1, double y0, double y1, int nx, int ny) {
        check(f, x0, x1, y0, y1, nx, ny);
        return new Surface(SurfaceData.sample(f, x0, x1, y0, y1, nx, ny));
    }

    /** Checks what {@link #sample} is given: a function, finite increasing ranges, at least 2 x 2 points. */
    static void check(DoubleBinaryOperator f, double x0, double x1, double y0, double y1, int nx, int ny) {
        if (f == null) {
            throw new IllegalArgumentException("surface: the function is null");
        }
        range("x", x0, x1);
        range("y", y0, y1);
        if (nx < 2 || ny < 2) {
            throw new IllegalArgumentException("surface: expected at least 2 x 2 points, got " + nx + " x " + ny);
        }
    }

    static void range(String axis, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
            throw new IllegalArgumentException(axis + " range: expected finite " + axis + "0 < " + axis + "1, got ["
                    + Ticks.number(lo, 6) + ", " + Ticks.number(hi, 6) + "]");
        }
        if (!Double.isFinite(hi - lo)) {
            // A figure's axes, ticks and pixels are computed from the width; drawn, this one came out empty.
            throw new IllegalArgumentException(axis + " range: [" + Ticks.number(lo, 6) + ", " + Ticks.number(hi, 6)
                    + "] is wider than the largest double (" + axis + "1 − " + axis + "0 overflows); a figure"
                    + " can show a range up to about 1.7e308 wide, e.g. [-8e307, 8e307]");
        }
    }

    private static void check(String name, double[] v) {
        if (v == null || v.length < 2) {
            throw new IllegalArgumentException("surface: " + name + " needs at least 2 coordinates, got "
                    + (v == null ? "null" : v.length));
        }
        for (int i = 1; i < v.length; i++) {
            if (!(v[i] > v[i - 1])) {
                throw new IllegalArgumentException("surface: " + name + " must strictly increase, but " + name + "[" + i
                        + "] = " + Ticks.number(v[i], 6) + " follows " + Ticks.number(v[i - 1], 6));
            }
        }
    }

    /** The surface's values, as figures hold them. */
    SurfaceData data() {
        return data;
    }

    /** The smallest finite value, NaN if there is none. */
    public double min() {
        return data.min();
    }

    /** The largest finite value, NaN if there is none. */
    public double max() {
        return data.max();
    }

    @Override
    public String toString() {
        double[] x = data.x();
        double[] y = data.y();
        return "Surface[" + x.length + " x " + y.length + ", x " + Arrays.toString(new String[] {Ticks.number(x[0], 4),
                Ticks.number(x[x.length - 1], 4)}) + ", y " + Arrays.toString(new String[] {Ticks.number(y[0], 4),
                Ticks.number(y[y.length - 1], 4)}) + "]";
    }
}
