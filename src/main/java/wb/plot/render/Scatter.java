package wb.plot.render;

/** Markers at the points (x[i], y[i]); circles unless a marker is chosen. */
public record Scatter(double[] x, double[] y, Look look) implements Series {

    /** Circles at fixed points, in the default style. */
    public static Scatter of(double[] x, double[] y) {
        return new Scatter(x, y, Look.DEFAULT);
    }

    @Override
    public Scatter with(Look look) {
        return new Scatter(x, y, look);
    }
}
