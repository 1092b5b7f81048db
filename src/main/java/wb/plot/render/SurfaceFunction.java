package wb.plot.render;

import java.util.function.DoubleBinaryOperator;

/**
 * The function a contour or heatmap was sampled from: {@code f} over [x0, x1] x [y0, y1] on a
 * {@code points x points} grid, kept so that the surface can be sampled again at another count
 * or over a window's view.
 */
public record SurfaceFunction(DoubleBinaryOperator f, double x0, double x1, double y0, double y1, int points) {

    /** The same function at {@code n x n} points. */
    public SurfaceFunction withPoints(int n) {
        return new SurfaceFunction(f, x0, x1, y0, y1, n);
    }

    /** The same function over another rectangle. */
    public SurfaceFunction over(double x0, double x1, double y0, double y1) {
        return new SurfaceFunction(f, x0, x1, y0, y1, points);
    }

    /** The function's values on its grid. */
    public SurfaceData sample() {
        return SurfaceData.sample(f, x0, x1, y0, y1, points, points);
    }
}
