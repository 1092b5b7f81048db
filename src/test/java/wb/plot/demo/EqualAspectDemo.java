package wb.plot.demo;

import wb.plot.Figure;

/** With an equal aspect ratio a circle of the data is a circle on the page. */
public final class EqualAspectDemo implements Demo {
    @Override
    public Figure figure() {
        return new Figure().name("equal-aspect").contour((a, b) -> a * a + b * b, -3, 3, -1.5, 1.5).levels(1, 2).cmap("plasma")
                .equalAspect().xlabel("w\u2081").ylabel("w\u2082");
    }
}
