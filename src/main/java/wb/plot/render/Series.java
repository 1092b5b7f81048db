package wb.plot.render;

import java.awt.Color;
import java.util.Locale;

/**
 * One series of a figure's description, as the user built it: its data (sampled when added) and
 * its {@link Look}. Immutable: a builder call makes a new series through {@link #with(Look)}.
 * Unset numeric options are NaN and unset objects null, resolved to matplotlib's defaults when
 * the figure is drawn ({@link Scene}).
 */
public sealed interface Series permits Line, Scatter, Contour, Heatmap {

    /** How the series is drawn, as the user styled it. */
    Look look();

    /** This series drawn as {@code look} says. */
    Series with(Look look);

    /**
     * The kind, as errors name it: {@code "line"}, {@code "scatter"}, {@code "contour"},
     * {@code "heatmap"}, the record's name as the figure builder's checks spell it.
     */
    default String kind() {
        return getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    /** The name the legend shows, or null. */
    default String label() {
        return look().get(Look.LABEL);
    }

    /** The colour the user chose, or null for the default. */
    default Color color() {
        return look().get(Look.COLOR);
    }

    /** The opacity, 0 to 1. */
    default double alpha() {
        return look().get(Look.ALPHA);
    }

    /** Whether the legend shows this series. */
    default boolean labelled() {
        return label() != null && !label().isEmpty();
    }

    /** The kind and the label, as a figure's summary and errors show it: {@code line 'LS'}. */
    default String describe() {
        return label() == null ? kind() : kind() + " '" + label() + "'";
    }
}
