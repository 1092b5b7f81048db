package wb.plot.output;

import java.awt.Rectangle;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.event.MouseWheelEvent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;
import wb.plot.render.Axis;
import wb.plot.render.FigureSpec;
import wb.plot.render.Layout;
import wb.plot.render.Ticks;

/**
 * Exploring a figure in its window with the mouse: the wheel zooms about the cursor, dragging
 * with the left button pans, dragging with the right button (or Shift and the left) zooms to the
 * box dragged, and {@link #reset} goes back to the figure as it was shown. The data coordinates
 * under the cursor go to a status line.
 *
 * <p>Each change of view shows {@link Viewport#of} the home figure, so functions are sampled
 * again over the new view. The mapping between pixels and data is the painted layout's, in log
 * space on a log axis. Used on the event thread only.
 */
final class FigureNavigator extends MouseAdapter {
    /** How much one notch of the wheel zooms in (wheel away from the user) or out. */
    static final double WHEEL_FACTOR = 1.25;
    /** A drag shorter than this (pixels, either way) is a click, not a pan or a box. */
    private static final int MIN_DRAG = 4;
    /** The narrowest view, relative to its magnitude, before doubles run out of digits. */
    private static final double MIN_SPAN = 1e-12;

    private final FigurePanel panel;
    private final Consumer<String> status;
    private FigureSpec home;
    /** The view's limits {x0, x1, y0, y1}, or null at home. */
    private double[] view;
    private int pressX;
    private int pressY;
    private boolean boxing;
    private boolean dragging;
    private String coordinates = "";
    private double wheelNotches;
    private int wheelX;
    private int wheelY;
    private boolean wheelPending;
    private String problem;

    /**
     * A navigator for {@code panel}, which shows {@code home}; {@code status} receives the text
     * of the status line (the coordinates under the cursor, or why a view could not be shown).
     */
    FigureNavigator(FigurePanel panel, FigureSpec home, Consumer<String> status) {
        this.panel = panel;
        this.home = home;
        this.status = status;
        panel.addMouseListener(this);
        panel.addMouseMotionListener(this);
        panel.addMouseWheelListener(this);
    }

    /** Shows {@code f} as the new home, at its own view. */
    void setHome(FigureSpec f) {
        home = f;
        view = null;
        problem = null;
        panel.setFigure(f);
        publish();
    }

    /** The figure as first shown (what {@link #reset} returns to). */
    FigureSpec home() {
        return home;
    }

    /** Back to the figure as it was shown. */
    void reset() {
        view = null;
        problem = null;
        panel.setFigure(home);
        publish();
    }

    /** The limits shown now, {x0, x1, y0, y1}. */
    double[] limits() {
        Layout l = panel.plotLayout();
        return new double[] {l.x.lo, l.x.hi, l.y.lo, l.y.hi};
    }

    /** Zooms by {@code factor} (> 1 in) keeping the data under pixel (px, py) where it is. */
    void zoom(double px, double py, double factor) {
        Layout l = panel.plotLayout();
        double x0 = l.x.value(px + (l.x.p0 - px) / factor);
        double x1 = l.x.value(px + (l.x.p1 - px) / factor);
        double y0 = l.y.value(py + (l.y.p0 - py) / factor);
        double y1 = l.y.value(py + (l.y.p1 - py) / factor);
        show(x0, x1, y0, y1);
    }

    /** Moves the view so that what was under pixel (px, py) is now under (px + dx, py + dy). */
    void pan(int dx, int dy) {
        Layout l = panel.plotLayout();
        show(l.x.value(l.x.p0 - dx), l.x.value(l.x.p1 - dx), l.y.value(l.y.p0 - dy), l.y.value(l.y.p1 - dy));
    }

    /** Zooms to the data under the pixel rectangle {@code r}. */
    void box(Rectangle r) {
        Layout l = panel.plotLayout();
        show(l.x.value(r.x), l.x.value(r.x + r.width), l.y.value(r.y + r.height), l.y.value(r.y));
    }

    private void show(double x0, double x1, double y0, double y1) {
        double[] v = {Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)};
        for (int i = 0; i < 4; i += 2) {
            boolean log = i == 0 ? panel.plotLayout().x.log : panel.plotLayout().y.log;
            if (!Double.isFinite(v[i]) || !Double.isFinite(v[i + 1]) || (log && !(v[i] > 0))
                    || !(v[i + 1] - v[i] > MIN_SPAN * Math.max(Math.abs(v[i]), Math.abs(v[i + 1])))) {
                return; // zoomed as far as doubles allow, or out of a log axis's range: stay
            }
        }
        FigureSpec shown;
        try {
            // functions are called here, on the event thread: one failing keeps the view as it was
            shown = Viewport.of(home, v[0], v[1], v[2], v[3]);
        } catch (RuntimeException e) {
            problem = "cannot show that view: " + e.getMessage();
            publish();
            return;
        }
        problem = null;
        view = v;
        panel.setFigure(shown);
        publish();
    }

    /** Whether the view is the figure as shown (not zoomed or panned). */
    boolean atHome() {
        return view == null;
    }

    /**
     * Turns of the wheel add up until the event thread gets to zooming: a view of a function
     * takes a while to sample (about 0.15 s for the notebook's two contours), and the notches
     * that arrive meanwhile then make one zoom instead of one each.
     */
    @Override
    public void mouseWheelMoved(MouseWheelEvent e) {
        double notches = e.getPreciseWheelRotation();
        if (notches == 0) {
            return;
        }
        wheelNotches += notches;
        wheelX = e.getX();
        wheelY = e.getY();
        if (!wheelPending) {
            wheelPending = true;
            SwingUtilities.invokeLater(() -> {
                wheelPending = false;
                double n = wheelNotches;
                wheelNotches = 0;
                zoom(wheelX, wheelY, Math.pow(WHEEL_FACTOR, -n));
                coordinates = coordinates(wheelX, wheelY);
                publish();
            });
        }
    }

    @Override
    public void mousePressed(MouseEvent e) {
        pressX = e.getX();
        pressY = e.getY();
        boxing = SwingUtilities.isRightMouseButton(e)
                || (SwingUtilities.isLeftMouseButton(e) && (e.getModifiersEx() & InputEvent.SHIFT_DOWN_MASK) != 0);
        dragging = false;
    }

    @Override
    public void mouseDragged(MouseEvent e) {
        int dx = e.getX() - pressX;
        int dy = e.getY() - pressY;
        dragging |= Math.abs(dx) >= MIN_DRAG || Math.abs(dy) >= MIN_DRAG;
        if (!dragging) {
            return;
        }
        if (boxing) {
            panel.band(new Rectangle(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()), Math.abs(dx), Math.abs(dy)));
        } else {
            panel.shift(dx, dy);
        }
        track(e.getX(), e.getY());
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        if (!dragging) {
            return;
        }
        dragging = false;
        int dx = e.getX() - pressX;
        int dy = e.getY() - pressY;
        if (boxing) {
            panel.band(null);
            if (Math.abs(dx) >= MIN_DRAG && Math.abs(dy) >= MIN_DRAG) {
                box(new Rectangle(Math.min(pressX, e.getX()), Math.min(pressY, e.getY()), Math.abs(dx), Math.abs(dy)));
            }
        } else {
            panel.shift(0, 0);
            pan(dx, dy);
        }
        coordinates = coordinates(e.getX(), e.getY());
        publish();
    }

    @Override
    public void mouseMoved(MouseEvent e) {
        track(e.getX(), e.getY());
    }

    @Override
    public void mouseExited(MouseEvent e) {
        problem = null;
        coordinates = "";
        publish();
    }

    /** The mouse moved: the status line shows where it is (a refused view's reason goes). */
    private void track(int px, int py) {
        problem = null;
        coordinates = coordinates(px, py);
        publish();
    }

    /** "x = 1.25   y = −0.375" for the data under pixel (px, py) inside the plot box, else "". */
    String coordinates(double px, double py) {
        Layout l = panel.plotLayout();
        if (!l.box.contains(px, py)) {
            return "";
        }
        return "x = " + format(l.x, px) + "   y = " + format(l.y, py);
    }

    /** A coordinate with as many decimals as one pixel of the axis needs to change the last. */
    private static String format(Axis a, double p) {
        double v = a.value(p);
        if (a.log) {
            return Ticks.number(v, 4);
        }
        double perPixel = Math.abs(a.hi - a.lo) / Math.max(1, Math.abs(a.p1 - a.p0));
        int decimals = (int) Math.max(0, Math.ceil(-Math.log10(perPixel)));
        if (decimals > 10 || Math.abs(v) >= 1e7) {
            return Ticks.number(v, 7);
        }
        return Ticks.minus(new BigDecimal(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    private void publish() {
        status.accept(problem != null ? problem : coordinates);
    }
}
