package wb.plot;

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
    record Image(Surface grid, Colormap cmap, double vmin, double vmax, double alpha) {
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

    static Scene of(Figure f) {
        Scene s = new Scene();
        int cycle = 0;
        boolean logx = f.isLogx();
        boolean logy = f.isLogy();
        for (SeriesSpec spec : f.series()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ComputationInterruptedException("preparing the figure's " + spec.describe());
            }
            switch (spec.kind) {
                case LINE: {
                    Color c = spec.color != null ? spec.color : Colors.cycle(cycle++);
                    double w = Double.isNaN(spec.lineWidth) ? Style.LINE_WIDTH : spec.lineWidth;
                    s.paths.add(new Path(spec.x, spec.y, c, w, spec.lineStyle, spec.alpha));
                    double ms = Double.isNaN(spec.markerSize) ? Style.MARKER_SIZE : spec.markerSize;
                    if (spec.marker != null) {
                        s.points.add(new Points(spec.x, spec.y, spec.marker, ms, c, spec.alpha));
                    }
                    s.include(spec.x, spec.y, logx, logy);
                    if (spec.label != null && !spec.label.isEmpty()) {
                        s.entries.add(new Entry(spec.label, c, w, spec.lineStyle, spec.marker, ms, spec.alpha));
                    }
                    break;
                }
                case SCATTER: {
                    Color c = spec.color != null ? spec.color : Colors.cycle(cycle++);
                    Marker m = spec.marker != null ? spec.marker : Marker.CIRCLE;
                    double ms = Double.isNaN(spec.markerSize) ? Style.MARKER_SIZE : spec.markerSize;
                    double lw = Double.isNaN(spec.lineWidth) ? Style.LINE_WIDTH : spec.lineWidth;
                    s.points.add(new Points(spec.x, spec.y, m, ms, c, spec.alpha));
                    s.include(spec.x, spec.y, logx, logy);
                    if (spec.label != null && !spec.label.isEmpty()) {
                        s.entries.add(new Entry(spec.label, c, m.filled() ? 0 : lw, null, m, ms, spec.alpha));
                    }
                    break;
                }
                case CONTOUR:
                    s.addContour(spec);
                    break;
                case HEATMAP:
                    s.addHeatmap(spec);
                    break;
                default:
                    throw new AssertionError(spec.kind);
            }
        }
        return s;
    }

    private void addContour(SeriesSpec spec) {
        Surface g = spec.grid;
        double zmin = g.min();
        double zmax = g.max();
        Colormap cmap = spec.cmap != null ? spec.cmap : Colormap.named("viridis");
        double w = Double.isNaN(spec.lineWidth) ? Style.CONTOUR_WIDTH : spec.lineWidth;
        if (Double.isNaN(zmin)) {
            return;
        }
        double[] values = spec.levels.resolve(zmin, zmax);
        double lo = values[0];
        double hi = values[values.length - 1];
        for (double v : values) {
            // matplotlib normalises line-contour colours over the levels themselves
            double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
            Color c = spec.color != null ? spec.color : cmap.at(t);
            List<MarchingSquares.Line> lines = MarchingSquares.contour(g.x(), g.y(), g.z(), v);
            levels.add(new Level(v, lines, c, w, spec.lineStyle, spec.alpha, spec.levelLabels));
        }
        if (spec.colorbar) {
            bar = new Bar(cmap, lo, hi, values, spec.color);
        }
        double[] x = g.x();
        double[] y = g.y();
        include(new double[] {x[0], x[x.length - 1]}, new double[] {y[0], y[y.length - 1]}, false, false);
        stickyX.add(x[0]);
        stickyX.add(x[x.length - 1]);
        stickyY.add(y[0]);
        stickyY.add(y[y.length - 1]);
        if (spec.label != null && !spec.label.isEmpty()) {
            Color c = spec.color != null ? spec.color : cmap.at(0.5);
            entries.add(new Entry(spec.label, c, w, spec.lineStyle, null, 0, spec.alpha));
        }
    }

    private void addHeatmap(SeriesSpec spec) {
        Surface g = spec.grid;
        Colormap cmap = spec.cmap != null ? spec.cmap : Colormap.named("viridis");
        double vmin = spec.vmin != null ? spec.vmin : g.min();
        double vmax = spec.vmax != null ? spec.vmax : g.max();
        images.add(new Image(g, cmap, vmin, vmax, spec.alpha));
        if (spec.colorbar) {
            bar = new Bar(cmap, vmin, vmax, null, null);
        }
        double[] e = Painter.cellEdges(g.x());
        double[] f = Painter.cellEdges(g.y());
        include(new double[] {e[0], e[e.length - 1]}, new double[] {f[0], f[f.length - 1]}, false, false);
        stickyX.add(e[0]);
        stickyX.add(e[e.length - 1]);
        stickyY.add(f[0]);
        stickyY.add(f[f.length - 1]);
        if (spec.label != null && !spec.label.isEmpty()) {
            entries.add(new Entry(spec.label, cmap.at(0.5), 0, null, Marker.SQUARE, Style.MARKER_SIZE * 1.5, spec.alpha));
        }
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
