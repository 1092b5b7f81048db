package wb.plot.demo;

import wb.plot.Figure;

/** Two surfaces in one figure, as the notebook overlays MSE and the L2 penalty. */
public final class TwoSurfacesDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("two-surfaces")
                .contour((a, b) -> (a - 4) * (a - 4) + 2 * (b - 1.5) * (b - 1.5), -7, 7, -7, 7).cmap("inferno").spread(10, 0.1)
                .point(4, 1.5).color("black").label("min MSE")
                .contour((a, b) -> 500 * (a * a + b * b), -7, 7, -7, 7).cmap("Blues").spread(10, 0.1)
                .point(1.9, 0.7).marker("x").color("red").markerSize(10).label("min J").xlabel("$w_{1}$").ylabel("$w_{2}$");
    }
}
