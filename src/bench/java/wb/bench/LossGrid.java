package wb.bench;

import wb.numeric.Grid;
import wb.numeric.Vec;

/**
 * The grid both loss-grid benchmarks evaluate: 100×100 points over (w₁, w₂) ∈ [−7, 7]², other
 * weights 0; for N = 1 the 10,000 points are w = w₁ + w₂/100.
 */
final class LossGrid {

    private LossGrid() {
    }

    /** A fresh 100×100 grid over [−7, 7]². */
    static Grid grid() {
        Vec axis = Grid.linspace(-7, 7, 100);
        return Grid.of(axis, axis);
    }

    /** The weights of N features that the grid point (a, b) stands for. */
    static double[] point(int n, double a, double b) {
        double[] w = new double[n];
        if (n == 1) {
            w[0] = a + b / 100;
        } else {
            w[0] = a;
            w[1] = b;
        }
        return w;
    }
}
