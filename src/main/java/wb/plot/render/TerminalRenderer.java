package wb.plot.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a figure as text: Unicode braille dots (2 x 4 per character cell) for lines and contours,
 * marker symbols for points, shade blocks for heatmaps, a left and bottom axis with round ticks
 * and their labels, the title, axis labels and a legend.
 *
 * <p>Colours are 256-colour ANSI escapes when {@code color} is true (callers pass false when
 * NO_COLOR is set); otherwise the text is plain. The output is {@code rows} lines of at most
 * {@code cols} cells, each ending in a newline.
 */
public final class TerminalRenderer {

    private static final String SHADES = " \u2591\u2592\u2593\u2588";

    private final int cols;
    private final int rows;
    private final boolean color;

    /**
     * A renderer for a {@code cols x rows} character area.
     *
     * @throws IllegalArgumentException if the area is smaller than 20 x 8 cells
     */
    public TerminalRenderer(int cols, int rows, boolean color) {
        if (cols < 20 || rows < 8) {
            throw new IllegalArgumentException("terminal plot: expected at least 20 x 8 cells, got " + cols + " x " + rows);
        }
        this.cols = cols;
        this.rows = rows;
        this.color = color;
    }

    /** The figure as text lines, each ending in a newline. */
    public String render(FigureSpec f) {
        Scene s = Scene.of(f);
        double[] xl = Axis.limits(s.bounds[0], s.bounds[1], f.xlim(), f.logx(), s.stickyX);
        double[] yl = Axis.limits(s.bounds[2], s.bounds[3], f.ylim(), f.logy(), s.stickyY);
        int top = f.title() != null ? 1 : 0;
        boolean ylabelRow = f.ylabel() != null;
        int bottomRows = 2 + (f.xlabel() != null ? 1 : 0);
        int plotRows = rows - top - (ylabelRow ? 1 : 0) - bottomRows;
        // y tick labels decide the left margin; they depend on the plot height only
        Ticks.Set yt = f.logy() ? Ticks.log(yl[0], yl[1], Math.max(1, plotRows / 2))
                : Ticks.linear(yl[0], yl[1], Math.max(1, plotRows / 2));
        int labelWidth = 0;
        for (Ticks.Tick t : yt.major()) {
            labelWidth = Math.max(labelWidth, RichText.plain(t.label()).length());
        }
        int left = labelWidth + 1;
        int plotCols = cols - left - 1;
        if (plotRows < 3 || plotCols < 8) {
            throw new IllegalArgumentException("terminal plot: " + cols + " x " + rows + " cells leave no room for the plot");
        }
        int dotsW = plotCols * 2;
        int dotsH = plotRows * 4;
        Axis ax = new Axis(xl[0], xl[1], f.logx(), 0, dotsW - 1, Math.max(1, plotCols / 10));
        Axis ay = new Axis(yl[0], yl[1], f.logy(), dotsH - 1, 0, Math.max(1, plotRows / 2));

        Canvas c = new Canvas(plotCols, plotRows);
        for (Scene.Image im : s.images) {
            shade(c, im, ax, ay);
        }
        for (Scene.Level lv : s.levels) {
            for (MarchingSquares.Line line : lv.lines()) {
                c.polyline(line.x(), line.y(), ax, ay, lv.color());
            }
        }
        for (Scene.Path p : s.paths) {
            c.polyline(p.x(), p.y(), ax, ay, p.color());
        }
        for (Scene.Points p : s.points) {
            for (int i = 0; i < p.x().length; i++) {
                double x = ax.px(p.x()[i]);
                double y = ay.px(p.y()[i]);
                if (Double.isFinite(x) && Double.isFinite(y)) {
                    c.symbol((int) Math.round(x) / 2, (int) Math.round(y) / 4, symbol(p.marker()), p.color());
                }
            }
        }
        if (f.legendShown() && !s.entries.isEmpty()) {
            legend(c, s.entries);
        }

        List<String> out = new ArrayList<>();
        if (top == 1) {
            out.add(center(RichText.plain(f.title()), cols));
        }
        if (ylabelRow) {
            out.add(RichText.plain(f.ylabel()));
        }
        // rows of the plot with the y axis
        String[] yLabels = new String[plotRows];
        for (Ticks.Tick t : yt.major()) {
            int r = (int) Math.round(ay.px(t.value())) / 4;
            if (r >= 0 && r < plotRows) {
                yLabels[r] = RichText.plain(t.label());
            }
        }
        for (int r = 0; r < plotRows; r++) {
            StringBuilder b = new StringBuilder();
            String lab = yLabels[r] == null ? "" : yLabels[r];
            b.append(" ".repeat(labelWidth - lab.length())).append(lab);
            b.append(yLabels[r] == null ? '\u2502' : '\u2524');
            c.row(r, b, color);
            out.add(b.toString());
        }
        // bottom axis with tick marks, then the tick labels
        char[] axis = new char[plotCols];
        java.util.Arrays.fill(axis, '\u2500');
        char[] labels = new char[cols];
        java.util.Arrays.fill(labels, ' ');
        int lastEnd = -2;
        for (Ticks.Tick t : ax.ticks.major()) {
            int col = (int) Math.round(ax.px(t.value())) / 2;
            if (col < 0 || col >= plotCols) {
                continue;
            }
            axis[col] = '\u252c';
            String lab = RichText.plain(t.label());
            int start = Math.max(0, Math.min(cols - lab.length(), left + col - lab.length() / 2));
            if (start > lastEnd + 1) {
                lab.getChars(0, lab.length(), labels, start);
                lastEnd = start + lab.length() - 1;
            }
        }
        out.add(" ".repeat(labelWidth) + '\u2514' + new String(axis));
        String mult = ax.ticks.multiplier().isEmpty() ? "" : "  " + RichText.plain(ax.ticks.multiplier());
        out.add((new String(labels).stripTrailing() + mult).stripTrailing());
        if (f.xlabel() != null) {
            out.add(" ".repeat(left) + center(RichText.plain(f.xlabel()), plotCols).stripTrailing());
        }
        StringBuilder all = new StringBuilder();
        for (String line : out) {
            all.append(line.stripTrailing()).append('\n');
        }
        if (!yt.multiplier().isEmpty()) {
            all.insert(0, "(y " + RichText.plain(yt.multiplier()) + ")\n");
        }
        return all.toString();
    }

    private static void shade(Canvas c, Scene.Image im, Axis ax, Axis ay) {
        SurfaceData g = im.grid();
        double span = im.vmax() - im.vmin();
        for (int r = 0; r < c.rows; r++) {
            for (int col = 0; col < c.cols; col++) {
                double x = invert(ax, col * 2 + 1);
                double y = invert(ay, r * 4 + 2);
                double v = nearest(g, x, y);
                if (Double.isNaN(v)) {
                    continue;
                }
                double t = span > 0 ? (v - im.vmin()) / span : 0.5;
                int k = (int) Math.max(0, Math.min(SHADES.length() - 1, Math.floor(t * SHADES.length())));
                c.background(col, r, SHADES.charAt(k), im.cmap().at(t));
            }
        }
    }

    private static double invert(Axis a, double p) {
        double t = (p - a.p0) / (a.p1 - a.p0);
        return a.log ? Math.pow(10, Math.log10(a.lo) + t * (Math.log10(a.hi) - Math.log10(a.lo))) : a.lo + t * (a.hi - a.lo);
    }

    private static double nearest(SurfaceData g, double x, double y) {
        double[] xs = g.x();
        double[] ys = g.y();
        if (x < xs[0] - (xs[1] - xs[0]) / 2 || x > xs[xs.length - 1] + (xs[xs.length - 1] - xs[xs.length - 2]) / 2
                || y < ys[0] - (ys[1] - ys[0]) / 2 || y > ys[ys.length - 1] + (ys[ys.length - 1] - ys[ys.length - 2]) / 2) {
            return Double.NaN;
        }
        return g.z()[closest(ys, y)][closest(xs, x)];
    }

    private static int closest(double[] v, double x) {
        int i = java.util.Arrays.binarySearch(v, x);
        if (i >= 0) {
            return i;
        }
        int hi = Math.min(v.length - 1, -i - 1);
        int lo = Math.max(0, hi - 1);
        return Math.abs(v[lo] - x) <= Math.abs(v[hi] - x) ? lo : hi;
    }

    private static char symbol(Marker m) {
        switch (m) {
            case CIRCLE: return '\u25cf';
            case POINT: return '\u2022';
            case SQUARE: return '\u25a0';
            case DIAMOND: return '\u25c6';
            case TRIANGLE_UP: return '\u25b2';
            case TRIANGLE_DOWN: return '\u25bc';
            case CROSS: return '\u2715';
            case PLUS: return '+';
            case STAR: return '\u2605';
            default: throw new AssertionError(m);
        }
    }

    /** Writes the legend in the top corner (right, or left if the right one is busier). */
    private static void legend(Canvas c, List<Scene.Entry> entries) {
        int w = 0;
        for (Scene.Entry e : entries) {
            w = Math.max(w, RichText.plain(e.label()).length() + 3);
        }
        int h = entries.size();
        if (w + 2 > c.cols || h > c.rows) {
            return;
        }
        int right = c.cols - w - 1;
        int col0 = c.busy(right, 0, w + 1, h) <= c.busy(0, 0, w + 1, h) ? right : 1;
        for (int i = 0; i < h; i++) {
            Scene.Entry e = entries.get(i);
            String handle = e.marker() != null ? symbol(e.marker()) + " " : "\u2500\u2500";
            c.text(col0 - 1, i, " ", null);
            c.text(col0, i, handle, e.color());
            c.text(col0 + 2, i, " " + RichText.plain(e.label()) + " ".repeat(w - 3 - RichText.plain(e.label()).length() + 1), null);
        }
    }

    private static String center(String s, int width) {
        int pad = Math.max(0, (width - s.length()) / 2);
        return " ".repeat(pad) + s;
    }

    /** The 256-colour ANSI index nearest to {@code c} (the 6x6x6 cube or the grey ramp). */
    static int ansi256(Color c) {
        int r = c.getRed();
        int g = c.getGreen();
        int b = c.getBlue();
        int ri = cube(r);
        int gi = cube(g);
        int bi = cube(b);
        int cubeIndex = 16 + 36 * ri + 6 * gi + bi;
        int cr = level(ri);
        int cg = level(gi);
        int cb = level(bi);
        int grey = (r + g + b) / 3;
        int gIdx = Math.max(0, Math.min(23, (grey - 8 + 5) / 10));
        int gv = 8 + 10 * gIdx;
        long dCube = sq(r - cr) + sq(g - cg) + sq(b - cb);
        long dGrey = sq(r - gv) + sq(g - gv) + sq(b - gv);
        return dGrey < dCube ? 232 + gIdx : cubeIndex;
    }

    private static int cube(int v) {
        return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
    }

    private static int level(int i) {
        return i == 0 ? 0 : 55 + 40 * i;
    }

    private static long sq(int v) {
        return (long) v * v;
    }

    /** A grid of cells, each braille dots or a symbol, with a foreground colour and an optional shade. */
    private static final class Canvas {
        final int cols;
        final int rows;
        final int[] dots;
        final char[] symbols;
        final Color[] fg;
        final Color[] bg;

        Canvas(int cols, int rows) {
            this.cols = cols;
            this.rows = rows;
            dots = new int[cols * rows];
            symbols = new char[cols * rows];
            fg = new Color[cols * rows];
            bg = new Color[cols * rows];
        }

        // braille dot bits by (x % 2, y % 4)
        private static final int[][] BITS = {{0x01, 0x02, 0x04, 0x40}, {0x08, 0x10, 0x20, 0x80}};

        void dot(int x, int y, Color c) {
            if (x < 0 || y < 0 || x >= cols * 2 || y >= rows * 4) {
                return;
            }
            int i = (y / 4) * cols + x / 2;
            dots[i] |= BITS[x % 2][y % 4];
            fg[i] = c;
        }

        void polyline(double[] xs, double[] ys, Axis ax, Axis ay, Color c) {
            boolean pen = false;
            double px = 0;
            double py = 0;
            for (int k = 0; k < xs.length; k++) {
                double x = ax.px(xs[k]);
                double y = ay.px(ys[k]);
                if (!Double.isFinite(x) || !Double.isFinite(y)) {
                    pen = false;
                    continue;
                }
                if (pen) {
                    segment(px, py, x, y, c);
                } else {
                    dot((int) Math.round(x), (int) Math.round(y), c);
                }
                px = x;
                py = y;
                pen = true;
            }
        }

        private void segment(double x0, double y0, double x1, double y1, Color c) {
            int n = (int) Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0)));
            if (n > 100000) {
                return;
            }
            for (int k = 1; k <= n; k++) {
                double t = (double) k / n;
                dot((int) Math.round(x0 + t * (x1 - x0)), (int) Math.round(y0 + t * (y1 - y0)), c);
            }
        }

        void symbol(int col, int row, char ch, Color c) {
            if (col < 0 || row < 0 || col >= cols || row >= rows) {
                return;
            }
            symbols[row * cols + col] = ch;
            fg[row * cols + col] = c;
        }

        void background(int col, int row, char shade, Color c) {
            symbols[row * cols + col] = shade == ' ' ? 0 : shade;
            bg[row * cols + col] = c;
            fg[row * cols + col] = c;
        }

        void text(int col, int row, String s, Color c) {
            for (int k = 0; k < s.length(); k++) {
                int x = col + k;
                if (x >= 0 && x < cols && row >= 0 && row < rows) {
                    int i = row * cols + x;
                    symbols[i] = s.charAt(k);
                    dots[i] = 0;
                    fg[i] = c;
                    bg[i] = null;
                }
            }
        }

        int busy(int col, int row, int w, int h) {
            int n = 0;
            for (int r = row; r < Math.min(rows, row + h); r++) {
                for (int x = Math.max(0, col); x < Math.min(cols, col + w); x++) {
                    int i = r * cols + x;
                    n += Integer.bitCount(dots[i]) + (symbols[i] != 0 ? 8 : 0);
                }
            }
            return n;
        }

        void row(int r, StringBuilder b, boolean color) {
            int current = -1;
            for (int x = 0; x < cols; x++) {
                int i = r * cols + x;
                char ch;
                if (dots[i] != 0 && (symbols[i] == 0 || bg[i] != null)) {
                    ch = (char) (0x2800 + dots[i]);
                } else if (symbols[i] != 0) {
                    ch = symbols[i];
                } else {
                    ch = ' ';
                }
                if (color) {
                    int want = ch == ' ' || fg[i] == null ? -1 : ansi256(fg[i]);
                    if (want != current) {
                        b.append(want < 0 ? "\u001b[0m" : "\u001b[38;5;" + want + "m");
                        current = want;
                    }
                }
                b.append(ch);
            }
            if (color && current >= 0) {
                b.append("\u001b[0m");
            }
        }
    }
}
