package wb.plot.demo;

import wb.plot.Figure;

/** Contour lines with round levels, a colormap, level labels and a colour bar. */
public final class ContourDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("contour").contour((a, b) -> a * a + 3 * b * b + a * b, -3, 3, -2, 2).levels(8)
                .cmap("viridis").clabel().colorbar().point(0, 0).color("black").label("minimum").xlabel("w_1").ylabel("w_2");
    }
}
