package wb.plot.render;

import java.awt.geom.Rectangle2D;

/**
 * Where everything of a figure goes in pixels: the plot box (matplotlib's subplot box, widened
 * when tick labels need more room and shrunk for an equal aspect), the two axes with their ticks,
 * and the laid-out labels.
 */
public final class Layout {

    public final Style style;
    public final Fonts fonts;
    public final int width;
    public final int height;
    public final Rectangle2D.Double box;
    public final Axis x;
    public final Axis y;
    public final RichText[] xTickLabels;
    public final RichText[] yTickLabels;
    public final RichText xMultiplier;
    public final RichText yMultiplier;
    public final RichText xlabel;
    public final RichText ylabel;
    public final RichText title;
    /** The colour bar's box, its value axis and tick labels, or null. */
    public final Rectangle2D.Double barBox;
    public final Axis barAxis;
    public final RichText[] barLabels;

    private Layout(Style style, Fonts fonts, int width, int height, Rectangle2D.Double box, Axis x, Axis y,
                   RichText xlabel, RichText ylabel, RichText title, Scene.Bar bar) {
        this.style = style;
        this.fonts = fonts;
        this.width = width;
        this.height = height;
        this.box = box;
        this.x = x;
        this.y = y;
        this.xlabel = xlabel;
        this.ylabel = ylabel;
        this.title = title;
        this.xTickLabels = labels(x, style, fonts);
        this.yTickLabels = labels(y, style, fonts);
        this.xMultiplier = x.ticks.multiplier().isEmpty() ? null : RichText.layout(x.ticks.multiplier(), fonts, style.px(Style.FONT));
        this.yMultiplier = y.ticks.multiplier().isEmpty() ? null : RichText.layout(y.ticks.multiplier(), fonts, style.px(Style.FONT));
        if (bar == null) {
            barBox = null;
            barAxis = null;
            barLabels = null;
        } else {
            // matplotlib's colorbar: a bar a twentieth of the box's height wide, a short gap after the box
            double gap = style.px(Style.BAR_PAD);
            double w = style.px(Style.BAR_WIDTH);
            barBox = new Rectangle2D.Double(box.x + box.width + gap, box.y, w, box.height);
            double lo = bar.vmin();
            double hi = bar.vmax() > bar.vmin() ? bar.vmax() : bar.vmin() + 1;
            barAxis = new Axis(lo, hi, false, box.y + box.height, box.y,
                    (int) Math.max(1, Math.min(9, Math.floor(box.height / style.px(Style.FONT * 2)))));
            barLabels = labels(barAxis, style, fonts);
        }
    }

    private static RichText[] labels(Axis a, Style style, Fonts fonts) {
        RichText[] out = new RichText[a.ticks.major().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = RichText.layout(a.ticks.major().get(i).label(), fonts, style.px(Style.FONT));
        }
        return out;
    }

    static Layout of(FigureSpec f, Scene s, int width, int height) {
        Style st = new Style(f.dpi());
        Fonts fonts = Fonts.bundled();
        double[] xl = Axis.limits(s.bounds[0], s.bounds[1], f.xlim(), f.logx(), s.stickyX);
        double[] yl = Axis.limits(s.bounds[2], s.bounds[3], f.ylim(), f.logy(), s.stickyY);
        double fs = st.px(Style.FONT);
        RichText xlabel = f.xlabel() == null ? null : RichText.layout(f.xlabel(), fonts, fs);
        RichText ylabel = f.ylabel() == null ? null : RichText.layout(f.ylabel(), fonts, fs);
        RichText title = f.title() == null ? null : RichText.layout(f.title(), fonts, st.px(Style.TITLE_FONT));

        double left = Style.LEFT * width;
        double right = Style.RIGHT * width;
        if (s.bar != null) {
            // room for the bar, its ticks and labels (the widest label of its 1-2-5 ticks)
            Ticks.Set bt = Ticks.linear(s.bar.vmin(), s.bar.vmax() > s.bar.vmin() ? s.bar.vmax() : s.bar.vmin() + 1, 9);
            double lw = 0;
            for (Ticks.Tick t : bt.major()) {
                lw = Math.max(lw, RichText.layout(t.label(), fonts, st.px(Style.FONT)).width());
            }
            right = Math.min(right, width - st.px(4) - lw - st.px(Style.TICK_LENGTH + Style.TICK_PAD)
                    - st.px(Style.BAR_WIDTH + Style.BAR_PAD));
        }
        double top = (1 - Style.TOP) * height;
        double bottom = (1 - Style.BOTTOM) * height;
        double tickRoom = st.px(Style.TICK_LENGTH + Style.TICK_PAD);
        double edge = st.px(2);
        // the box grows no further than needed: two passes settle tick labels that depend on its size
        Axis ax = null;
        Axis ay = null;
        for (int pass = 0; pass < 3; pass++) {
            ax = new Axis(xl[0], xl[1], f.logx(), left, right, xBins(st, right - left, xl, f.logx(), fonts));
            ay = new Axis(yl[0], yl[1], f.logy(), bottom, top, yBins(st, bottom - top));
            double yw = 0;
            for (Ticks.Tick t : ay.ticks.major()) {
                yw = Math.max(yw, RichText.layout(t.label(), fonts, fs).width());
            }
            double needLeft = edge + tickRoom + yw + (ylabel == null ? 0 : ylabel.height() + st.px(Style.LABEL_PAD));
            double xh = fs * Style.TICK_LABEL_EM;
            double needBottom = edge + tickRoom + xh + (xlabel == null ? 0 : xlabel.height() + st.px(Style.LABEL_PAD));
            double needTop = title == null ? edge : edge + title.height() + st.px(Style.TITLE_PAD);
            if (!ay.ticks.multiplier().isEmpty()) {
                needTop = Math.max(needTop, edge + fs * 1.6);
            }
            double nl = Math.max(Style.LEFT * width, needLeft);
            double nb = Math.min((1 - Style.BOTTOM) * height, height - needBottom);
            double nt = Math.max((1 - Style.TOP) * height, needTop);
            if (nl == left && nb == bottom && nt == top) {
                break;
            }
            left = nl;
            bottom = nb;
            top = nt;
        }
        if (right - left < 10 || bottom - top < 10) {
            throw new IllegalArgumentException("size: " + width + " x " + height + " pixels leave no room for the plot at "
                    + Ticks.number(f.dpi(), 4) + " dpi; make the figure larger or the dpi smaller");
        }
        if (f.equalAspect() && !f.logx() && !f.logy()) {
            double sx = (right - left) / (xl[1] - xl[0]);
            double sy = (bottom - top) / (yl[1] - yl[0]);
            if (sx > sy) {
                double w = sy * (xl[1] - xl[0]);
                double c = (left + right) / 2;
                left = c - w / 2;
                right = c + w / 2;
            } else {
                double h = sx * (yl[1] - yl[0]);
                double c = (top + bottom) / 2;
                top = c - h / 2;
                bottom = c + h / 2;
            }
            ax = new Axis(xl[0], xl[1], false, left, right, xBins(st, right - left, xl, false, fonts));
            ay = new Axis(yl[0], yl[1], false, bottom, top, yBins(st, bottom - top));
        }
        Rectangle2D.Double box = new Rectangle2D.Double(left, top, right - left, bottom - top);
        return new Layout(st, fonts, width, height, box, ax, ay, xlabel, ylabel, title, s.bar);
    }

    /** As matplotlib: at most 9 intervals, about one per three font sizes of length, fewer if labels would touch. */
    private static int xBins(Style st, double lengthPx, double[] lim, boolean log, Fonts fonts) {
        int bins = (int) Math.max(1, Math.min(9, Math.floor(lengthPx / st.px(Style.FONT * 3))));
        double fs = st.px(Style.FONT);
        while (bins > 1) {
            Ticks.Set t = log ? Ticks.log(lim[0], lim[1], bins) : Ticks.linear(lim[0], lim[1], bins);
            double widest = 0;
            for (Ticks.Tick k : t.major()) {
                widest = Math.max(widest, RichText.layout(k.label(), fonts, fs).width());
            }
            double spacing = t.major().size() < 2 ? lengthPx : lengthPx * Math.abs(
                    pos(t.major().get(1).value(), lim, log) - pos(t.major().get(0).value(), lim, log));
            if (widest + fs * 0.8 <= spacing) {
                break;
            }
            bins--;
        }
        return bins;
    }

    private static double pos(double v, double[] lim, boolean log) {
        return log ? (Math.log10(v) - Math.log10(lim[0])) / (Math.log10(lim[1]) - Math.log10(lim[0]))
                : (v - lim[0]) / (lim[1] - lim[0]);
    }

    private static int yBins(Style st, double lengthPx) {
        return (int) Math.max(1, Math.min(9, Math.floor(lengthPx / st.px(Style.FONT * 2))));
    }
}
