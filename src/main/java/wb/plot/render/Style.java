package wb.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The figure theme: matplotlib's default look (its {@code classic}-free rcParams) in points, and
 * the conversion to pixels at a resolution ({@code px = pt * dpi / 72}).
 */
public final class Style {

    public static final Color BACKGROUND = Color.WHITE;
    static final Color FOREGROUND = Color.BLACK;
    static final Color GRID = new Color(0xb0b0b0);
    static final Color LEGEND_EDGE = new Color(0xcccccc);
    static final Color LEGEND_FACE = new Color(255, 255, 255, 204);

    static final double FONT = 10;
    static final double TITLE_FONT = 12;
    static final double SPINE_WIDTH = 0.8;
    static final double TICK_LENGTH = 3.5;
    static final double MINOR_TICK_LENGTH = 2;
    static final double TICK_WIDTH = 0.8;
    static final double MINOR_TICK_WIDTH = 0.6;
    static final double TICK_PAD = 3.5;
    static final double LABEL_PAD = 4;
    static final double TITLE_PAD = 6;
    /** Room a row of x tick labels takes below the ticks, in ems. */
    static final double TICK_LABEL_EM = 1.0;
    static final double GRID_WIDTH = 0.8;
    static final double LINE_WIDTH = 1.5;
    static final double CONTOUR_WIDTH = 1.5;
    static final double MARKER_SIZE = 6;
    static final double MARKER_EDGE = 1.0;
    static final double MARGIN = 0.05;
    static final double BAR_WIDTH = 13;
    static final double BAR_PAD = 14;
    /** matplotlib's figure.subplot.left/right/bottom/top. */
    static final double LEFT = 0.125;
    static final double RIGHT = 0.9;
    static final double BOTTOM = 0.11;
    static final double TOP = 0.88;

    /** Pixels per point at the figure's resolution. */
    final double px;

    Style(double dpi) {
        this.px = dpi / 72.0;
    }

    double px(double points) {
        return points * px;
    }

    /**
     * The stroke for a line {@code widthPx} wide in a matplotlib dash style ({@code "-"},
     * {@code "--"}, {@code ":"}, {@code "-."}); dash lengths scale with the width as in matplotlib.
     *
     * @throws IllegalArgumentException for an unknown style
     */
    public static BasicStroke dash(String style, double widthPx) {
        float w = (float) widthPx;
        float[] pattern;
        switch (style == null ? "" : style) {
            case "-":
            case "solid":
            case "":
                return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
            case "--":
            case "dashed":
                pattern = new float[] {3.7f * w, 1.6f * w};
                break;
            case ":":
            case "dotted":
                pattern = new float[] {1f * w, 1.65f * w};
                break;
            case "-.":
            case "dashdot":
                pattern = new float[] {6.4f * w, 1.6f * w, 1f * w, 1.6f * w};
                break;
            default:
                throw new IllegalArgumentException("lineStyle: unknown style \"" + style
                        + "\"; expected \"-\" (solid), \"--\" (dashed), \":\" (dotted) or \"-.\" (dash-dot)");
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern, 0f);
    }
}
