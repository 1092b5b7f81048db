package wb.plot.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.util.List;

/**
 * Where a contour level's value is written: on its longest line in view, near the line's middle,
 * clear of the frame, rotated along the line so that it reads left to right; the line is cut
 * where the label sits.
 */
final class ContourLabels {

    private final Layout layout;

    ContourLabels(Layout layout) {
        this.layout = layout;
    }

    /** Puts the level's value on its longest line in view, rotated along it, and cuts the line there. */
    void place(Scene.Level lv, double fs, List<double[]> cuts, List<Shape> texts) {
        RichText text = RichText.layout(Ticks.number(lv.value(), 3), layout.fonts, fs);
        double[] best = null;
        double bestLen = 0;
        double margin = text.width() / 2 + fs * 0.6;
        for (MarchingSquares.Line line : lv.lines()) {
            int n = line.size();
            double[] px = new double[n];
            double[] py = new double[n];
            double len = 0;
            for (int i = 0; i < n; i++) {
                px[i] = layout.x.px(line.x()[i]);
                py[i] = layout.y.px(line.y()[i]);
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
                if (c != null && c[0] - layout.box.x >= margin && layout.box.x + layout.box.width - c[0] >= margin
                        && c[1] - layout.box.y >= margin && layout.box.y + layout.box.height - c[1] >= margin
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
        return x >= layout.box.x && x <= layout.box.x + layout.box.width && y >= layout.box.y && y <= layout.box.y + layout.box.height;
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
}
