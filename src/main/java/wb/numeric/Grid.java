package wb.numeric;

import java.util.function.DoubleBinaryOperator;
import wb.numeric.kernel.ComputationInterruptedException;
import wb.numeric.kernel.Spacing;

/**
 * A 2-D grid of points (w₁, w₂) for contour plots, as numpy's {@code meshgrid(w1, w2)}: row i
 * holds w₂ = ys[i], column j holds w₁ = xs[j].
 * Example: {@code Grid.of(linspace(-7, 7, 100), linspace(-7, 7, 100)).map((a, b) -> mse(a, b))}.
 */
public final class Grid {
    private final double[] xs;
    private final double[] ys;

    private Grid(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /** The grid of all (xs[j], ys[i]); both must be non-empty. */
    public static Grid of(Vec xs, Vec ys) {
        if (xs.size() == 0 || ys.size() == 0) {
            throw new IllegalArgumentException("grid axes must not be empty, but got " + xs.size() + " and "
                    + ys.size() + " values");
        }
        return new Grid(xs.toArray(), ys.toArray());
    }

    /** The w₁ values (columns). */
    public Vec xs() {
        return Vec.of(xs);
    }

    /** The w₂ values (rows). */
    public Vec ys() {
        return Vec.of(ys);
    }

    /** Z with Z[i][j] = f(xs[j], ys[i]), a ys.size() × xs.size() matrix; stops between rows when interrupted. */
    public Mat map(DoubleBinaryOperator f) {
        double[] z = new double[xs.length * ys.length];
        for (int i = 0; i < ys.length; i++) {
            // every row: a row of an expensive function (an MSE over a large data set) takes long
            ComputationInterruptedException.check("grid evaluation");
            for (int j = 0; j < xs.length; j++) {
                z[i * xs.length + j] = f.applyAsDouble(xs[j], ys[i]);
            }
        }
        return Mat.wrap(z, ys.length, xs.length);
    }

    /**
     * n evenly spaced values from a to b inclusive, as numpy's {@code linspace(a, b, n)}:
     * a + i·(b − a)/(n − 1), with the last value exactly b.
     */
    public static Vec linspace(double a, double b, int n) {
        return Vec.wrap(Spacing.linspace(a, b, n));
    }

    /**
     * n values evenly spaced on a log scale from 10^a to 10^b, as numpy's {@code logspace}:
     * 10^(a + i·(b − a)/(n − 1)); the grid for λ sweeps.
     */
    public static Vec logspace(double a, double b, int n) {
        return Vec.wrap(Spacing.logspace(a, b, n));
    }

    @Override
    public String toString() {
        return "Grid(" + ys.length + " × " + xs.length + ")";
    }
}
