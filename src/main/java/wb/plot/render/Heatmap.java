package wb.plot.render;

import java.awt.Color;

/**
 * A surface filled cell by cell with a colormap's colours (viridis unless set) over
 * [vmin, vmax] (the surface's range unless set); made from values or sampled from a
 * {@link SurfaceFunction} (then {@code function} is not null).
 */
public record Heatmap(SurfaceData data, SurfaceFunction function, Look look) implements Series {

    /** A heatmap of {@code data} in the default style. */
    public static Heatmap of(SurfaceData data, SurfaceFunction function) {
        return new Heatmap(data, function, Look.DEFAULT);
    }

    /** This heatmap with its surface replaced by {@code function}'s values. */
    public Heatmap sampled(SurfaceFunction function) {
        return new Heatmap(function.sample(), function, look);
    }

    @Override
    public Heatmap with(Look look) {
        return new Heatmap(data, function, look);
    }

    /** Null, whatever was set: a heatmap's colours come from its colormap. */
    @Override
    public Color color() {
        return null;
    }

    /** The value the colormap starts at, or null for the surface's minimum. */
    public Double vmin() {
        return look.get(Look.VMIN);
    }

    /** The value the colormap ends at, or null for the surface's maximum. */
    public Double vmax() {
        return look.get(Look.VMAX);
    }
}
