package wb.plot.render;

import java.awt.Color;

/**
 * A line through the points (x[i], y[i]), NaN breaking it, with optional markers; made from
 * arrays or sampled from a {@link CurveFunction} (then {@code function} is not null).
 */
public record Line(double[] x, double[] y, CurveFunction function, String label, Color color, double alpha,
                   Marker marker, double markerSize, double lineWidth, String lineStyle)
        implements Series, Series.Marked, Series.Stroked, Series.Dashed {

    /** A solid line through fixed points, in the default style. */
    public static Line of(double[] x, double[] y) {
        return new Line(x, y, null, null, null, 1, null, Double.NaN, Double.NaN, "-");
    }

    /** A solid line through {@code function} sampled over its whole range. */
    public static Line of(CurveFunction function) {
        return of(null, null).sampled(function, function.a(), function.b());
    }

    /** This line with its points replaced by {@code function} sampled over [lo, hi]. */
    public Line sampled(CurveFunction function, double lo, double hi) {
        double[][] xy = function.sample(lo, hi);
        return new Line(xy[0], xy[1], function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }

    @Override
    public String kind() {
        return "line";
    }

    @Override
    public Line withLabel(String label) {
        return new Line(x, y, function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }

    @Override
    public Line withColor(Color color) {
        return new Line(x, y, function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }

    @Override
    public Line withAlpha(double alpha) {
        return new Line(x, y, function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }

    @Override
    public Line withMarker(Marker marker) {
        return new Line(x, y, function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }

    /** As for matplotlib's {@code plot(..., markersize=)}: a line without a marker gets circles. */
    @Override
    public Line withMarkerSize(double markerSize) {
        Marker m = marker == null ? Marker.CIRCLE : marker;
        return new Line(x, y, function, label, color, alpha, m, markerSize, lineWidth, lineStyle);
    }

    @Override
    public Line withLineWidth(double lineWidth) {
        return new Line(x, y, function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }

    @Override
    public Line withLineStyle(String lineStyle) {
        return new Line(x, y, function, label, color, alpha, marker, markerSize, lineWidth, lineStyle);
    }
}
