package wb.plot.render;

import java.awt.Color;

/** Markers at the points (x[i], y[i]); circles unless a marker is chosen. */
public record Scatter(double[] x, double[] y, String label, Color color, double alpha, Marker marker,
                      double markerSize, double lineWidth) implements Series, Series.Marked, Series.Stroked {

    /** Circles at fixed points, in the default style. */
    public static Scatter of(double[] x, double[] y) {
        return new Scatter(x, y, null, null, 1, null, Double.NaN, Double.NaN);
    }

    @Override
    public String kind() {
        return "scatter";
    }

    @Override
    public Scatter withLabel(String label) {
        return new Scatter(x, y, label, color, alpha, marker, markerSize, lineWidth);
    }

    @Override
    public Scatter withColor(Color color) {
        return new Scatter(x, y, label, color, alpha, marker, markerSize, lineWidth);
    }

    @Override
    public Scatter withAlpha(double alpha) {
        return new Scatter(x, y, label, color, alpha, marker, markerSize, lineWidth);
    }

    @Override
    public Scatter withMarker(Marker marker) {
        return new Scatter(x, y, label, color, alpha, marker, markerSize, lineWidth);
    }

    @Override
    public Scatter withMarkerSize(double markerSize) {
        return new Scatter(x, y, label, color, alpha, marker, markerSize, lineWidth);
    }

    @Override
    public Scatter withLineWidth(double lineWidth) {
        return new Scatter(x, y, label, color, alpha, marker, markerSize, lineWidth);
    }
}
