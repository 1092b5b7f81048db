package wb.plot.render;

import java.util.List;

/**
 * What a figure is at one moment: its series and options, immutable. {@link wb.plot.Figure}'s
 * builder makes one on request; painters, files, windows and the terminal read it, so no
 * renderer has to copy a figure to keep it from changing under it.
 *
 * @param name          the figure's name (windows and numbered files are keyed by it)
 * @param series        the series in the order they were added
 * @param xlim          the x range fixed by the user, {lo, hi}, or null
 * @param ylim          the y range fixed by the user, {lo, hi}, or null
 * @param legend        whether the user asked for the legend (true), against it (false), or neither (null)
 */
public record FigureSpec(String name, List<Series> series, String title, String xlabel, String ylabel,
                         double[] xlim, double[] ylim, boolean logx, boolean logy, boolean equalAspect, boolean grid,
                         Boolean legend, Legend.Location legendLocation, int width, int height, double dpi) {

    public FigureSpec {
        series = List.copyOf(series);
    }

    /** Whether the legend is drawn: as the user said, else as soon as a series has a label. */
    public boolean legendShown() {
        if (legend != null) {
            return legend;
        }
        for (Series s : series) {
            if (s.labelled()) {
                return true;
            }
        }
        return false;
    }

    /** This figure limited to [x0, x1] x [y0, y1] with {@code series} in place of its own (a window's view). */
    public FigureSpec viewed(double x0, double x1, double y0, double y1, List<Series> series) {
        return new FigureSpec(name, series, title, xlabel, ylabel, new double[] {x0, x1}, new double[] {y0, y1}, logx,
                logy, equalAspect, grid, legend, legendLocation, width, height, dpi);
    }

    /** The title, or the name when there is none (window and chart titles). */
    public String titleOrName() {
        return title != null ? title : name;
    }

    /** A one-line summary, e.g. {@code Figure[ls: line 'LS', scatter 'min']}. */
    public String summary() {
        StringBuilder b = new StringBuilder("Figure[").append(name).append(':');
        for (int i = 0; i < series.size(); i++) {
            b.append(i == 0 ? " " : ", ").append(series.get(i).describe());
        }
        if (series.isEmpty()) {
            b.append(" empty");
        }
        return b.append(']').toString();
    }
}
