package wb.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a figure on any {@link Graphics2D} (an image, VectorGraphics2D's SVG, pdfbox's PDF, a
 * Swing panel): background, heatmaps, grid, contour lines and their labels, lines, markers, the
 * frame with ticks and tick labels, axis labels, title and legend, in that order.
 *
 * <p>For vector output every coordinate is rounded to {@code quantum} pixels so that files stay
 * small and print the same numbers on every JDK; text is drawn as glyph outlines.
 */
final class Painter {

    private final Graphics2D g;
    private final Layout l;
    private final Scene s;
    private final Figure f;
    private final double q;

    private Painter(Graphics2D g, Figure f, Scene s, Layout l, double quantum) {
        this.g = g;
        this.f = f;
        this.s = s;
        this.l = l;
        this.q = quantum;
    }

    /** Renders {@code f} at its own size into a new RGB image. */
    static BufferedImage image(Figure f) {
        return image(f, f.width(), f.height());
    }

    /** Renders {@code f} at {@code w x h} pixels into a new RGB image. */
    static BufferedImage image(Figure f, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            paint(g, f, w, h, 0);
        } finally {
            g.dispose();
        }
        return img;
    }

    /**
     * Paints {@code f} scaled to a {@code w x h} canvas; {@code quantum > 0} rounds coordinates
     * (vector output). Returns the layout it painted, whose axes map pixels to data and back.
     */
    static Layout paint(Graphics2D g, Figure f, int w, int h, double quantum) {
        Scene scene = Scene.of(f);
        Layout layout = Layout.of(f, scene, w, h);
        new Painter(g, f, scene, layout, quantum).paintAll();
        return layout;
    }

    private void paintAll() {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Style.BACKGROUND);
        g.fill(new Rectangle2D.Double(0, 0, l.width, l.height));
        Shape oldClip = g.getClip();
        g.clip(new Rectangle2D.Double(snap(l.box.x), snap(l.box.y), snap(l.box.width), snap(l.box.height)));
        for (Scene.Image im : s.images) {
            paintImage(im);
        }
        if (f.hasGrid()) {
            paintGrid();
        }
        paintContours();
        for (Scene.Path p : s.paths) {
            stroke(path(p.x(), p.y(), List.of()), p.color(), p.alpha(), Style.dash(p.dash(), l.style.px(p.widthPt())));
        }
        for (Scene.Points p : s.points) {
            paintMarkers(p);
        }
        g.setClip(oldClip);
        paintFrame();
        if (l.barBox != null) {
            paintBar(s.bar);
        }
        paintLabels();
        if (f.legendShown() && !s.entries.isEmpty()) {
            paintLegend();
        }
    }

    // ------------------------------------------------------------------ data

    private void paintImage(Scene.Image im) {
        Surface grid = im.grid();
        double[] ex = cellEdges(grid.x());
        double[] ey = cellEdges(grid.y());
        double[][] z = grid.z();
        double span = im.vmax() - im.vmin();
        Composite c = new Composite(g, im.alpha());
        if (uniform(grid.x()) && uniform(grid.y()) && !l.x.log && !l.y.log) {
            int nx = grid.x().length;
            int ny = grid.y().length;
            BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double t = span > 0 ? (z[j][i] - im.vmin()) / span : 0.5;
                    img.setRGB(i, ny - 1 - j, im.cmap().argb(t));
                }
            }
            double x0 = l.x.px(ex[0]);
            double x1 = l.x.px(ex[ex.length - 1]);
            double y0 = l.y.px(ey[ey.length - 1]);
            double y1 = l.y.px(ey[0]);
            if (q == 0) {
                // VectorGraphics2D cannot read this hint; vector viewers choose their own smoothing
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            }
            AffineTransform at = new AffineTransform(Math.abs(x1 - x0) / nx, 0, 0, Math.abs(y1 - y0) / ny,
                    Math.min(x0, x1), Math.min(y0, y1));
            g.drawImage(img, at, null);
        } else {
            // non-uniform grids and log axes: one rectangle per cell
            for (int j = 0; j < z.length; j++) {
                for (int i = 0; i < z[j].length; i++) {
                    double t = span > 0 ? (z[j][i] - im.vmin()) / span : 0.5;
                    int argb = im.cmap().argb(t);
                    if (argb == 0) {
                        continue;
                    }
                    double a = snap(l.x.px(ex[i]));
                    double b = snap(l.x.px(ex[i + 1]));
                    double c0 = snap(l.y.px(ey[j + 1]));
                    double d = snap(l.y.px(ey[j]));
                    g.setColor(new Color(argb, true));
                    g.fill(new Rectangle2D.Double(Math.min(a, b), Math.min(c0, d), Math.abs(b - a), Math.abs(d - c0)));
                }
            }
        }
        c.restore();
    }

    private void paintGrid() {
        g.setColor(Style.GRID);
        double w = l.style.px(Style.GRID_WIDTH);
        g.setStroke(new BasicStroke((float) width(w), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (Ticks.Tick t : l.x.ticks.major()) {
            double x = crisp(l.x.px(t.value()), w);
            g.draw(new Line2D.Double(x, l.box.y, x, l.box.y + l.box.height));
        }
        for (Ticks.Tick t : l.y.ticks.major()) {
            double y = crisp(l.y.px(t.value()), w);
            g.draw(new Line2D.Double(l.box.x, y, l.box.x + l.box.width, y));
        }
    }

    private void paintContours() {
        double fs = l.style.px(Style.FONT) * 0.9;
        for (Scene.Level lv : s.levels) {
            List<double[]> cuts = new ArrayList<>();
            List<Shape> texts = new ArrayList<>();
            if (lv.labelled()) {
                placeLabel(lv, fs, cuts, texts);
            }
            Path2D.Double p = new Path2D.Double();
            for (MarchingSquares.Line line : lv.lines()) {
                p.append(path(line.x(), line.y(), cuts), false);
            }
            stroke(p, lv.color(), lv.alpha(), Style.dash(lv.dash(), l.style.px(lv.widthPt())));
            Composite c = new Composite(g, lv.alpha());
            g.setColor(lv.color());
            for (Shape t : texts) {
                g.fill(snapShape(t));
            }
            c.restore();
        }
    }

    /** Puts the level's value on its longest line in view, rotated along it, and cuts the line there. */
    private void placeLabel(Scene.Level lv, double fs, List<double[]> cuts, List<Shape> texts) {
        RichText text = RichText.layout(Ticks.number(lv.value(), 3), l.fonts, fs);
        double[] best = null;
        double bestLen = 0;
        double margin = text.width() / 2 + fs * 0.6;
        for (MarchingSquares.Line line : lv.lines()) {
            int n = line.size();
            double[] px = new double[n];
            double[] py = new double[n];
            double len = 0;
            for (int i = 0; i < n; i++) {
                px[i] = l.x.px(line.x()[i]);
                py[i] = l.y.px(line.y()[i]);
                if (i > 0 && inside(px[i], py[i]) && inside(px[i - 1], py[i - 1])) {
                    len += Math.hypot(px[i] - px[i - 1], py[i] - py[i - 1]);
                }
            }
            if (len <= bestLen || len < 3 * text.width()) {
                continue;
            }
            // the candidate nearest the middle of the line whose label stays clear of the frame
            double[] pick = null;
            double pickDist = Double.MAX_VALUE;
            for (int k = 1; k < 40; k++) {
                double at = len * k / 40;
                double[] c = pointAlong(px, py, at, text.width());
                if (c != null && c[0] - l.box.x >= margin && l.box.x + l.box.width - c[0] >= margin
                        && c[1] - l.box.y >= margin && l.box.y + l.box.height - c[1] >= margin
                        && Math.abs(at - len / 2) < pickDist) {
                    pick = c;
                    pickDist = Math.abs(at - len / 2);
                }
            }
            if (pick != null) {
                bestLen = len;
                best = pick;
            }
        }
        if (best == null) {
            return;
        }
        double angle = best[2];
        AffineTransform t = AffineTransform.getTranslateInstance(best[0], best[1]);
        t.rotate(angle);
        t.translate(-text.width() / 2, (text.ascent() - text.descent()) / 2 - text.descent() / 2);
        texts.add(t.createTransformedShape(text.outline()));
        cuts.add(new double[] {best[0], best[1], text.width() / 2 + fs * 0.3});
    }

    private boolean inside(double x, double y) {
        return x >= l.box.x && x <= l.box.x + l.box.width && y >= l.box.y && y <= l.box.y + l.box.height;
    }

    /** The point at arc length {@code at} of the in-view part of a polyline, and the readable angle of the line there. */
    private double[] pointAlong(double[] px, double[] py, double at, double span) {
        double acc = 0;
        for (int i = 1; i < px.length; i++) {
            if (!inside(px[i], py[i]) || !inside(px[i - 1], py[i - 1])) {
                continue;
            }
            double d = Math.hypot(px[i] - px[i - 1], py[i] - py[i - 1]);
            if (acc + d >= at && d > 0) {
                double t = (at - acc) / d;
                double x = px[i - 1] + t * (px[i] - px[i - 1]);
                double y = py[i - 1] + t * (py[i] - py[i - 1]);
                // direction from points half a label before and after, for a smooth angle on curved lines
                int a = i - 1;
                int b = i;
                double reach = 0;
                while (a > 0 && reach < span / 2) {
                    reach += Math.hypot(px[a] - px[a - 1], py[a] - py[a - 1]);
                    a--;
                }
                reach = 0;
                while (b < px.length - 1 && reach < span / 2) {
                    reach += Math.hypot(px[b + 1] - px[b], py[b + 1] - py[b]);
                    b++;
                }
                double angle = Math.atan2(py[b] - py[a], px[b] - px[a]);
                if (angle > Math.PI / 2) {
                    angle -= Math.PI;
                } else if (angle < -Math.PI / 2) {
                    angle += Math.PI;
                }
                return new double[] {x, y, angle};
            }
            acc += d;
        }
        return null;
    }

    private void paintMarkers(Scene.Points p) {
        double size = l.style.px(p.sizePt());
        Composite c = new Composite(g, p.alpha());
        g.setColor(p.color());
        BasicStroke edge = new BasicStroke((float) l.style.px(p.marker().filled() ? Style.MARKER_EDGE : Style.LINE_WIDTH),
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        g.setStroke(edge);
        for (int i = 0; i < p.x().length; i++) {
            double x = l.x.px(p.x()[i]);
            double y = l.y.px(p.y()[i]);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            Shape m = p.marker().shape(snap(x), snap(y), size);
            if (p.marker().filled()) {
                g.fill(m);
            }
            g.draw(m);
        }
        c.restore();
    }

    // ------------------------------------------------------------------ frame and text

    private void paintFrame() {
        Style st = l.style;
        g.setColor(Style.FOREGROUND);
        double sw = st.px(Style.SPINE_WIDTH);
        g.setStroke(new BasicStroke((float) width(sw), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        Rectangle2D.Double b = l.box;
        double x0 = crisp(b.x, sw);
        double y0 = crisp(b.y, sw);
        g.draw(new Rectangle2D.Double(x0, y0, crisp(b.x + b.width, sw) - x0, crisp(b.y + b.height, sw) - y0));
        double len = st.px(Style.TICK_LENGTH);
        double minor = st.px(Style.MINOR_TICK_LENGTH);
        double bottom = crisp(b.y + b.height, sw);
        double left = crisp(b.x, sw);
        double tw = st.px(Style.TICK_WIDTH);
        g.setStroke(new BasicStroke((float) width(tw)));
        for (Ticks.Tick t : l.x.ticks.major()) {
            double x = crisp(l.x.px(t.value()), tw);
            g.draw(new Line2D.Double(x, bottom, x, bottom + len));
        }
        for (Ticks.Tick t : l.y.ticks.major()) {
            double y = crisp(l.y.px(t.value()), tw);
            g.draw(new Line2D.Double(left, y, left - len, y));
        }
        double mw = st.px(Style.MINOR_TICK_WIDTH);
        g.setStroke(new BasicStroke((float) width(mw)));
        for (double v : l.x.ticks.minor()) {
            double x = crisp(l.x.px(v), mw);
            g.draw(new Line2D.Double(x, bottom, x, bottom + minor));
        }
        for (double v : l.y.ticks.minor()) {
            double y = crisp(l.y.px(v), mw);
            g.draw(new Line2D.Double(left, y, left - minor, y));
        }
        double pad = len + st.px(Style.TICK_PAD);
        double fs = st.px(Style.FONT);
        for (int i = 0; i < l.xTickLabels.length; i++) {
            RichText t = l.xTickLabels[i];
            double x = l.x.px(l.x.ticks.major().get(i).value());
            fillText(t.at(x - t.width() / 2, bottom + pad + fs * 0.76));
        }
        for (int i = 0; i < l.yTickLabels.length; i++) {
            RichText t = l.yTickLabels[i];
            double y = l.y.px(l.y.ticks.major().get(i).value());
            fillText(t.at(b.x - pad - t.width(), y + fs * 0.36));
        }
        if (l.xMultiplier != null) {
            fillText(l.xMultiplier.at(b.x + b.width - l.xMultiplier.width(), bottom + pad + fs * 2.0));
        }
        if (l.yMultiplier != null) {
            fillText(l.yMultiplier.at(b.x, b.y - fs * 0.5));
        }
    }

    /** The colour bar: a gradient for heatmaps, the level lines for contours, framed, ticks on the right. */
    private void paintBar(Scene.Bar bar) {
        Rectangle2D.Double r = l.barBox;
        Axis a = l.barAxis;
        if (bar.levels() == null) {
            // one pixel per colormap entry, stretched over the bar: no seams, and an image in SVG/PDF
            BufferedImage ramp = new BufferedImage(1, 256, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 256; i++) {
                ramp.setRGB(0, 255 - i, bar.cmap().argb((i + 0.5) / 256));
            }
            if (q == 0) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            }
            g.drawImage(ramp, new AffineTransform(snap(r.width), 0, 0, snap(r.height) / 256, snap(r.x), snap(r.y)), null);
        } else {
            double[] lv = bar.levels();
            double lo = lv[0];
            double hi = lv[lv.length - 1];
            g.setStroke(new BasicStroke((float) l.style.px(Style.CONTOUR_WIDTH), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            for (double v : lv) {
                double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                g.setColor(bar.single() != null ? bar.single() : bar.cmap().at(t));
                double y = snap(a.px(v));
                g.draw(new Line2D.Double(snap(r.x), y, snap(r.x + r.width), y));
            }
        }
        double sw = l.style.px(Style.SPINE_WIDTH);
        g.setColor(Style.FOREGROUND);
        g.setStroke(new BasicStroke((float) width(sw), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        double x0 = crisp(r.x, sw);
        double x1 = crisp(r.x + r.width, sw);
        double y0 = crisp(r.y, sw);
        double y1 = crisp(r.y + r.height, sw);
        g.draw(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
        double len = l.style.px(Style.TICK_LENGTH);
        double tw = l.style.px(Style.TICK_WIDTH);
        g.setStroke(new BasicStroke((float) width(tw)));
        double fs = l.style.px(Style.FONT);
        for (int i = 0; i < l.barLabels.length; i++) {
            double y = crisp(a.px(a.ticks.major().get(i).value()), tw);
            g.draw(new Line2D.Double(x1, y, x1 + len, y));
            fillText(l.barLabels[i].at(x1 + len + l.style.px(Style.TICK_PAD), a.px(a.ticks.major().get(i).value()) + fs * 0.36));
        }
    }

    private void paintLabels() {
        Style st = l.style;
        Rectangle2D.Double b = l.box;
        double fs = st.px(Style.FONT);
        double tickRoom = st.px(Style.TICK_LENGTH + Style.TICK_PAD);
        if (l.xlabel != null) {
            double y = b.y + b.height + tickRoom + fs * Style.TICK_LABEL_EM + st.px(Style.LABEL_PAD) + l.xlabel.ascent();
            fillText(l.xlabel.at(b.x + b.width / 2 - l.xlabel.width() / 2, y));
        }
        if (l.ylabel != null) {
            double yw = 0;
            for (RichText t : l.yTickLabels) {
                yw = Math.max(yw, t.width());
            }
            double x = b.x - tickRoom - yw - st.px(Style.LABEL_PAD) - l.ylabel.descent();
            fillText(l.ylabel.rotatedAt(x, b.y + b.height / 2 + l.ylabel.width() / 2));
        }
        if (l.title != null) {
            double y = b.y - st.px(Style.TITLE_PAD) - l.title.descent();
            fillText(l.title.at(b.x + b.width / 2 - l.title.width() / 2, y));
        }
    }

    private void paintLegend() {
        Style st = l.style;
        double fs = st.px(Style.FONT);
        List<RichText> texts = new ArrayList<>();
        double tw = 0;
        for (Scene.Entry e : s.entries) {
            RichText t = RichText.layout(e.label(), l.fonts, fs);
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
        RoundRectangle2D.Double frame = new RoundRectangle2D.Double(snap(at[0]), snap(at[1]), snap(w), snap(h),
                0.4 * fs, 0.4 * fs);
        g.setColor(Style.LEGEND_FACE);
        g.fill(frame);
        g.setColor(Style.LEGEND_EDGE);
        g.setStroke(new BasicStroke((float) st.px(1.0)));
        g.draw(frame);
        for (int i = 0; i < texts.size(); i++) {
            Scene.Entry e = s.entries.get(i);
            double cy = at[1] + pad + i * (row + spacing) + row / 2 + fs * 0.05;
            double hx = at[0] + pad;
            Composite c = new Composite(g, e.alpha());
            if (e.widthPt() > 0 && (e.marker() == null || e.dash() != null)) {
                g.setColor(e.color());
                g.setStroke(Style.dash(e.dash(), st.px(e.widthPt())));
                g.draw(new Line2D.Double(snap(hx), snap(cy), snap(hx + handle), snap(cy)));
            }
            if (e.marker() != null) {
                g.setColor(e.color());
                g.setStroke(new BasicStroke((float) st.px(e.marker().filled() ? Style.MARKER_EDGE : Style.LINE_WIDTH)));
                Shape m = e.marker().shape(snap(hx + handle / 2), snap(cy), st.px(e.markerPt()));
                if (e.marker().filled()) {
                    g.fill(m);
                }
                g.draw(m);
            }
            c.restore();
            g.setColor(Style.FOREGROUND);
            RichText t = texts.get(i);
            fillText(t.at(hx + handle + gap, cy + fs * 0.36));
        }
    }

    /** Top-left corner of the legend box: the fixed location, or for "best" the candidate covering the fewest data points. */
    private double[] legendPosition(double w, double h, double inset) {
        Rectangle2D.Double b = l.box;
        Legend.Location loc = f.legendLocation();
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
        for (Scene.Path p : s.paths) {
            n += count(p.x(), p.y(), r, 1);
        }
        for (Scene.Points p : s.points) {
            n += count(p.x(), p.y(), r, MARKER_WEIGHT);
        }
        for (Scene.Level lv : s.levels) {
            for (MarchingSquares.Line line : lv.lines()) {
                n += count(line.x(), line.y(), r, 1);
            }
        }
        return n;
    }

    private long count(double[] x, double[] y, Rectangle2D r, int weight) {
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            if (r.contains(l.x.px(x[i]), l.y.px(y[i]))) {
                n += weight;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ helpers

    /** A pixel path through the data points; NaN, infinite and (on log axes) non-positive values break it, and cut circles remove pieces. */
    private Path2D.Double path(double[] x, double[] y, List<double[]> cuts) {
        Path2D.Double p = new Path2D.Double();
        boolean pen = false;
        double px0 = 0;
        double py0 = 0;
        for (int i = 0; i < x.length; i++) {
            double px = l.x.px(x[i]);
            double py = l.y.px(y[i]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                pen = false;
                continue;
            }
            if (!cuts.isEmpty()) {
                if (pen) {
                    pen = cutSegment(p, px0, py0, px, py, cuts);
                } else if (!insideAny(px, py, cuts)) {
                    p.moveTo(snap(px), snap(py));
                    pen = true;
                }
            } else if (pen) {
                p.lineTo(snap(px), snap(py));
            } else {
                p.moveTo(snap(px), snap(py));
                pen = true;
            }
            px0 = px;
            py0 = py;
        }
        return p;
    }

    /** Adds the parts of segment a-b outside every cut circle; returns whether the pen is down at b. */
    private boolean cutSegment(Path2D.Double p, double ax, double ay, double bx, double by, List<double[]> cuts) {
        // parameter intervals inside circles
        List<double[]> inside = new ArrayList<>();
        double dx = bx - ax;
        double dy = by - ay;
        double aa = dx * dx + dy * dy;
        for (double[] c : cuts) {
            double fx = ax - c[0];
            double fy = ay - c[1];
            double bb = 2 * (fx * dx + fy * dy);
            double cc = fx * fx + fy * fy - c[2] * c[2];
            double disc = bb * bb - 4 * aa * cc;
            if (aa == 0 || disc <= 0) {
                continue;
            }
            double sq = Math.sqrt(disc);
            double t0 = (-bb - sq) / (2 * aa);
            double t1 = (-bb + sq) / (2 * aa);
            if (t1 > 0 && t0 < 1) {
                inside.add(new double[] {Math.max(0, t0), Math.min(1, t1)});
            }
        }
        if (inside.isEmpty()) {
            p.lineTo(snap(bx), snap(by));
            return true;
        }
        inside.sort((u, v) -> Double.compare(u[0], v[0]));
        double t = 0;
        boolean pen = !(inside.get(0)[0] <= 0);
        for (double[] iv : inside) {
            if (iv[0] > t) {
                if (!pen) {
                    p.moveTo(snap(ax + t * dx), snap(ay + t * dy));
                }
                p.lineTo(snap(ax + iv[0] * dx), snap(ay + iv[0] * dy));
            }
            pen = false;
            t = Math.max(t, iv[1]);
        }
        if (t < 1) {
            p.moveTo(snap(ax + t * dx), snap(ay + t * dy));
            p.lineTo(snap(bx), snap(by));
            return true;
        }
        return false;
    }

    private static boolean insideAny(double x, double y, List<double[]> cuts) {
        for (double[] c : cuts) {
            if (Math.hypot(x - c[0], y - c[1]) < c[2]) {
                return true;
            }
        }
        return false;
    }

    private void stroke(Shape shape, Color color, double alpha, BasicStroke stroke) {
        Composite c = new Composite(g, alpha);
        g.setColor(color);
        g.setStroke(stroke);
        g.draw(shape);
        c.restore();
    }

    private void fillText(Shape outline) {
        g.setColor(Style.FOREGROUND);
        g.fill(snapShape(outline));
    }

    /**
     * Where an axis-aligned line of width {@code widthPx} goes: on raster output the centre of a
     * pixel (odd rounded widths) or a pixel edge (even), so frame, ticks and grid are crisp as in
     * matplotlib's snapping; on vector output the rounded coordinate.
     */
    private double crisp(double v, double widthPx) {
        if (q > 0) {
            return snap(v);
        }
        long w = Math.max(1, Math.round(widthPx));
        return w % 2 == 1 ? Math.floor(v) + 0.5 : Math.rint(v);
    }

    /** The stroke width for a crisp line: whole pixels on raster output. */
    private double width(double widthPx) {
        return q > 0 ? widthPx : Math.max(1, Math.round(widthPx));
    }

    private double snap(double v) {
        return q > 0 ? Math.rint(v / q) * q : v;
    }

    /** The shape with every coordinate rounded to the quantum (vector output), else the shape itself. */
    private Shape snapShape(Shape s) {
        if (q <= 0) {
            return s;
        }
        Path2D.Double p = new Path2D.Double(s.getPathIterator(null).getWindingRule());
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            for (int k = 0; k < 6; k++) {
                c[k] = snap(c[k]);
            }
            switch (type) {
                case PathIterator.SEG_MOVETO: p.moveTo(c[0], c[1]); break;
                case PathIterator.SEG_LINETO: p.lineTo(c[0], c[1]); break;
                case PathIterator.SEG_QUADTO: p.quadTo(c[0], c[1], c[2], c[3]); break;
                case PathIterator.SEG_CUBICTO: p.curveTo(c[0], c[1], c[2], c[3], c[4], c[5]); break;
                default: p.closePath(); break;
            }
        }
        return p;
    }

    /** Cell boundaries for cell centres: midpoints, extended by half a step at each end. */
    static double[] cellEdges(double[] c) {
        int n = c.length;
        double[] e = new double[n + 1];
        for (int i = 1; i < n; i++) {
            e[i] = (c[i - 1] + c[i]) / 2;
        }
        e[0] = c[0] - (c[1] - c[0]) / 2;
        e[n] = c[n - 1] + (c[n - 1] - c[n - 2]) / 2;
        return e;
    }

    private static boolean uniform(double[] c) {
        double step = (c[c.length - 1] - c[0]) / (c.length - 1);
        for (int i = 1; i < c.length; i++) {
            if (Math.abs(c[i] - c[i - 1] - step) > Math.abs(step) * 1e-6) {
                return false;
            }
        }
        return true;
    }

    /** Sets an alpha composite for a block of drawing and puts the previous one back. */
    private static final class Composite {
        private final Graphics2D g;
        private final java.awt.Composite old;

        Composite(Graphics2D g, double alpha) {
            this.g = g;
            this.old = g.getComposite();
            if (alpha < 1) {
                g.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, (float) alpha));
            }
        }

        void restore() {
            g.setComposite(old);
        }
    }
}
