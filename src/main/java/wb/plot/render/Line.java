package wb.plot.render;

/**
 * A line through the points (x[i], y[i]), NaN breaking it, with optional markers; made from
 * arrays or sampled from a {@link CurveFunction} (then {@code function} is not null).
 */
public record Line(double[] x, double[] y, CurveFunction function, Look look)
        implements Series {

    /** A solid line through fixed points, in the default style. */
    public static Line of(double[] x, double[] y) {
        return new Line(x, y, null, Look.DEFAULT);
    }

    /** A solid line through {@code function} sampled over its whole range. */
    public static Line of(CurveFunction function) {
        return of(null, null).sampled(function, function.a(), function.b());
    }

    /** This line with its points replaced by {@code function} sampled over [lo, hi]. */
    public Line sampled(CurveFunction function, double lo, double hi) {
        double[][] xy = function.sample(lo, hi);
        return new Line(xy[0], xy[1], function, look);
    }

    @Override
    public Line with(Look look) {
        return new Line(x, y, function, look);
    }
}
