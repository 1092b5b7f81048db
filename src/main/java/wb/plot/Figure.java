package wb.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.internal.chartpart.IChart;
import wb.plot.render.Colormap;
import wb.plot.render.Colors;
import wb.plot.render.Contour;
import wb.plot.render.CurveFunction;
import wb.plot.render.FigureChart;
import wb.plot.render.FigureFiles;
import wb.plot.render.FigureSpec;
import wb.plot.render.Heatmap;
import wb.plot.render.Legend;
import wb.plot.render.Levels;
import wb.plot.render.Line;
import wb.plot.render.Look;
import wb.plot.render.Marker;
import wb.plot.render.Painter;
import wb.plot.render.Scatter;
import wb.plot.render.Series;
import wb.plot.render.Style;
import wb.plot.render.SurfaceFunction;
import wb.plot.render.Ticks;

/**
 * A figure: a fluent description of series (lines, markers, contour lines, heatmaps) and options
 * (labels, limits, scales, size) that renders on demand to an image, a file, a window or the
 * terminal.
 *
 * <p>Each builder call adds a series or sets an option and returns this figure. Style calls
 * ({@link #color}, {@link #label}, {@link #marker}, {@link #cmap}, ...) apply to the series added
 * last. Functions are sampled when they are added, so a figure is a snapshot of its data.
 * Rendering is deterministic: the same figure gives the same PNG and SVG bytes every time.
 *
 * <pre>{@code
 * new Figure().fn(w -> w * w, -2, 2).label("w²").point(0, 0).color("red").label("min").save("out/sq.png");
 * }</pre>
 *
 * <p>A figure is not thread-safe while it is being built. What renderers and displays read is
 * its {@link #spec()}, an immutable description of the figure as it is at that moment, so later
 * builder calls never change what a window shows.
 */
public final class Figure {

    /** Points at which {@link #fn} samples a function unless {@link #points} says otherwise. */
    public static final int DEFAULT_POINTS = 100;

    private final Display display;
    private final List<Series> series = new ArrayList<>();
    private String name = "figure";
    private String title;
    private String xlabel;
    private String ylabel;
    private double[] xlim;
    private double[] ylim;
    private boolean logx;
    private boolean logy;
    private boolean equalAspect;
    private boolean grid = true;
    private Boolean legend;
    private Legend.Location legendLocation = Legend.Location.BEST;
    private int width = 640;
    private int height = 480;
    private double dpi = 100;

    /** An empty figure without a display: it can be saved and rendered, and {@link #show()} throws. */
    public Figure() {
        this(null);
    }

    /** An empty figure that {@link #show()} hands to {@code display} (null for none). */
    public Figure(Display display) {
        this.display = display;
    }

    // ---------------------------------------------------------------- series

    /** Adds a line through the points (x[i], y[i]); NaN values break the line. */
    public Figure line(double[] x, double[] y) {
        checkXY("line", x, y);
        return add(Line.of(x.clone(), y.clone()));
    }

    /** Adds a line through (i, y[i]) for i = 0, 1, ... */
    public Figure line(double[] y) {
        if (y == null) {
            throw new IllegalArgumentException("line: y is null");
        }
        double[] x = new double[y.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return line(x, y);
    }

    /** Adds the curve of {@code f} over [a, b], sampled at {@value #DEFAULT_POINTS} evenly spaced points (ends included). */
    public Figure fn(DoubleUnaryOperator f, double a, double b) {
        if (f == null) {
            throw new IllegalArgumentException("fn: the function is null");
        }
        Surface.range("x", a, b);
        return add(Line.of(new CurveFunction(f, a, b, DEFAULT_POINTS)));
    }

    /** Same as {@link #fn(DoubleUnaryOperator, double, double)}. */
    public Figure function(DoubleUnaryOperator f, double a, double b) {
        return fn(f, a, b);
    }

    /** Adds markers at the points (x[i], y[i]) (a scatter plot). */
    public Figure scatter(double[] x, double[] y) {
        checkXY("scatter", x, y);
        return add(Scatter.of(x.clone(), y.clone()));
    }

    /** Adds one marker at (x, y). */
    public Figure point(double x, double y) {
        return scatter(new double[] {x}, new double[] {y});
    }

    /**
     * Adds the contour lines of {@code f} over [x0, x1] x [y0, y1], sampled on a 100 x 100 grid
     * (see {@link #points}); levels by {@link #levels(int)}, {@link #levels(double...)} or
     * {@link #spread}, colours by {@link #cmap} (viridis unless set) or {@link #color}.
     */
    public Figure contour(DoubleBinaryOperator f, double x0, double x1, double y0, double y1) {
        SurfaceFunction function = surfaceFunction("contour", f, x0, x1, y0, y1, 100);
        return add(Contour.of(function.sample(), function));
    }

    /** Adds the contour lines of a precomputed surface. */
    public Figure contour(Surface g) {
        return add(Contour.of(surface("contour", g).data(), null));
    }

    /** Adds the contour lines of values {@code z[j][i]} at {@code (x[i], y[j])} (numpy's meshgrid layout). */
    public Figure contour(double[] x, double[] y, double[][] z) {
        return contour(Surface.of(x, y, z));
    }

    /** Adds a filled heatmap of {@code f} over [x0, x1] x [y0, y1] (a 200 x 200 grid, see {@link #points}). */
    public Figure heatmap(DoubleBinaryOperator f, double x0, double x1, double y0, double y1) {
        SurfaceFunction function = surfaceFunction("heatmap", f, x0, x1, y0, y1, 200);
        return add(Heatmap.of(function.sample(), function));
    }

    /** Adds a filled heatmap of a precomputed surface, one cell per grid point. */
    public Figure heatmap(Surface g) {
        return add(Heatmap.of(surface("heatmap", g).data(), null));
    }

    /** Adds a filled heatmap of values {@code z[j][i]} at {@code (x[i], y[j])}, one cell per value. */
    public Figure heatmap(double[] x, double[] y, double[][] z) {
        return heatmap(Surface.of(x, y, z));
    }

    /** The function checked as {@link Surface#sample} checks it, to be sampled on a {@code points x points} grid. */
    private static SurfaceFunction surfaceFunction(String kind, DoubleBinaryOperator f, double x0, double x1, double y0,
                                                  double y1, int points) {
        if (f == null) {
            throw new IllegalArgumentException(kind + ": the function is null");
        }
        Surface.check(f, x0, x1, y0, y1, points, points);
        return new SurfaceFunction(f, x0, x1, y0, y1, points);
    }

    private static Surface surface(String kind, Surface g) {
        if (g == null) {
            throw new IllegalArgumentException(kind + ": the surface is null");
        }
        return g;
    }

    // ---------------------------------------------------------------- style of the last series

    /** Names the last series; named series appear in the legend. */
    public Figure label(String label) {
        return restyle(last("label"), Look.LABEL, label);
    }

    /** Colours the last series: a name as in matplotlib ({@code "red"}, {@code "tab:blue"}, {@code "C2"}, {@code "#1f77b4"}). */
    public Figure color(String color) {
        return restyle(last("color"), Look.COLOR, Colors.parse(color));
    }

    /** Colours the last series. */
    public Figure color(Color color) {
        if (color == null) {
            throw new IllegalArgumentException("color: null");
        }
        return restyle(last("color"), Look.COLOR, color);
    }

    /** Sets the opacity of the last series, 0 (invisible) to 1 (opaque). */
    public Figure alpha(double alpha) {
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha: expected a value in [0, 1], got " + Ticks.number(alpha, 6));
        }
        return restyle(last("alpha"), Look.ALPHA, alpha);
    }

    /** Draws markers on the last series: {@code "o"}, {@code "x"}, {@code "s"}, {@code "D"}, {@code "^"}, {@code "v"}, {@code "+"}, {@code "*"}, {@code "."}. */
    public Figure marker(String marker) {
        return restyle(lastOf("marker", Line.class, Scatter.class), Look.MARKER, Marker.parse(marker));
    }

    /** Sets the marker width of the last series in points (matplotlib's markersize; scatter's s = its square). */
    public Figure markerSize(double points) {
        Series s = lastOf("markerSize", Line.class, Scatter.class);
        positive("markerSize", points);
        if (s instanceof Line l && l.look().get(Look.MARKER) == null) {
            // as matplotlib's plot(..., markersize=): a line without a marker gets circles
            s = l.with(l.look().with(Look.MARKER, Marker.CIRCLE));
        }
        return restyle(s, Look.MARKER_SIZE, points);
    }

    /** Sets the line width of the last line or contour in points (default 1.5). */
    public Figure lineWidth(double points) {
        Series s = lastOf("lineWidth", Line.class, Contour.class, Scatter.class);
        positive("lineWidth", points);
        return restyle(s, Look.LINE_WIDTH, points);
    }

    /** Sets the dash pattern of the last line or contour: {@code "-"}, {@code "--"}, {@code ":"}, {@code "-."}, or {@code ""} for none. */
    public Figure lineStyle(String style) {
        Series s = lastOf("lineStyle", Line.class, Contour.class);
        Style.dash(style, 1);
        return restyle(s, Look.LINE_STYLE, style);
    }

    /** Re-samples the last function at {@code n} points ({@code n x n} for a surface). */
    public Figure points(int n) {
        Series s = last("points");
        if (!(s instanceof Line l ? l.function() != null : s instanceof Contour c ? c.function() != null
                : s instanceof Heatmap h && h.function() != null)) {
            throw new IllegalArgumentException("points: the last series (" + s.describe() + ") was not made from a function");
        }
        if (n < 2) {
            throw new IllegalArgumentException("points: expected at least 2, got " + n);
        }
        if (s instanceof Line l) {
            return replaceLast(l.sampled(l.function().withPoints(n), l.function().a(), l.function().b()));
        }
        return replaceLast(s instanceof Contour c ? c.sampled(c.function().withPoints(n))
                : ((Heatmap) s).sampled(((Heatmap) s).function().withPoints(n)));
    }

    /** Colours the last contour or heatmap with a colormap: {@code "viridis"}, {@code "inferno"}, {@code "Blues"}, ... */
    public Figure cmap(String name) {
        return restyle(lastOf("cmap", Contour.class, Heatmap.class), Look.CMAP, Colormap.named(name));
    }

    /**
     * Draws round contour levels as matplotlib's {@code levels=n} does (the default is 7): the
     * surface's range in at most n + 1 intervals of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 or 10 times a
     * power of ten, from the last level at or below its minimum to the first at or above its maximum.
     */
    public Figure levels(int n) {
        return restyle(lastOf("levels", Contour.class), Look.LEVELS, Levels.count(n));
    }

    /** Draws the contour at exactly these levels. */
    public Figure levels(double... values) {
        return restyle(lastOf("levels", Contour.class), Look.LEVELS, Levels.explicit(values));
    }

    /** Draws {@code n} contour levels evenly spread from {@code fraction * min} to {@code fraction * max} of the surface, as the notebook does with 0.1. */
    public Figure spread(int n, double fraction) {
        return restyle(lastOf("spread", Contour.class), Look.LEVELS, Levels.spread(n, fraction));
    }

    /** Writes each level's value on its contour line. */
    public Figure clabel() {
        return restyle(lastOf("clabel", Contour.class), Look.LEVEL_LABELS, true);
    }

    /** Draws a colour bar for the last contour or heatmap beside the plot: its levels, or its colormap's range. */
    public Figure colorbar() {
        return restyle(lastOf("colorbar", Contour.class, Heatmap.class), Look.COLORBAR, true);
    }

    /** Sets the values the last heatmap's colormap spans (default: the surface's min and max). */
    public Figure range(double vmin, double vmax) {
        Series h = lastOf("range", Heatmap.class);
        if (!(vmax > vmin) || !Double.isFinite(vmin) || !Double.isFinite(vmax)) {
            throw new IllegalArgumentException("range: expected finite vmin < vmax, got " + Ticks.number(vmin, 6) + ", "
                    + Ticks.number(vmax, 6));
        }
        return replaceLast(h.with(h.look().with(Look.VMIN, vmin).with(Look.VMAX, vmax)));
    }

    // ---------------------------------------------------------------- figure options

    /** Sets the title above the plot. */
    public Figure title(String title) {
        this.title = title;
        return this;
    }

    /** Labels the x axis; {@code w_1}, {@code w_{1}} and {@code $w_1$} set a subscript. */
    public Figure xlabel(String label) {
        this.xlabel = label;
        return this;
    }

    /** Labels the y axis; {@code w_1}, {@code w_{1}} and {@code $w_1$} set a subscript. */
    public Figure ylabel(String label) {
        this.ylabel = label;
        return this;
    }

    /** Shows the legend (shown anyway as soon as a series has a label). */
    public Figure legend() {
        this.legend = Boolean.TRUE;
        return this;
    }

    /** Shows or hides the legend. */
    public Figure legend(boolean show) {
        this.legend = show;
        return this;
    }

    /** Shows the legend at a place: {@code "best"}, {@code "upper right"}, {@code "lower left"}, {@code "center"}, ... */
    public Figure legend(String location) {
        this.legendLocation = Legend.Location.parse(location);
        this.legend = Boolean.TRUE;
        return this;
    }

    /** Draws grid lines at the major ticks (the default). */
    public Figure grid() {
        this.grid = true;
        return this;
    }

    /** Draws or hides grid lines. */
    public Figure grid(boolean on) {
        this.grid = on;
        return this;
    }

    /** Fixes the x range shown. */
    public Figure xlim(double lo, double hi) {
        this.xlim = limits("xlim", lo, hi);
        return this;
    }

    /** Fixes the y range shown. */
    public Figure ylim(double lo, double hi) {
        this.ylim = limits("ylim", lo, hi);
        return this;
    }

    /** Uses a logarithmic x axis (non-positive x values are not drawn). */
    public Figure logx() {
        this.logx = true;
        return this;
    }

    /** Uses a logarithmic y axis (non-positive y values are not drawn). */
    public Figure logy() {
        this.logy = true;
        return this;
    }

    /** Makes one unit the same length on both axes (circles look round), shrinking the plot box. */
    public Figure equalAspect() {
        this.equalAspect = true;
        return this;
    }

    /** Sets the image size in pixels (default 640 x 480). */
    public Figure size(int width, int height) {
        if (width < 16 || height < 16 || width > 20000 || height > 20000) {
            throw new IllegalArgumentException("size: expected 16..20000 pixels each way, got " + width + " x " + height);
        }
        this.width = width;
        this.height = height;
        return this;
    }

    /** Sets the resolution in dots per inch (default 100): text and lines scale with it, as in matplotlib. */
    public Figure dpi(double dpi) {
        if (!(dpi >= 10 && dpi <= 2000)) {
            throw new IllegalArgumentException("dpi: expected 10..2000, got " + Ticks.number(dpi, 6));
        }
        this.dpi = dpi;
        return this;
    }

    /** Names the figure (default "figure"): windows and numbered files are keyed by the name. */
    public Figure name(String name) {
        this.name = checkName(name);
        return this;
    }

    // ---------------------------------------------------------------- output

    /**
     * Writes the figure to {@code path}, the format chosen by the extension (.png, .svg, .pdf,
     * .jpg/.jpeg), creating missing folders and replacing the file atomically.
     *
     * @return the path written
     * @throws IllegalArgumentException for an unknown extension (listing the supported ones)
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    public Path save(String path) {
        if (path == null) {
            throw new IllegalArgumentException("save: the path is null");
        }
        return save(Path.of(path));
    }

    /** As {@link #save(String)}. */
    public Path save(Path path) {
        return FigureFiles.save(spec(), path);
    }

    /**
     * Shows this figure on the display it was created with (a window, the terminal, or a numbered
     * file in a script run).
     *
     * <p>It returns nothing, so that {@code plot(...).show()} typed as a snippet is shown once:
     * a snippet whose value is a figure is shown too.
     *
     * @throws IllegalStateException if the figure was created without a display
     */
    public void show() {
        if (display == null) {
            throw new IllegalStateException("show: this figure has no display; make it with plot(...) in a session, "
                    + "or pass a Display to new Figure(display), or save(path) it");
        }
        display.show(this);
    }

    /** Renders the figure to an image of its size. */
    public BufferedImage image() {
        return Painter.image(spec());
    }

    /** The figure as an XChart chart, for XChart's encoders and panels. */
    public IChart chart() {
        return new FigureChart(spec());
    }

    /** An independent copy (same name, series, options and display), to build on without changing this one. */
    public Figure copy() {
        return of(spec(), display);
    }

    /**
     * The figure as it is now: an immutable description that renderers and displays read.
     * Later builder calls change this figure, never a description already taken.
     */
    public FigureSpec spec() {
        return new FigureSpec(name, series, title, xlabel, ylabel, xlim, ylim, logx, logy, equalAspect, grid, legend,
                legendLocation, width, height, dpi);
    }

    /** A figure that starts as {@code spec} describes, bound to {@code display}. */
    static Figure of(FigureSpec spec, Display display) {
        Figure f = new Figure(display);
        f.series.addAll(spec.series());
        f.name = spec.name();
        f.title = spec.title();
        f.xlabel = spec.xlabel();
        f.ylabel = spec.ylabel();
        f.xlim = spec.xlim();
        f.ylim = spec.ylim();
        f.logx = spec.logx();
        f.logy = spec.logy();
        f.equalAspect = spec.equalAspect();
        f.grid = spec.grid();
        f.legend = spec.legend();
        f.legendLocation = spec.legendLocation();
        f.width = spec.width();
        f.height = spec.height();
        f.dpi = spec.dpi();
        return f;
    }

    /** The figure's name. */
    public String name() {
        return name;
    }

    /** The width in pixels. */
    public int width() {
        return width;
    }

    /** The height in pixels. */
    public int height() {
        return height;
    }

    /** The resolution in dots per inch. */
    public double dpi() {
        return dpi;
    }

    /** The title, or null. */
    public String title() {
        return title;
    }

    /** The display {@link #show()} uses, or null. */
    public Display display() {
        return display;
    }

    /** A one-line summary, e.g. {@code Figure[ls: line 'LS', scatter 'min]}. */
    @Override
    public String toString() {
        return spec().summary();
    }

    // ---------------------------------------------------------------- helpers

    private Figure add(Series s) {
        series.add(s);
        return this;
    }

    /** Replaces the last series, {@code s}, by itself with {@code option} set to {@code value}. */
    private <T> Figure restyle(Series s, Look.Option<T> option, T value) {
        return replaceLast(s.with(s.look().with(option, value)));
    }

    private Figure replaceLast(Series s) {
        series.set(series.size() - 1, s);
        return this;
    }

    private Series last(String what) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException(what + ": there is no series yet to apply it to; add one first "
                    + "(fn, line, scatter, point, contour or heatmap)");
        }
        return series.get(series.size() - 1);
    }

    /** The last series if it is one of {@code kinds}; else an error naming them in the order given. */
    @SafeVarargs
    private Series lastOf(String what, Class<? extends Series>... kinds) {
        Series s = last(what);
        for (Class<? extends Series> k : kinds) {
            if (k.isInstance(s)) {
                return s;
            }
        }
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < kinds.length; i++) {
            names.append(i == 0 ? "" : i == kinds.length - 1 ? " or " : ", ")
                    .append(kinds[i].getSimpleName().toLowerCase(java.util.Locale.ROOT));
        }
        throw new IllegalArgumentException(what + ": applies to a " + names + " series, but the last series is a "
                + s.describe());
    }

    private static void checkXY(String what, double[] x, double[] y) {
        if (x == null || y == null) {
            throw new IllegalArgumentException(what + ": " + (x == null ? "x" : "y") + " is null");
        }
        if (x.length != y.length) {
            throw new IllegalArgumentException(what + ": x and y must have the same length, got " + x.length + " and " + y.length);
        }
    }

    private static double[] limits(String what, double lo, double hi) {
        if (!Double.isFinite(lo) || !Double.isFinite(hi) || !(hi > lo)) {
            throw new IllegalArgumentException(what + ": expected finite lo < hi, got " + Ticks.number(lo, 6)
                    + " and " + Ticks.number(hi, 6));
        }
        return new double[] {lo, hi};
    }

    private static void positive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + ": expected a positive number of points, got " + Ticks.number(v, 6));
        }
    }

    /** Checks a figure's name: letters, digits, '_', '-', '.' or '+'. */
    static String checkName(String name) {
        if (name == null || name.isBlank() || !name.matches("[\\p{L}\\p{N}_.+-]+")) {
            throw new IllegalArgumentException("name: expected letters, digits, '_', '-', '.' or '+', got "
                    + (name == null ? "null" : "\"" + name + "\""));
        }
        return name;
    }
}
