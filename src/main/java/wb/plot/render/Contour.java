package wb.plot.render;

import java.awt.Color;

/**
 * The contour lines of a surface at its {@link Levels}, coloured by a colormap (viridis unless
 * set) or one colour; made from values or sampled from a {@link SurfaceFunction} (then
 * {@code function} is not null).
 */
public record Contour(SurfaceData data, SurfaceFunction function, String label, Color color, double alpha,
                      double lineWidth, String lineStyle, Colormap cmap, Levels levels, boolean levelLabels,
                      boolean colorbar) implements Series, Series.Stroked, Series.Dashed, Series.Mapped {

    /** Seven round levels of {@code data}, solid, in the default style. */
    public static Contour of(SurfaceData data, SurfaceFunction function) {
        return new Contour(data, function, null, null, 1, Double.NaN, "-", null, Levels.count(7), false, false);
    }

    /** This contour with its surface replaced by {@code function}'s values. */
    public Contour sampled(SurfaceFunction function) {
        return new Contour(function.sample(), function, label, color, alpha, lineWidth, lineStyle, cmap, levels,
                levelLabels, colorbar);
    }

    @Override
    public String kind() {
        return "contour";
    }

    @Override
    public Contour withLabel(String label) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    @Override
    public Contour withColor(Color color) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    @Override
    public Contour withAlpha(double alpha) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    @Override
    public Contour withLineWidth(double lineWidth) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    @Override
    public Contour withLineStyle(String lineStyle) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    @Override
    public Contour withCmap(Colormap cmap) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    @Override
    public Contour withColorbar() {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, true);
    }

    /** This contour at {@code levels}. */
    public Contour withLevels(Levels levels) {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, levelLabels, colorbar);
    }

    /** This contour with each level's value written on its lines. */
    public Contour withLevelLabels() {
        return new Contour(data, function, label, color, alpha, lineWidth, lineStyle, cmap, levels, true, colorbar);
    }
}
