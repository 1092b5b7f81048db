package wb.plot.render;

/**
 * The contour lines of a surface at its {@link Levels}, coloured by a colormap (viridis unless
 * set) or one colour; made from values or sampled from a {@link SurfaceFunction} (then
 * {@code function} is not null).
 */
public record Contour(SurfaceData data, SurfaceFunction function, Look look)
        implements Series {

    /** Seven round levels of {@code data}, solid, in the default style. */
    public static Contour of(SurfaceData data, SurfaceFunction function) {
        return new Contour(data, function, Look.DEFAULT);
    }

    /** This contour with its surface replaced by {@code function}'s values. */
    public Contour sampled(SurfaceFunction function) {
        return new Contour(function.sample(), function, look);
    }

    @Override
    public Contour with(Look look) {
        return new Contour(data, function, look);
    }

    /** The levels the lines are drawn at. */
    public Levels levels() {
        return look.get(Look.LEVELS);
    }

    /** Whether each level's value is written on its lines. */
    public boolean levelLabels() {
        return look.get(Look.LEVEL_LABELS);
    }
}
