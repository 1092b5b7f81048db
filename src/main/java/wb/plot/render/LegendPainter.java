package wb.plot.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints the legend: a framed box of one row per labelled series (its line or marker handle and
 * its label), at the place the figure names, or for "best" where it covers the fewest data points.
 */
final class LegendPainter {

    private final Canvas canvas;
    private final Graphics2D graphics;
    private final Layout layout;
    private final Scene scene;
    private final Legend.Location location;

    LegendPainter(Canvas canvas, Layout layout, Scene scene, Legend.Location location) {
        this.canvas = canvas;
        this.graphics = canvas.graphics;
        this.layout = layout;
        this.scene = scene;
        this.location = location;
    }

    void paint() {
        Style st = layout.style;
        double fs = st.px(Style.FONT);
        List<RichText> texts = new ArrayList<>();
        double tw = 0;
        for (Scene.Entry e : scene.entries) {
            RichText t = RichText.layout(e.label(), layout.fonts, fs);
            texts.add(t);
            tw = Math.max(tw, t.width());
        }
        double pad = 0.4 * fs;
        double handle = 2.0 * fs;
        double gap = 0.8 * fs;
        double row = fs * 1.0;
        double spacing = 0.5 * fs;
        double w = 2 * pad + handle + gap + tw;
        double h = 2 * pad + texts.size() * row + (texts.size() - 1) * spacing + fs * 0.1;
        double[] at = legendPosition(w, h, 0.5 * fs);
        RoundRectangle2D.Double frame = new RoundRectangle2D.Double(canvas.snap(at[0]), canvas.snap(at[1]), canvas.snap(w), canvas.snap(h),
                0.4 * fs, 0.4 * fs);
        graphics.setColor(Style.LEGEND_FACE);
        graphics.fill(frame);
        graphics.setColor(Style.LEGEND_EDGE);
        graphics.setStroke(new BasicStroke((float) st.px(1.0)));
        graphics.draw(frame);
        for (int i = 0; i < texts.size(); i++) {
            Scene.Entry e = scene.entries.get(i);
            double cy = at[1] + pad + i * (row + spacing) + row / 2 + fs * 0.05;
            double hx = at[0] + pad;
            Canvas.Alpha c = canvas.withAlpha(e.alpha());
            if (e.widthPt() > 0 && (e.marker() == null || e.dash() != null)) {
                graphics.setColor(e.color());
                graphics.setStroke(Style.dash(e.dash(), st.px(e.widthPt())));
                graphics.draw(new Line2D.Double(canvas.snap(hx), canvas.snap(cy), canvas.snap(hx + handle), canvas.snap(cy)));
            }
            if (e.marker() != null) {
                graphics.setColor(e.color());
                graphics.setStroke(new BasicStroke((float) st.px(e.marker().filled() ? Style.MARKER_EDGE : Style.LINE_WIDTH)));
                Shape m = e.marker().shape(canvas.snap(hx + handle / 2), canvas.snap(cy), st.px(e.markerPt()));
                if (e.marker().filled()) {
                    graphics.fill(m);
                }
                graphics.draw(m);
            }
            c.restore();
            graphics.setColor(Style.FOREGROUND);
            RichText t = texts.get(i);
            canvas.fillText(t.at(hx + handle + gap, cy + fs * 0.36));
        }
    }

    /** Top-left corner of the legend box: the fixed location, or for "best" the candidate covering the fewest data points. */
    private double[] legendPosition(double w, double h, double inset) {
        Rectangle2D.Double b = layout.box;
        Legend.Location loc = location;
        List<Legend.Location> candidates = new ArrayList<>();
        if (loc == Legend.Location.BEST) {
            for (Legend.Location c : Legend.Location.values()) {
                if (c != Legend.Location.BEST && c != Legend.Location.RIGHT) {
                    candidates.add(c);
                }
            }
        } else {
            candidates.add(loc);
        }
        double[] best = null;
        long bestScore = Long.MAX_VALUE;
        for (Legend.Location c : candidates) {
            double x = c.h < 0 ? b.x + inset : c.h > 0 ? b.x + b.width - inset - w : b.x + (b.width - w) / 2;
            double y = c.v > 0 ? b.y + inset : c.v < 0 ? b.y + b.height - inset - h : b.y + (b.height - h) / 2;
            long score = candidates.size() == 1 ? 0 : coverage(new Rectangle2D.Double(x, y, w, h));
            if (score < bestScore) {
                bestScore = score;
                best = new double[] {x, y};
            }
        }
        return best;
    }

    /**
     * How many drawn points (line vertices, markers, contour vertices) fall in {@code r}. A marker
     * weighs as much as a thousand vertices: it is usually the point the figure is about (a
     * minimum), while a line or contour stays readable with a stretch of it covered.
     */
    private static final int MARKER_WEIGHT = 1000;

    private long coverage(Rectangle2D r) {
        long n = 0;
        for (Scene.Path p : scene.paths) {
            n += count(p.x(), p.y(), r, 1);
        }
        for (Scene.Points p : scene.points) {
            n += count(p.x(), p.y(), r, MARKER_WEIGHT);
        }
        for (Scene.Level lv : scene.levels) {
            for (MarchingSquares.Line line : lv.lines()) {
                n += count(line.x(), line.y(), r, 1);
            }
        }
        return n;
    }

    private long count(double[] x, double[] y, Rectangle2D r, int weight) {
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (r.contains(layout.x.px(x[i]), layout.y.px(y[i]))) {
                n += weight;
            }
        }
        return n;
    }
}
