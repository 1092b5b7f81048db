package wb.plot.output;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Graphics;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import wb.plot.render.FigureSpec;
import wb.plot.render.Layout;
import wb.plot.render.Painter;
import wb.plot.render.Style;

/**
 * A Swing component that paints a figure at the component's size: a figure window's content, and
 * an animation window's current frame. The rendering is cached until the size or the figure
 * changes; on a HiDPI surface it paints vectors instead, straight onto the scaled graphics. While
 * the user drags to pan, the cached picture is drawn shifted; while a zoom box is dragged, it is
 * outlined over the picture.
 */
final class FigurePanel extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final Color BAND = new Color(0, 0, 0, 160);

    private transient FigureSpec figure;
    private transient BufferedImage cache;
    private transient Layout layout;
    private int shiftX;
    private int shiftY;
    private Rectangle band;

    /** A panel for {@code figure}, preferring the figure's own size. */
    FigurePanel(FigureSpec figure) {
        this.figure = figure;
        setPreferredSize(new Dimension(figure.width(), figure.height()));
        setOpaque(true);
    }

    /** The figure shown. */
    FigureSpec figure() {
        return figure;
    }

    /** Shows another figure (on the event thread). */
    void setFigure(FigureSpec f) {
        this.figure = f;
        this.cache = null;
        this.layout = null;
        this.shiftX = 0;
        this.shiftY = 0;
        repaint();
    }

    /**
     * The layout of the figure at the panel's current size (its plot box and axes, which map
     * pixels to data), rendering it first if needed.
     */
    Layout plotLayout() {
        int w = Math.max(16, getWidth());
        int h = Math.max(16, getHeight());
        if (layout == null || layout.width != w || layout.height != h) {
            render(w, h);
        }
        return layout;
    }

    /** Draws the picture shifted by (dx, dy) pixels (a pan in progress); 0, 0 puts it back. */
    void shift(int dx, int dy) {
        shiftX = dx;
        shiftY = dy;
        repaint();
    }

    /** Outlines a zoom box over the picture, or none when null. */
    void band(Rectangle r) {
        band = r;
        repaint();
    }

    private void render(int w, int h) {
        cache = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = cache.createGraphics();
        try {
            layout = Painter.paint(g, figure, w, h, 0);
        } finally {
            g.dispose();
        }
    }

    @Override
    protected void paintComponent(Graphics g) {
        int w = Math.max(16, getWidth());
        int h = Math.max(16, getHeight());
        Graphics2D g2 = (Graphics2D) g;
        if ((g2.getTransform().getScaleX() != 1 || g2.getTransform().getScaleY() != 1) && shiftX == 0 && shiftY == 0) {
            layout = Painter.paint(g2, figure, w, h, 0);
        } else {
            if (cache == null || cache.getWidth() != w || cache.getHeight() != h) {
                render(w, h);
            }
            if (shiftX != 0 || shiftY != 0) {
                g2.setColor(Style.BACKGROUND);
                g2.fillRect(0, 0, w, h);
            }
            g2.drawImage(cache, shiftX, shiftY, null);
        }
        if (band != null) {
            g2.setColor(BAND);
            g2.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            g2.drawRect(band.x, band.y, band.width, band.height);
        }
    }
}
