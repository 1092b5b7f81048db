package wb.plot.output;

import static wb.plot.output.DriverSupport.awaitWindow;
import static wb.plot.output.DriverSupport.expect;
import static wb.plot.output.DriverSupport.fail;
import static wb.plot.output.DriverSupport.onEdt;
import static wb.plot.output.DriverSupport.step;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import jdk.jshell.JShell;
import wb.plot.render.Contour;
import wb.plot.render.Painter;
import wb.plot.render.SurfaceData;

/**
 * The child JVM of {@link FigureNavigationIT}: a JShell with local execution, as the session runs
 * snippets, shows a contour of a function in a window on the X display it is given, and a user
 * explores it through {@link Robot}: real mouse moves, wheel turns, drags and key presses.
 *
 * <p>Where the plot box is comes from the screenshot (its black frame), not from wb's layout, and
 * the window's panel is found on screen by its picture; so the coordinates the status line shows
 * are checked against pixels, independently of wb's own mapping. Each step prints
 * {@code STEP name key=value ...}; a failure prints {@code FAIL reason} and throws.
 */
public final class ZoomSessionDriver {

    private static final Pattern STATUS = Pattern.compile("x = (\\S+) {3}y = (\\S+)");
    /** How far from where AWT says the panel is the X server may have put it (pixels). */
    private static final int SLACK = 64;

    private static JShell shell;
    private static Robot robot;
    private static Point origin;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        WindowDisplay display = new WindowDisplay();
        try {
            explore(out, display, args[1]);
        } finally {
            // without windows AWT lets the JVM end, also after a failure
            display.closeAll();
        }
    }

    private static void explore(Path out, WindowDisplay display, String classpath) throws Exception {
        shell = DriverSupport.startSession(out, display, classpath);
        // a bowl defined only for |a| <= 2.2, so that zooming out past that is refused
        eval("double bowl(double a, double b) { if (Math.abs(a) > 2.2) throw new IllegalArgumentException(\"a = \" + a"
                + " + \" is outside [-2.2, 2.2]\"); return a * a + 3 * b * b; }");
        eval("contour((a, b) -> bowl(a, b), -2, 2, -2, 2).name(\"zoom\").show();");
        FigureWindow w = awaitWindow(display, "zoom");
        robot = new Robot();
        robot.setAutoDelay(20);

        BufferedImage home = settle(w, out, "home");
        Rectangle box = plotBox(home);
        // the frame's pixels are the view's limits, [-2, 2] both ways (a contour has no margins)
        double perPx = 4.0 / box.width;
        double perPy = 4.0 / box.height;
        step("home", "box=" + box.x + "," + box.y + "," + box.width + "," + box.height + " limits=" + limits(w)
                + " status0=" + onEdt(w::statusText).isEmpty());

        Point p1 = at(box, 0.75, 0.25);
        double[] c1 = move(w, p1);
        step("coords", "x=" + c1[0] + " y=" + c1[1] + " expectX=" + dataX(box, p1) + " expectY=" + dataY(box, p1)
                + " tolX=" + 1.5 * perPx + " tolY=" + 1.5 * perPy);
        // the whole panel with the status line under it, to look at
        Rectangle panelAndStatus = onEdt(() -> new Rectangle(origin.x, origin.y, w.figurePanel().getWidth(),
                w.getContentPane().getHeight()));
        ImageIO.write(robot.createScreenCapture(panelAndStatus), "png", out.resolve("status.png").toFile());
        Point p0 = at(box, 0.1, 0.9);
        double[] c0 = move(w, p0);
        step("coords0", "x=" + c0[0] + " y=" + c0[1] + " expectX=" + dataX(box, p0) + " expectY=" + dataY(box, p0));
        move(w, p1);

        // two notches of the wheel away from the user: zoom in by 1.25^2 about the cursor
        double[] before = onEdt(() -> w.navigator().limits());
        robot.mouseWheel(-1);
        robot.mouseWheel(-1);
        double[] zoomed = awaitLimits(w, before);
        double[] c1z = read(w);
        settle(w, out, "zoomed");
        SurfaceData g = onEdt(() -> ((Contour) w.figure().series().get(0)).data());
        step("wheel", "widthRatio=" + (before[1] - before[0]) / (zoomed[1] - zoomed[0])
                + " heightRatio=" + (before[3] - before[2]) / (zoomed[3] - zoomed[2])
                + " x=" + c1z[0] + " y=" + c1z[1] + " wasX=" + c1[0] + " wasY=" + c1[1]
                + " tol=" + 1.5 * perPx + " limits=" + str(zoomed)
                + " gridX0=" + g.x()[0] + " gridX1=" + g.x()[g.x().length - 1]
                + " gridY0=" + g.y()[0] + " gridY1=" + g.y()[g.y().length - 1] + " gridN=" + g.x().length
                + " differ=" + lastDiffer);

        // drag with the left button: what was under p1 follows the mouse to p2 (rightwards, so
        // that the view moves towards negative x, where the bowl is defined)
        Point p2 = new Point(p1.x + 100, p1.y + 60);
        double zoomedPerPx = (zoomed[1] - zoomed[0]) / box.width;
        drag(p1, p2, InputEvent.BUTTON1_DOWN_MASK);
        double[] panned = awaitLimits(w, zoomed);
        double[] c2 = read(w);
        settle(w, out, "panned");
        step("pan", "x=" + c2[0] + " y=" + c2[1] + " wasX=" + c1z[0] + " wasY=" + c1z[1] + " tol=" + 1.5 * zoomedPerPx
                + " widthBefore=" + (zoomed[1] - zoomed[0]) + " widthAfter=" + (panned[1] - panned[0])
                + " limits=" + str(panned) + " differ=" + lastDiffer);

        // drag with the right button: zoom to the box dragged
        Point a = at(box, 0.3, 0.3);
        Point b = at(box, 0.6, 0.7);
        double[] ca = move(w, a);
        double[] cb = move(w, b);
        double pannedPerPx = (panned[1] - panned[0]) / box.width;
        drag(a, b, InputEvent.BUTTON3_DOWN_MASK);
        double[] boxed = awaitLimits(w, panned);
        settle(w, out, "boxed");
        SurfaceData gb = onEdt(() -> ((Contour) w.figure().series().get(0)).data());
        step("box", "limits=" + str(boxed) + " expect=" + str(new double[] {ca[0], cb[0], cb[1], ca[1]})
                + " tol=" + 1.5 * pannedPerPx + " gridX0=" + gb.x()[0] + " gridX1=" + gb.x()[gb.x().length - 1]
                + " differ=" + lastDiffer);

        // Home: back to the figure as shown, pixel for pixel
        focus(w, b);
        press(KeyEvent.VK_HOME);
        double[] reset = awaitLimits(w, boxed);
        BufferedImage again = settle(w, out, "reset");
        step("home2", "limits=" + str(reset) + " sameAsHome=" + DriverSupport.differingPixels(again, home));

        // zooming out past where the function is defined: the view stays, the status says why
        Point centre = at(box, 0.5, 0.5);
        move(w, centre);
        robot.mouseWheel(1);
        String why = awaitStatus(w, "cannot show");
        step("refused", "limits=" + str(onEdt(() -> w.navigator().limits())) + " status=" + why.replace(' ', '_'));

        // outside the plot box the status line has no coordinates
        robot.mouseMove(origin.x + 3, origin.y + 3);
        robot.waitForIdle();
        String outside = "?";
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            outside = onEdt(w::statusText);
            if (outside.isEmpty()) {
                break;
            }
        }
        step("outside", "status=" + (outside.isEmpty() ? "empty" : outside.replace(' ', '_')));

        SwingUtilities.invokeAndWait(() -> w.dispatchEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSING)));
        for (int i = 0; i < 50 && (w.isDisplayable() || !display.windowNames().isEmpty()); i++) {
            Thread.sleep(100);
        }
        expect(eval("1 + 2"), "3");
        display.closeAll();
        shell.close();
        step("done", "windows=" + display.windowNames().size());
    }

    private static int lastDiffer;

    /**
     * Waits until the screen shows exactly what the window says it shows (its figure rendered at
     * the panel's size), finding the panel on screen by that picture the first time; saves the
     * screenshot as {@code name.png} and returns it.
     */
    private static BufferedImage settle(FigureWindow w, Path out, String name) throws Exception {
        BufferedImage shot = null;
        long deadline = System.nanoTime() + 15_000_000_000L;
        do {
            Thread.sleep(200);
            Rectangle r = onEdt(() -> new Rectangle(w.figurePanel().getLocationOnScreen(), w.figurePanel().getSize()));
            BufferedImage expected = onEdt(() -> Painter.image(w.figure(), r.width, r.height));
            if (origin == null) {
                Rectangle around = new Rectangle(r);
                around.grow(SLACK, SLACK);
                around = around.intersection(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
                BufferedImage wide = robot.createScreenCapture(around);
                Point found = DriverSupport.find(wide, expected, r.x - around.x, r.y - around.y);
                shot = wide.getSubimage(found.x, found.y, Math.min(r.width, wide.getWidth() - found.x),
                        Math.min(r.height, wide.getHeight() - found.y));
                lastDiffer = DriverSupport.differingPixels(shot, expected);
                if (lastDiffer == 0) {
                    origin = new Point(around.x + found.x, around.y + found.y);
                    step("located", "offset=" + (origin.x - r.x) + "," + (origin.y - r.y));
                }
            } else {
                shot = robot.createScreenCapture(new Rectangle(origin.x, origin.y, r.width, r.height));
                lastDiffer = DriverSupport.differingPixels(shot, expected);
            }
        } while (lastDiffer != 0 && System.nanoTime() < deadline);
        ImageIO.write(shot, "png", out.resolve(name + ".png").toFile());
        if (origin == null) {
            fail("the figure panel was not found on screen: " + lastDiffer + " pixels differ");
        }
        return shot;
    }

    /** The plot box in a screenshot of the panel: the columns and rows its black frame fills. */
    private static Rectangle plotBox(BufferedImage img) {
        int[] cols = new int[img.getWidth()];
        int[] rows = new int[img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == 0) {
                    cols[x]++;
                    rows[y]++;
                }
            }
        }
        int[] cx = edges(cols);
        int[] ry = edges(rows);
        return new Rectangle(cx[0], ry[0], cx[1] - cx[0], ry[1] - ry[0]);
    }

    private static int[] edges(int[] counts) {
        int max = Arrays.stream(counts).max().orElse(0);
        int first = -1;
        int last = -1;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] >= 0.8 * max) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (max < 50 || last - first < 50) {
            fail("no plot frame in the screenshot (longest black line " + max + " pixels)");
        }
        return new int[] {first, last};
    }

    private static Point at(Rectangle box, double fx, double fy) {
        return new Point((int) Math.round(box.x + fx * box.width), (int) Math.round(box.y + fy * box.height));
    }

    private static double dataX(Rectangle box, Point p) {
        return -2 + 4.0 * (p.x - box.x) / box.width;
    }

    private static double dataY(Rectangle box, Point p) {
        return 2 - 4.0 * (p.y - box.y) / box.height;
    }

    /** Moves the mouse to panel pixel p and returns the coordinates the status line then shows. */
    private static double[] move(FigureWindow w, Point p) throws Exception {
        String before = onEdt(w::statusText);
        robot.mouseMove(origin.x + p.x, origin.y + p.y);
        robot.waitForIdle();
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            String now = onEdt(w::statusText);
            if (STATUS.matcher(now).find() && !now.equals(before)) {
                break;
            }
        }
        return read(w);
    }

    private static double[] read(FigureWindow w) throws Exception {
        String s = onEdt(w::statusText);
        Matcher m = STATUS.matcher(s);
        if (!m.find()) {
            fail("the status line shows no coordinates: \"" + s + "\"");
        }
        return new double[] {number(m.group(1)), number(m.group(2))};
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace('\u2212', '-'));
    }

    private static void drag(Point from, Point to, int button) throws InterruptedException {
        robot.mouseMove(origin.x + from.x, origin.y + from.y);
        robot.mousePress(button);
        for (int i = 1; i <= 10; i++) {
            robot.mouseMove(origin.x + from.x + (to.x - from.x) * i / 10, origin.y + from.y + (to.y - from.y) * i / 10);
        }
        robot.mouseRelease(button);
        robot.waitForIdle();
    }

    private static void focus(FigureWindow w, Point p) throws Exception {
        robot.mouseMove(origin.x + p.x, origin.y + p.y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        SwingUtilities.invokeAndWait(() -> {
            w.toFront();
            w.requestFocus();
        });
        for (int i = 0; i < 50 && !onEdt(w::isFocused); i++) {
            Thread.sleep(100);
        }
        step("focus", "focused=" + onEdt(w::isFocused));
    }

    private static void press(int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    /** Waits until the view's limits differ from {@code before} and then hold still for half a second. */
    private static double[] awaitLimits(FigureWindow w, double[] before) throws Exception {
        double[] now = before;
        for (int i = 0; i < 100 && Arrays.equals(now, before); i++) {
            Thread.sleep(100);
            now = onEdt(() -> w.navigator().limits());
        }
        if (Arrays.equals(now, before)) {
            fail("the view did not change from " + str(before));
        }
        for (int i = 0; i < 20; i++) {
            Thread.sleep(500);
            double[] later = onEdt(() -> w.navigator().limits());
            if (Arrays.equals(later, now)) {
                break;
            }
            now = later;
        }
        return now;
    }

    private static String awaitStatus(FigureWindow w, String part) throws Exception {
        String s = "";
        for (int i = 0; i < 100; i++) {
            s = onEdt(w::statusText);
            if (s.contains(part)) {
                return s;
            }
            Thread.sleep(100);
        }
        fail("the status line never said \"" + part + "\"; it says \"" + s + "\"");
        return s;
    }

    private static String limits(FigureWindow w) throws Exception {
        return str(onEdt(() -> w.navigator().limits()));
    }

    private static String str(double[] v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(b.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.12g", d));
        }
        return b.toString();
    }

    private static String eval(String code) {
        return DriverSupport.eval(shell, code);
    }
}
