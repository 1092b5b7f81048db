package wb.plot.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import wb.numeric.kernel.ComputationInterruptedException;

/**
 * A figure resolved for drawing: its series turned into polylines, markers and images in data
 * coordinates with their final colours (the default cycle, colormap levels), the legend entries,
 * and the data bounds. Contour lines are computed here.
 */
final class Scene {

    /** Polylines (NaN breaks them) in one colour and stroke. */
    record Path(double[] x, double[] y, Color color, double widthPt, String dash, double alpha) {
    }

    /** Markers at points. */
    record Points(double[] x, double[] y, Marker marker, double sizePt, Color color, double alpha) {
    }

    /** A heatmap: colours per grid cell over a rectangle. */
    record Image(SurfaceData grid, Colormap cmap, double vmin, double vmax, double alpha) {
    }

    /** A contour level's lines, with its value for labels. */
    record Level(double value, List<MarchingSquares.Line> lines, Color color, double widthPt, String dash,
                 double alpha, boolean labelled) {
    }

    /** A legend row: a line handle, a marker handle, or both. */
    record Entry(String label, Color color, double widthPt, String dash, Marker marker, double markerPt, double alpha) {
    }

    /** A colour bar: the colormap over [vmin, vmax], and for contours the levels drawn as lines. */
    record Bar(Colormap cmap, double vmin, double vmax, double[] levels, Color single) {
    }

    final List<Image> images = new ArrayList<>();
    /** The colour bar of the last series that asked for one, or null. */
    Bar bar;
    final List<Level> levels = new ArrayList<>();
    final List<Path> paths = new ArrayList<>();
    final List<Points> points = new ArrayList<>();
    final List<Entry> entries = new ArrayList<>();
    /** Data bounds per axis: [xmin, xmax, ymin, ymax], NaN when nothing is drawn. */
    final double[] bounds = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
    /** Edges that auto-limits may not overshoot with margins (surfaces' extents). */
    final List<Double> stickyX = new ArrayList<>();
    final List<Double> stickyY = new ArrayList<>();

    static Scene of(FigureSpec f) {
        Scene s = new Scene();
        int cycle = 0;
        for (Series series : f.series()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ComputationInterruptedException("preparing the figure's " + series.describe());
            }
            if (series instanceof Line line) {
                s.addLine(line, line.color() != null ? line.color() : Colors.cycle(cycle++), f.logx(), f.logy());
            } else if (series instanceof Scatter scatter) {
                s.addScatter(scatter, scatter.color() != null ? scatter.color() : Colors.cycle(cycle++), f.logx(), f.logy());
            } else if (series instanceof Contour contour) {
                s.addContour(contour);
            } else {
                s.addHeatmap((Heatmap) series);
            }
        }
        return s;
    }

    private void addLine(Line line, Color c, boolean logx, boolean logy) {
        Look look = line.look();
        double w = orDefault(look.get(Look.LINE_WIDTH), Style.LINE_WIDTH);
        String dash = look.get(Look.LINE_STYLE);
        paths.add(new Path(line.x(), line.y(), c, w, dash, line.alpha()));
        double ms = orDefault(look.get(Look.MARKER_SIZE), Style.MARKER_SIZE);
        Marker m = look.get(Look.MARKER);
        if (m != null) {
            points.add(new Points(line.x(), line.y(), m, ms, c, line.alpha()));
        }
        include(line.x(), line.y(), logx, logy);
        if (line.labelled()) {
            entries.add(new Entry(line.label(), c, w, dash, m, ms, line.alpha()));
        }
    }

    private void addScatter(Scatter scatter, Color c, boolean logx, boolean logy) {
        Look look = scatter.look();
        Marker m = look.get(Look.MARKER) != null ? look.get(Look.MARKER) : Marker.CIRCLE;
        double ms = orDefault(look.get(Look.MARKER_SIZE), Style.MARKER_SIZE);
        double lw = orDefault(look.get(Look.LINE_WIDTH), Style.LINE_WIDTH);
        points.add(new Points(scatter.x(), scatter.y(), m, ms, c, scatter.alpha()));
        include(scatter.x(), scatter.y(), logx, logy);
        if (scatter.labelled()) {
            entries.add(new Entry(scatter.label(), c, m.filled() ? 0 : lw, null, m, ms, scatter.alpha()));
        }
    }

    private void addContour(Contour contour) {
        SurfaceData g = contour.data();
        double zmin = g.min();
        double zmax = g.max();
        Colormap cmap = colormap(contour.look());
        double w = orDefault(contour.look().get(Look.LINE_WIDTH), Style.CONTOUR_WIDTH);
        String dash = contour.look().get(Look.LINE_STYLE);
        if (Double.isNaN(zmin)) {
            return;
        }
        double[] values = contour.levels().resolve(zmin, zmax);
        double lo = values[0];
        double hi = values[values.length - 1];
        for (double v : values) {
            // matplotlib normalises line-contour colours over the levels themselves
            double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
            Color c = contour.color() != null ? contour.color() : cmap.at(t);
            List<MarchingSquares.Line> lines = MarchingSquares.contour(g.x(), g.y(), g.z(), v);
            levels.add(new Level(v, lines, c, w, dash, contour.alpha(), contour.levelLabels()));
        }
        if (contour.look().get(Look.COLORBAR)) {
            bar = new Bar(cmap, lo, hi, values, contour.color());
        }
        includeWhole(g.x(), g.y());
        if (contour.labelled()) {
            Color c = contour.color() != null ? contour.color() : cmap.at(0.5);
            entries.add(new Entry(contour.label(), c, w, dash, null, 0, contour.alpha()));
        }
    }

    /** An option in points as set, or {@code points} where it is unset (NaN). */
    private static double orDefault(double set, double points) {
        return Double.isNaN(set) ? points : set;
    }

    /** The colormap set, or viridis. */
    private static Colormap colormap(Look look) {
        return look.get(Look.CMAP) != null ? look.get(Look.CMAP) : Colormap.named("viridis");
    }

    private void addHeatmap(Heatmap heatmap) {
        SurfaceData g = heatmap.data();
        Colormap cmap = colormap(heatmap.look());
        double vmin = heatmap.vmin() != null ? heatmap.vmin() : g.min();
        double vmax = heatmap.vmax() != null ? heatmap.vmax() : g.max();
        images.add(new Image(g, cmap, vmin, vmax, heatmap.alpha()));
        if (heatmap.look().get(Look.COLORBAR)) {
            bar = new Bar(cmap, vmin, vmax, null, null);
        }
        includeWhole(SurfaceData.cellEdges(g.x()), SurfaceData.cellEdges(g.y()));
        if (heatmap.labelled()) {
            entries.add(new Entry(heatmap.label(), cmap.at(0.5), 0, null, Marker.SQUARE, Style.MARKER_SIZE * 1.5,
                    heatmap.alpha()));
        }
    }

    /**
     * Includes the rectangle from the first to the last of {@code x} and {@code y} (a grid's axes, or
     * its cells' edges) and makes its sides sticky: as in matplotlib, no margin is added beyond a
     * surface.
     */
    private void includeWhole(double[] x, double[] y) {
        double x0 = x[0];
        double x1 = x[x.length - 1];
        double y0 = y[0];
        double y1 = y[y.length - 1];
        include(new double[] {x0, x1}, new double[] {y0, y1}, false, false);
        stickyX.addAll(List.of(x0, x1));
        stickyY.addAll(List.of(y0, y1));
    }

    private void include(double[] x, double[] y, boolean logx, boolean logy) {
        for (int i = 0; i < x.length; i++) {
            double a = x[i];
            double b = y[i];
            if (!Double.isFinite(a) || !Double.isFinite(b) || (logx && a <= 0) || (logy && b <= 0)) {
                continue;
            }
            bounds[0] = Double.isNaN(bounds[0]) ? a : Math.min(bounds[0], a);
            bounds[1] = Double.isNaN(bounds[1]) ? a : Math.max(bounds[1], a);
            bounds[2] = Double.isNaN(bounds[2]) ? b : Math.min(bounds[2], b);
            bounds[3] = Double.isNaN(bounds[3]) ? b : Math.max(bounds[3], b);
        }
    }
}
