package wb.plot.render;

import java.awt.Color;

/**
 * A surface filled cell by cell with a colormap's colours (viridis unless set) over
 * [vmin, vmax] (the surface's range unless set); made from values or sampled from a
 * {@link SurfaceFunction} (then {@code function} is not null).
 */
public record Heatmap(SurfaceData data, SurfaceFunction function, String label, double alpha, Colormap cmap,
                      boolean colorbar, Double vmin, Double vmax) implements Series, Series.Mapped {

    /** A heatmap of {@code data} in the default style. */
    public static Heatmap of(SurfaceData data, SurfaceFunction function) {
        return new Heatmap(data, function, null, 1, null, false, null, null);
    }

    /** This heatmap with its surface replaced by {@code function}'s values. */
    public Heatmap sampled(SurfaceFunction function) {
        return new Heatmap(function.sample(), function, label, alpha, cmap, colorbar, vmin, vmax);
    }

    @Override
    public String kind() {
        return "heatmap";
    }

    /** Null: a heatmap's colours come from its colormap. */
    @Override
    public Color color() {
        return null;
    }

    @Override
    public Heatmap withLabel(String label) {
        return new Heatmap(data, function, label, alpha, cmap, colorbar, vmin, vmax);
    }

    /** This heatmap unchanged: its colours come from its colormap. */
    @Override
    public Heatmap withColor(Color color) {
        return this;
    }

    @Override
    public Heatmap withAlpha(double alpha) {
        return new Heatmap(data, function, label, alpha, cmap, colorbar, vmin, vmax);
    }

    @Override
    public Heatmap withCmap(Colormap cmap) {
        return new Heatmap(data, function, label, alpha, cmap, colorbar, vmin, vmax);
    }

    @Override
    public Heatmap withColorbar() {
        return new Heatmap(data, function, label, alpha, cmap, true, vmin, vmax);
    }

    /** This heatmap with its colormap spanning [vmin, vmax]. */
    public Heatmap withRange(double vmin, double vmax) {
        return new Heatmap(data, function, label, alpha, cmap, colorbar, vmin, vmax);
    }
}
