package wb.plot.render;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

/**
 * How a series is drawn, as the user styled it: the value of each {@link Option} the user set,
 * the option's default for the others. Immutable: {@link #with} makes a new look, so one method
 * restyles every kind of series instead of a copy method per option and kind.
 */
public final class Look {

    /**
     * One style option, known by its name; unset it reads as {@code unset}. Which kinds of series
     * accept it is the figure builder's check.
     */
    public static final class Option<T> {
        private final String name;
        private final T unset;

        private Option(String name, T unset) {
            this.name = name;
            this.unset = unset;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** The name the legend shows; null for none. */
    public static final Option<String> LABEL = new Option<>("label", null);
    /** The colour; null for the default (the colour cycle, or a colormap's). */
    public static final Option<Color> COLOR = new Option<>("color", null);
    /** The opacity, 0 to 1. */
    public static final Option<Double> ALPHA = new Option<>("alpha", 1.0);
    /** The marker; null for none (a line) or circles (a scatter). */
    public static final Option<Marker> MARKER = new Option<>("marker", null);
    /** The marker width in points; NaN for the default. */
    public static final Option<Double> MARKER_SIZE = new Option<>("markerSize", Double.NaN);
    /** The stroke width in points; NaN for the default. */
    public static final Option<Double> LINE_WIDTH = new Option<>("lineWidth", Double.NaN);
    /** The dash pattern, as {@link Style#dash} reads it. */
    public static final Option<String> LINE_STYLE = new Option<>("lineStyle", "-");
    /** The colormap; null for viridis. */
    public static final Option<Colormap> CMAP = new Option<>("cmap", null);
    /** Whether a colour bar is drawn beside the plot. */
    public static final Option<Boolean> COLORBAR = new Option<>("colorbar", false);
    /** A contour's levels: seven round ones unless set. */
    public static final Option<Levels> LEVELS = new Option<>("levels", Levels.count(7));
    /** Whether a contour's levels are written on its lines. */
    public static final Option<Boolean> LEVEL_LABELS = new Option<>("levelLabels", false);
    /** The value a heatmap's colormap starts at; null for the surface's minimum. */
    public static final Option<Double> VMIN = new Option<>("vmin", null);
    /** The value a heatmap's colormap ends at; null for the surface's maximum. */
    public static final Option<Double> VMAX = new Option<>("vmax", null);

    /** No option set. */
    public static final Look DEFAULT = new Look(Map.of());

    /** The options set, by identity (each option is one constant); values may be null. */
    private final Map<Option<?>, Object> set;

    private Look(Map<Option<?>, Object> set) {
        this.set = set;
    }

    /** The value of {@code option}: as set, else its default. */
    @SuppressWarnings("unchecked") // with() puts only a T under an Option<T>
    public <T> T get(Option<T> option) {
        return set.containsKey(option) ? (T) set.get(option) : option.unset;
    }

    /** This look with {@code option} set to {@code value}. */
    public <T> Look with(Option<T> option, T value) {
        Map<Option<?>, Object> copy = new HashMap<>(set);
        copy.put(option, value);
        return new Look(copy);
    }
}
