package wb.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Paints a figure on any {@link Graphics2D} (an image, VectorGraphics2D's SVG, pdfbox's PDF, a
 * Swing panel): background, heatmaps, grid, contour lines and their labels, lines, markers, the
 * frame with ticks and tick labels, axis labels, title and legend, in that order. The data is
 * painted here; the frame and its text by {@link AxesPainter}, the legend by {@link LegendPainter}.
 *
 * <p>For vector output every coordinate is rounded to {@code quantum} pixels so that files stay
 * small and print the same numbers on every JDK; text is drawn as glyph outlines.
 */
public final class Painter {

    private final Canvas canvas;
    private final Graphics2D graphics;
    private final FigureSpec figure;
    private final Scene scene;
    private final Layout layout;
    private final ContourLabels labels;

    private Painter(Canvas canvas, FigureSpec figure, Scene scene, Layout layout) {
        this.canvas = canvas;
        this.graphics = canvas.graphics;
        this.figure = figure;
        this.scene = scene;
        this.layout = layout;
        this.labels = new ContourLabels(layout);
    }

    /** Renders {@code figure} at its own size into a new RGB image. */
    public static BufferedImage image(FigureSpec figure) {
        return image(figure, figure.width(), figure.height());
    }

    /** Renders {@code figure} at {@code width x height} pixels into a new RGB image. */
    public static BufferedImage image(FigureSpec figure, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            paint(graphics, figure, width, height, 0);
        } finally {
            graphics.dispose();
        }
        return image;
    }

    /**
     * Paints {@code figure} scaled to a {@code width x height} canvas; {@code quantum > 0} rounds
     * coordinates (vector output). Returns the layout it painted, whose axes map pixels to data
     * and back.
     */
    public static Layout paint(Graphics2D graphics, FigureSpec figure, int width, int height, double quantum) {
        Scene scene = Scene.of(figure);
        Layout layout = Layout.of(figure, scene, width, height);
        new Painter(new Canvas(graphics, quantum), figure, scene, layout).paintAll();
        return layout;
    }

    private void paintAll() {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.setColor(Style.BACKGROUND);
        graphics.fill(new Rectangle2D.Double(0, 0, layout.width, layout.height));
        Shape oldClip = graphics.getClip();
        graphics.clip(new Rectangle2D.Double(canvas.snap(layout.box.x), canvas.snap(layout.box.y),
                canvas.snap(layout.box.width), canvas.snap(layout.box.height)));
        for (Scene.Image im : scene.images) {
            paintImage(im);
        }
        if (figure.grid()) {
            paintGrid();
        }
        paintContours();
        for (Scene.Path p : scene.paths) {
            canvas.stroke(path(p.x(), p.y(), List.of()), p.color(), p.alpha(),
                    Style.dash(p.dash(), layout.style.px(p.widthPt())));
        }
        for (Scene.Points p : scene.points) {
            paintMarkers(p);
        }
        graphics.setClip(oldClip);
        AxesPainter axes = new AxesPainter(canvas, layout);
        axes.paintFrame();
        if (layout.barBox != null) {
            axes.paintBar(scene.bar);
        }
        axes.paintLabels();
        if (figure.legendShown() && !scene.entries.isEmpty()) {
            new LegendPainter(canvas, layout, scene, figure.legendLocation()).paint();
        }
    }

    // ------------------------------------------------------------------ data

    private void paintImage(Scene.Image im) {
        SurfaceData grid = im.grid();
        double[] ex = SurfaceData.cellEdges(grid.x());
        double[] ey = SurfaceData.cellEdges(grid.y());
        double[][] z = grid.z();
        double span = im.vmax() - im.vmin();
        Canvas.Alpha c = canvas.withAlpha(im.alpha());
        if (uniform(grid.x()) && uniform(grid.y()) && !layout.x.log && !layout.y.log) {
            int nx = grid.x().length;
            int ny = grid.y().length;
            BufferedImage img = new BufferedImage(nx, ny, BufferedImage.TYPE_INT_ARGB);
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    double t = span > 0 ? (z[j][i] - im.vmin()) / span : 0.5;
                    img.setRGB(i, ny - 1 - j, im.cmap().argb(t));
                }
            }
            double x0 = layout.x.px(ex[0]);
            double x1 = layout.x.px(ex[ex.length - 1]);
            double y0 = layout.y.px(ey[ey.length - 1]);
            double y1 = layout.y.px(ey[0]);
            if (canvas.quantum == 0) {
                // VectorGraphics2D cannot read this hint; vector viewers choose their own smoothing
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            }
            AffineTransform at = new AffineTransform(Math.abs(x1 - x0) / nx, 0, 0, Math.abs(y1 - y0) / ny,
                    Math.min(x0, x1), Math.min(y0, y1));
            graphics.drawImage(img, at, null);
        } else {
            // non-uniform grids and log axes: one rectangle per cell
            for (int j = 0; j < z.length; j++) {
                for (int i = 0; i < z[j].length; i++) {
                    double t = span > 0 ? (z[j][i] - im.vmin()) / span : 0.5;
                    int argb = im.cmap().argb(t);
                    if (argb == 0) {
                        continue;
                    }
                    double a = canvas.snap(layout.x.px(ex[i]));
                    double b = canvas.snap(layout.x.px(ex[i + 1]));
                    double c0 = canvas.snap(layout.y.px(ey[j + 1]));
                    double d = canvas.snap(layout.y.px(ey[j]));
                    graphics.setColor(new Color(argb, true));
                    graphics.fill(new Rectangle2D.Double(Math.min(a, b), Math.min(c0, d), Math.abs(b - a), Math.abs(d - c0)));
                }
            }
        }
        c.restore();
    }

    private void paintGrid() {
        graphics.setColor(Style.GRID);
        double w = layout.style.px(Style.GRID_WIDTH);
        graphics.setStroke(new BasicStroke((float) canvas.width(w), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        for (Ticks.Tick t : layout.x.ticks.major()) {
            double x = canvas.crisp(layout.x.px(t.value()), w);
            graphics.draw(new Line2D.Double(x, layout.box.y, x, layout.box.y + layout.box.height));
        }
        for (Ticks.Tick t : layout.y.ticks.major()) {
            double y = canvas.crisp(layout.y.px(t.value()), w);
            graphics.draw(new Line2D.Double(layout.box.x, y, layout.box.x + layout.box.width, y));
        }
    }

    private void paintContours() {
        double fs = layout.style.px(Style.FONT) * 0.9;
        for (Scene.Level lv : scene.levels) {
            List<double[]> cuts = new ArrayList<>();
            List<Shape> texts = new ArrayList<>();
            if (lv.labelled()) {
                labels.place(lv, fs, cuts, texts);
            }
            Path2D.Double p = new Path2D.Double();
            for (MarchingSquares.Line line : lv.lines()) {
                p.append(path(line.x(), line.y(), cuts), false);
            }
            canvas.stroke(p, lv.color(), lv.alpha(), Style.dash(lv.dash(), layout.style.px(lv.widthPt())));
            Canvas.Alpha c = canvas.withAlpha(lv.alpha());
            graphics.setColor(lv.color());
            for (Shape t : texts) {
                graphics.fill(canvas.snapShape(t));
            }
            c.restore();
        }
    }

    private void paintMarkers(Scene.Points p) {
        double size = layout.style.px(p.sizePt());
        Canvas.Alpha c = canvas.withAlpha(p.alpha());
        graphics.setColor(p.color());
        BasicStroke edge = new BasicStroke((float) layout.style.px(p.marker().filled() ? Style.MARKER_EDGE : Style.LINE_WIDTH),
                BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        graphics.setStroke(edge);
        for (int i = 0; i < p.x().length; i++) {
            double x = layout.x.px(p.x()[i]);
            double y = layout.y.px(p.y()[i]);
            if (!Double.isFinite(x) || !Double.isFinite(y)) {
                continue;
            }
            Shape m = p.marker().shape(canvas.snap(x), canvas.snap(y), size);
            if (p.marker().filled()) {
                graphics.fill(m);
            }
            graphics.draw(m);
        }
        c.restore();
    }


    /** A pixel path through the data points; NaN, infinite and (on log axes) non-positive values break it, and cut circles remove pieces. */
    private Path2D.Double path(double[] x, double[] y, List<double[]> cuts) {
        Path2D.Double p = new Path2D.Double();
        boolean pen = false;
        double px0 = 0;
        double py0 = 0;
        for (int i = 0; i < x.length; i++) {
            double px = layout.x.px(x[i]);
            double py = layout.y.px(y[i]);
            if (!Double.isFinite(px) || !Double.isFinite(py)) {
                pen = false;
                continue;
            }
            if (!cuts.isEmpty()) {
                if (pen) {
                    pen = cutSegment(p, px0, py0, px, py, cuts);
                } else if (!insideAny(px, py, cuts)) {
                    p.moveTo(canvas.snap(px), canvas.snap(py));
                    pen = true;
                }
            } else if (pen) {
                p.lineTo(canvas.snap(px), canvas.snap(py));
            } else {
                p.moveTo(canvas.snap(px), canvas.snap(py));
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
            p.lineTo(canvas.snap(bx), canvas.snap(by));
            return true;
        }
        inside.sort((u, v) -> Double.compare(u[0], v[0]));
        double t = 0;
        boolean pen = !(inside.get(0)[0] <= 0);
        for (double[] iv : inside) {
            if (iv[0] > t) {
                if (!pen) {
                    p.moveTo(canvas.snap(ax + t * dx), canvas.snap(ay + t * dy));
                }
                p.lineTo(canvas.snap(ax + iv[0] * dx), canvas.snap(ay + iv[0] * dy));
            }
            pen = false;
            t = Math.max(t, iv[1]);
        }
        if (t < 1) {
            p.moveTo(canvas.snap(ax + t * dx), canvas.snap(ay + t * dy));
            p.lineTo(canvas.snap(bx), canvas.snap(by));
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


    private static boolean uniform(double[] c) {
        double step = (c[c.length - 1] - c[0]) / (c.length - 1);
        for (int i = 1; i < c.length; i++) {
            if (Math.abs(c[i] - c[i - 1] - step) > Math.abs(step) * 1e-6) {
                return false;
            }
        }
        return true;
    }
}
