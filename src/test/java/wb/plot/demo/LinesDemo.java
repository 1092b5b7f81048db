package wb.plot.demo;

import wb.plot.Figure;

/** Labelled curves from functions and from arrays, with a title and axis labels. */
public final class LinesDemo implements Demo {
    @Override
    public Figure figure() {
        double[] x = {-3, -1, 0, 2, 3};
        double[] y = {4, 0.5, 0, 3, 8};
        return new Figure().name("lines").fn(w -> w * w, -3, 3).label("w\u00b2").fn(Math::exp, -3, 2).label("e^w")
                .line(x, y).label("measured").marker("o").title("Curves").xlabel("w").ylabel("loss");
    }
}
