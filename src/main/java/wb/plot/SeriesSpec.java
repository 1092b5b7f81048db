package wb.plot;

import java.awt.Color;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * One series of a figure as the user described it: its kind, its data (sampled when added) and
 * its style options. Mutable only through {@link Figure}'s builder methods; copied by
 * {@link Figure#copy()}.
 */
final class SeriesSpec {

    enum Kind { LINE, SCATTER, CONTOUR, HEATMAP }

    final Kind kind;
    // LINE / SCATTER
    double[] x;
    double[] y;
    DoubleUnaryOperator fn;
    double a;
    double b;
    // CONTOUR / HEATMAP
    Surface grid;
    DoubleBinaryOperator fn2;
    double x0;
    double x1;
    double y0;
    double y1;
    int points;

    String label;
    Color color;
    double alpha = 1;
    Marker marker;
    double markerSize = Double.NaN;
    double lineWidth = Double.NaN;
    String lineStyle = "-";
    Colormap cmap;
    Levels levels = Levels.count(7);
    boolean levelLabels;
    boolean colorbar;
    Double vmin;
    Double vmax;

    SeriesSpec(Kind kind) {
        this.kind = kind;
    }

    SeriesSpec copy() {
        SeriesSpec s = new SeriesSpec(kind);
        s.x = x;
        s.y = y;
        s.fn = fn;
        s.a = a;
        s.b = b;
        s.grid = grid;
        s.fn2 = fn2;
        s.x0 = x0;
        s.x1 = x1;
        s.y0 = y0;
        s.y1 = y1;
        s.points = points;
        s.label = label;
        s.color = color;
        s.alpha = alpha;
        s.marker = marker;
        s.markerSize = markerSize;
        s.lineWidth = lineWidth;
        s.lineStyle = lineStyle;
        s.cmap = cmap;
        s.levels = levels;
        s.levelLabels = levelLabels;
        s.colorbar = colorbar;
        s.vmin = vmin;
        s.vmax = vmax;
        return s;
    }

    String describe() {
        String k = kind.name().toLowerCase(java.util.Locale.ROOT);
        return label == null ? k : k + " '" + label + "'";
    }
}
