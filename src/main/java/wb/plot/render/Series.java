package wb.plot.render;

import java.awt.Color;

/**
 * One series of a figure's description, as the user built it: its data (sampled when added) and
 * its style. Immutable: a builder call makes a new series through a {@code with...} method.
 * Unset numeric options are NaN and unset objects null, resolved to matplotlib's defaults when
 * the figure is drawn ({@link Scene}).
 */
public sealed interface Series permits Line, Scatter, Contour, Heatmap {

    /** The name the legend shows, or null. */
    String label();

    /** The colour the user chose, or null for the default. */
    Color color();

    /** The opacity, 0 to 1. */
    double alpha();

    /** The kind, as errors name it: {@code "line"}, {@code "scatter"}, {@code "contour"}, {@code "heatmap"}. */
    String kind();

    /** This series named {@code label}. */
    Series withLabel(String label);

    /** This series in {@code color}. */
    Series withColor(Color color);

    /** This series at opacity {@code alpha}. */
    Series withAlpha(double alpha);

    /** Whether the legend shows this series. */
    default boolean labelled() {
        return label() != null && !label().isEmpty();
    }

    /** The kind and the label, as a figure's summary and errors show it: {@code line 'LS'}. */
    default String describe() {
        return label() == null ? kind() : kind() + " '" + label() + "'";
    }

    /** A series drawn with markers: lines and scatters. */
    interface Marked {
        /** The marker, or null (a line without markers; a scatter's circle). */
        Marker marker();

        /** This series with {@code marker}. */
        Series withMarker(Marker marker);

        /** This series with markers {@code points} wide. */
        Series withMarkerSize(double points);
    }

    /** A series with a stroke width: lines, contours, and the edges of a scatter's open markers. */
    interface Stroked {
        /** This series drawn {@code points} wide. */
        Series withLineWidth(double points);
    }

    /** A series drawn with a dash pattern: lines and contours. */
    interface Dashed {
        /** This series with the dash pattern {@code style} ({@code "-"}, {@code "--"}, ...). */
        Series withLineStyle(String style);
    }

    /** A series coloured by a colormap: contours and heatmaps. */
    interface Mapped {
        /** This series coloured by {@code cmap}. */
        Series withCmap(Colormap cmap);

        /** This series with a colour bar beside the plot. */
        Series withColorbar();
    }
}
