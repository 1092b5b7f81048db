package wb.plot.render;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * Paints what frames the data: the spines, major and minor ticks and their labels, the axes'
 * multipliers, the colour bar, the axis labels and the title, as matplotlib lays them out.
 */
final class AxesPainter {

    private final Canvas canvas;
    private final Graphics2D graphics;
    private final Layout layout;

    AxesPainter(Canvas canvas, Layout layout) {
        this.canvas = canvas;
        this.graphics = canvas.graphics;
        this.layout = layout;
    }

    void paintFrame() {
        Style st = layout.style;
        graphics.setColor(Style.FOREGROUND);
        double sw = st.px(Style.SPINE_WIDTH);
        graphics.setStroke(new BasicStroke((float) canvas.width(sw), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        Rectangle2D.Double b = layout.box;
        double x0 = canvas.crisp(b.x, sw);
        double y0 = canvas.crisp(b.y, sw);
        graphics.draw(new Rectangle2D.Double(x0, y0, canvas.crisp(b.x + b.width, sw) - x0, canvas.crisp(b.y + b.height, sw) - y0));
        double len = st.px(Style.TICK_LENGTH);
        double minor = st.px(Style.MINOR_TICK_LENGTH);
        double bottom = canvas.crisp(b.y + b.height, sw);
        double left = canvas.crisp(b.x, sw);
        double tw = st.px(Style.TICK_WIDTH);
        graphics.setStroke(new BasicStroke((float) canvas.width(tw)));
        for (Ticks.Tick t : layout.x.ticks.major()) {
            double x = canvas.crisp(layout.x.px(t.value()), tw);
            graphics.draw(new Line2D.Double(x, bottom, x, bottom + len));
        }
        for (Ticks.Tick t : layout.y.ticks.major()) {
            double y = canvas.crisp(layout.y.px(t.value()), tw);
            graphics.draw(new Line2D.Double(left, y, left - len, y));
        }
        double mw = st.px(Style.MINOR_TICK_WIDTH);
        graphics.setStroke(new BasicStroke((float) canvas.width(mw)));
        for (double v : layout.x.ticks.minor()) {
            double x = canvas.crisp(layout.x.px(v), mw);
            graphics.draw(new Line2D.Double(x, bottom, x, bottom + minor));
        }
        for (double v : layout.y.ticks.minor()) {
            double y = canvas.crisp(layout.y.px(v), mw);
            graphics.draw(new Line2D.Double(left, y, left - minor, y));
        }
        double pad = len + st.px(Style.TICK_PAD);
        double fs = st.px(Style.FONT);
        for (int i = 0; i < layout.xTickLabels.length; i++) {
            RichText t = layout.xTickLabels[i];
            double x = layout.x.px(layout.x.ticks.major().get(i).value());
            canvas.fillText(t.at(x - t.width() / 2, bottom + pad + fs * 0.76));
        }
        for (int i = 0; i < layout.yTickLabels.length; i++) {
            RichText t = layout.yTickLabels[i];
            double y = layout.y.px(layout.y.ticks.major().get(i).value());
            canvas.fillText(t.at(b.x - pad - t.width(), y + fs * 0.36));
        }
        if (layout.xMultiplier != null) {
            canvas.fillText(layout.xMultiplier.at(b.x + b.width - layout.xMultiplier.width(), bottom + pad + fs * 2.0));
        }
        if (layout.yMultiplier != null) {
            canvas.fillText(layout.yMultiplier.at(b.x, b.y - fs * 0.5));
        }
    }

    /** The colour bar: a gradient for heatmaps, the level lines for contours, framed, ticks on the right. */
    void paintBar(Scene.Bar bar) {
        Rectangle2D.Double r = layout.barBox;
        Axis a = layout.barAxis;
        if (bar.levels() == null) {
            // one pixel per colormap entry, stretched over the bar: no seams, and an image in SVG/PDF
            BufferedImage ramp = new BufferedImage(1, 256, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 256; i++) {
                ramp.setRGB(0, 255 - i, bar.cmap().argb((i + 0.5) / 256));
            }
            if (canvas.quantum == 0) {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            }
            graphics.drawImage(ramp, new AffineTransform(canvas.snap(r.width), 0, 0, canvas.snap(r.height) / 256, canvas.snap(r.x), canvas.snap(r.y)), null);
        } else {
            double[] lv = bar.levels();
            double lo = lv[0];
            double hi = lv[lv.length - 1];
            graphics.setStroke(new BasicStroke((float) layout.style.px(Style.CONTOUR_WIDTH), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            for (double v : lv) {
                double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
                graphics.setColor(bar.single() != null ? bar.single() : bar.cmap().at(t));
                double y = canvas.snap(a.px(v));
                graphics.draw(new Line2D.Double(canvas.snap(r.x), y, canvas.snap(r.x + r.width), y));
            }
        }
        double sw = layout.style.px(Style.SPINE_WIDTH);
        graphics.setColor(Style.FOREGROUND);
        graphics.setStroke(new BasicStroke((float) canvas.width(sw), BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER));
        double x0 = canvas.crisp(r.x, sw);
        double x1 = canvas.crisp(r.x + r.width, sw);
        double y0 = canvas.crisp(r.y, sw);
        double y1 = canvas.crisp(r.y + r.height, sw);
        graphics.draw(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
        double len = layout.style.px(Style.TICK_LENGTH);
        double tw = layout.style.px(Style.TICK_WIDTH);
        graphics.setStroke(new BasicStroke((float) canvas.width(tw)));
        double fs = layout.style.px(Style.FONT);
        for (int i = 0; i < layout.barLabels.length; i++) {
            double y = canvas.crisp(a.px(a.ticks.major().get(i).value()), tw);
            graphics.draw(new Line2D.Double(x1, y, x1 + len, y));
            canvas.fillText(layout.barLabels[i].at(x1 + len + layout.style.px(Style.TICK_PAD), a.px(a.ticks.major().get(i).value()) + fs * 0.36));
        }
    }

    void paintLabels() {
        Style st = layout.style;
        Rectangle2D.Double b = layout.box;
        double fs = st.px(Style.FONT);
        double tickRoom = st.px(Style.TICK_LENGTH + Style.TICK_PAD);
        if (layout.xlabel != null) {
            double y = b.y + b.height + tickRoom + fs * Style.TICK_LABEL_EM + st.px(Style.LABEL_PAD) + layout.xlabel.ascent();
            canvas.fillText(layout.xlabel.at(b.x + b.width / 2 - layout.xlabel.width() / 2, y));
        }
        if (layout.ylabel != null) {
            double yw = 0;
            for (RichText t : layout.yTickLabels) {
                yw = Math.max(yw, t.width());
            }
            double x = b.x - tickRoom - yw - st.px(Style.LABEL_PAD) - layout.ylabel.descent();
            canvas.fillText(layout.ylabel.rotatedAt(x, b.y + b.height / 2 + layout.ylabel.width() / 2));
        }
        if (layout.title != null) {
            double y = b.y - st.px(Style.TITLE_PAD) - layout.title.descent();
            canvas.fillText(layout.title.at(b.x + b.width / 2 - layout.title.width() / 2, y));
        }
    }
}
