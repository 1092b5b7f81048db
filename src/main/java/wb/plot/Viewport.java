package wb.plot;

/**
 * A figure seen through a window's view: the data rectangle [x0, x1] x [y0, y1] a user zoomed or
 * panned to. The figure is copied with those limits, and every series that holds a function
 * rather than fixed data is sampled again over the view, at its own number of points: a contour
 * or heatmap of {@code f} over the whole rectangle (so zooming in shows finer detail, and panning
 * past the original range shows more of {@code f}), a curve over the part of its own [a, b] in
 * view. Contour levels and a heatmap's colour range stay those of the figure as first shown, so
 * that a line keeps its value and a colour its meaning while the user explores.
 */
final class Viewport {
    private Viewport() {
    }

    /**
     * {@code home} as seen at the view [x0, x1] x [y0, y1] (both increasing).
     *
     * @throws RuntimeException whatever a function throws when it is sampled again
     */
    static Figure of(Figure home, double x0, double x1, double y0, double y1) {
        Figure f = home.copy().xlim(x0, x1).ylim(y0, y1);
        for (SeriesSpec s : f.series()) {
            if (s.fn2 != null && (s.kind == SeriesSpec.Kind.CONTOUR || s.kind == SeriesSpec.Kind.HEATMAP)) {
                if (s.kind == SeriesSpec.Kind.CONTOUR) {
                    s.levels = frozenLevels(s);
                } else {
                    s.vmin = s.vmin != null ? s.vmin : s.grid.min();
                    s.vmax = s.vmax != null ? s.vmax : s.grid.max();
                }
                s.x0 = x0;
                s.x1 = x1;
                s.y0 = y0;
                s.y1 = y1;
                s.grid = Surface.sample(s.fn2, x0, x1, y0, y1, s.points, s.points);
            } else if (s.fn != null && s.kind == SeriesSpec.Kind.LINE) {
                double a = Math.max(s.a, x0);
                double b = Math.min(s.b, x1);
                if (b > a) {
                    double[] x = Levels.linspace(a, b, s.points);
                    double[] y = new double[x.length];
                    for (int i = 0; i < x.length; i++) {
                        y[i] = s.fn.applyAsDouble(x[i]);
                    }
                    s.x = x;
                    s.y = y;
                }
            }
        }
        return f;
    }

    /** The levels the contour has at home, as explicit values, so that re-sampling never moves them. */
    private static Levels frozenLevels(SeriesSpec s) {
        double zmin = s.grid.min();
        if (Double.isNaN(zmin)) {
            return s.levels;
        }
        return Levels.explicit(s.levels.resolve(zmin, s.grid.max()));
    }
}
