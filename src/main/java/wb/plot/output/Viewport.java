package wb.plot.output;

import java.util.ArrayList;
import java.util.List;
import wb.plot.render.Contour;
import wb.plot.render.FigureSpec;
import wb.plot.render.Heatmap;
import wb.plot.render.Levels;
import wb.plot.render.Line;
import wb.plot.render.Look;
import wb.plot.render.Series;
import wb.plot.render.SurfaceData;

/**
 * A figure seen through a window's view: the data rectangle [x0, x1] x [y0, y1] a user zoomed or
 * panned to. The figure is described anew with those limits, and every series that holds a
 * function rather than fixed data is sampled again over the view, at its own number of points: a
 * contour or heatmap of {@code f} over the whole rectangle (so zooming in shows finer detail, and
 * panning past the original range shows more of {@code f}), a curve over the part of its own
 * [a, b] in view. Contour levels and a heatmap's colour range stay those of the figure as first
 * shown, so that a line keeps its value and a colour its meaning while the user explores.
 */
final class Viewport {
    private Viewport() {
    }

    /**
     * {@code home} as seen at the view [x0, x1] x [y0, y1] (both increasing).
     *
     * @throws RuntimeException whatever a function throws when it is sampled again
     */
    static FigureSpec of(FigureSpec home, double x0, double x1, double y0, double y1) {
        List<Series> series = new ArrayList<>();
        for (Series s : home.series()) {
            series.add(viewed(s, x0, x1, y0, y1));
        }
        return home.viewed(x0, x1, y0, y1, series);
    }

    private static Series viewed(Series s, double x0, double x1, double y0, double y1) {
        if (s instanceof Contour c && c.function() != null) {
            return c.with(c.look().with(Look.LEVELS, frozenLevels(c))).sampled(c.function().over(x0, x1, y0, y1));
        }
        if (s instanceof Heatmap h && h.function() != null) {
            SurfaceData home = h.data();
            Look range = h.look().with(Look.VMIN, h.vmin() != null ? h.vmin() : home.min())
                    .with(Look.VMAX, h.vmax() != null ? h.vmax() : home.max());
            Heatmap fixed = h.with(range);
            return fixed.sampled(h.function().over(x0, x1, y0, y1));
        }
        if (s instanceof Line l && l.function() != null) {
            double a = Math.max(l.function().a(), x0);
            double b = Math.min(l.function().b(), x1);
            if (b > a) {
                return l.sampled(l.function(), a, b);
            }
        }
        return s;
    }

    /** The levels the contour has at home, as explicit values, so that re-sampling never moves them. */
    private static Levels frozenLevels(Contour c) {
        double zmin = c.data().min();
        if (Double.isNaN(zmin)) {
            return c.levels();
        }
        return Levels.explicit(c.levels().resolve(zmin, c.data().max()));
    }
}
