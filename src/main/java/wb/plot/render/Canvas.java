package wb.plot.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;

/**
 * Where a figure is painted: a {@link Graphics2D} and the quantum its coordinates are rounded to
 * (0 for raster output, a fraction of a pixel for vector files, so that they stay small and print
 * the same numbers on every JDK), with the strokes, fills and snapping every part of the painting
 * shares.
 */
final class Canvas {

    final Graphics2D graphics;
    final double quantum;

    Canvas(Graphics2D graphics, double quantum) {
        this.graphics = graphics;
        this.quantum = quantum;
    }

    /** Sets {@code alpha} for a block of drawing; {@link Alpha#restore} ends the block. */
    Alpha withAlpha(double alpha) {
        return new Alpha(graphics, alpha);
    }

    /** Draws {@code shape} with {@code stroke} in {@code color} at opacity {@code alpha}. */
    void stroke(Shape shape, Color color, double alpha, BasicStroke stroke) {
        Alpha c = withAlpha(alpha);
        graphics.setColor(color);
        graphics.setStroke(stroke);
        graphics.draw(shape);
        c.restore();
    }

    /** Fills a text outline in the foreground colour, snapped. */
    void fillText(Shape outline) {
        graphics.setColor(Style.FOREGROUND);
        graphics.fill(snapShape(outline));
    }

    /**
     * Where an axis-aligned line of width {@code widthPx} goes: on raster output the centre of a
     * pixel (odd rounded widths) or a pixel edge (even), so frame, ticks and grid are crisp as in
     * matplotlib's snapping; on vector output the rounded coordinate.
     */
    double crisp(double v, double widthPx) {
        if (quantum > 0) {
            return snap(v);
        }
        long w = Math.max(1, Math.round(widthPx));
        return w % 2 == 1 ? Math.floor(v) + 0.5 : Math.rint(v);
    }

    /** The stroke width for a crisp line: whole pixels on raster output. */
    double width(double widthPx) {
        return quantum > 0 ? widthPx : Math.max(1, Math.round(widthPx));
    }

    /** {@code v} rounded to the quantum on vector output, else {@code v}. */
    double snap(double v) {
        return quantum > 0 ? Math.rint(v / quantum) * quantum : v;
    }

    /** The shape with every coordinate rounded to the quantum (vector output), else the shape itself. */
    Shape snapShape(Shape shape) {
        if (quantum <= 0) {
            return shape;
        }
        Path2D.Double p = new Path2D.Double(shape.getPathIterator(null).getWindingRule());
        double[] c = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
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

    /** An alpha composite set for a block of drawing, until {@link #restore} puts the previous one back. */
    static final class Alpha {
        private final Graphics2D graphics;
        private final java.awt.Composite old;

        private Alpha(Graphics2D graphics, double alpha) {
            this.graphics = graphics;
            this.old = graphics.getComposite();
            if (alpha < 1) {
                graphics.setComposite(java.awt.AlphaComposite.getInstance(java.awt.AlphaComposite.SRC_OVER, (float) alpha));
            }
        }

        void restore() {
            graphics.setComposite(old);
        }
    }
}
