package wb.plot.demo;

import wb.plot.Figure;

/** A filled heatmap with its colour bar and contour lines on top. */
public final class HeatmapDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("heatmap").heatmap((a, b) -> Math.sin(a) * Math.cos(b), -3, 3, -3, 3).cmap("viridis").colorbar()
                .contour((a, b) -> Math.sin(a) * Math.cos(b), -3, 3, -3, 3).levels(-0.5, 0, 0.5).color("white").grid(false);
    }
}
