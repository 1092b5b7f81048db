package wb.plot;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;

/**
 * A Swing component that paints a figure at the component's size: a figure window's content, and
 * an animation window's current frame. The rendering is cached until the size or the figure
 * changes; on a HiDPI surface it paints vectors instead, straight onto the scaled graphics.
 */
final class FigurePanel extends JComponent {
    private static final long serialVersionUID = 1L;

    private transient Figure figure;
    private transient BufferedImage cache;

    /** A panel for {@code figure}, preferring the figure's own size. */
    FigurePanel(Figure figure) {
        this.figure = figure;
        setPreferredSize(new Dimension(figure.width(), figure.height()));
        setOpaque(true);
    }

    /** The figure shown. */
    Figure figure() {
        return figure;
    }

    /** Shows another figure (on the event thread). */
    void setFigure(Figure f) {
        this.figure = f;
        this.cache = null;
        repaint();
    }

    @Override
    protected void paintComponent(Graphics g) {
        int w = Math.max(16, getWidth());
        int h = Math.max(16, getHeight());
        Graphics2D g2 = (Graphics2D) g;
        if (g2.getTransform().getScaleX() != 1 || g2.getTransform().getScaleY() != 1) {
            Painter.paint(g2, figure, w, h, 0);
            return;
        }
        if (cache == null || cache.getWidth() != w || cache.getHeight() != h) {
            cache = Painter.image(figure, w, h);
        }
        g2.drawImage(cache, 0, 0, null);
    }
}
