package wb.plot.output;

import static wb.plot.output.DriverSupport.expect;
import static wb.plot.output.DriverSupport.fail;
import static wb.plot.output.DriverSupport.liveFrames;
import static wb.plot.output.DriverSupport.onEdt;
import static wb.plot.output.DriverSupport.step;

import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import jdk.jshell.JShell;
import wb.plot.render.Painter;

/**
 * The child JVM of {@link SliderWindowIT}: a JShell with local execution, as the session runs
 * snippets, showing an animation in a slider window on the X display it is given.
 *
 * <p>It shows the animation from a snippet, screenshots the frame, steps with the arrow keys
 * (real key presses through {@link Robot}), jumps with End and Home, drags the slider, plays and
 * pauses with Space, closes the window as a user would, and evaluates more snippets. Each step
 * prints {@code STEP key=value ...}; a failure prints {@code FAIL reason} and throws.
 */
public final class SliderSessionDriver {

    private static JShell shell;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        WindowDisplay display = new WindowDisplay();
        shell = DriverSupport.startSession(out, display, args[1]);
        eval("import static wb.api.Data.*;");
        eval("correlated(200, vec(4.0, 1.5), 0.8, 1.0);");

        long t0 = System.nanoTime();
        eval("animateShrinkage(logspace(0, 4, 5)).show();");
        step("shown", "returnedMs=" + (System.nanoTime() - t0) / 1_000_000);
        SliderWindow w = DriverSupport.awaitShowing("slider window shrinkage", () -> display.slider("shrinkage"));
        step("opened", "index=" + onEdt(w::index) + " frames=" + liveFrames());
        check(w, out, "frame0");

        Robot robot = new Robot();
        robot.setAutoDelay(30);
        Rectangle r = onEdt(() -> new Rectangle(w.framePanel().getLocationOnScreen(), w.framePanel().getSize()));
        robot.mouseMove(r.x + r.width / 2, r.y + r.height / 2);
        robot.mousePress(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(java.awt.event.InputEvent.BUTTON1_DOWN_MASK);
        SwingUtilities.invokeAndWait(() -> {
            w.toFront();
            w.requestFocus();
        });
        awaitFocus(w);
        press(robot, KeyEvent.VK_RIGHT);
        awaitIndex(w, 1);
        press(robot, KeyEvent.VK_RIGHT);
        awaitIndex(w, 2);
        press(robot, KeyEvent.VK_LEFT);
        awaitIndex(w, 1);
        step("arrows", "index=" + onEdt(w::index));
        check(w, out, "frame1");
        press(robot, KeyEvent.VK_END);
        awaitIndex(w, 4);
        press(robot, KeyEvent.VK_HOME);
        awaitIndex(w, 0);
        step("homeEnd", "index=" + onEdt(w::index));

        // what dragging the slider does: its value changes on the event thread
        SwingUtilities.invokeAndWait(() -> w.setIndex(3));
        step("slider", "index=" + onEdt(w::index));
        check(w, out, "frame3");

        press(robot, KeyEvent.VK_SPACE);
        for (int i = 0; i < 50 && !onEdt(w::playing); i++) {
            Thread.sleep(100);
        }
        boolean played = onEdt(w::playing);
        // playing moves on to the next frame by itself; how soon depends on the timer and a loaded
        // machine, so the test waits for the move instead of sleeping a fixed time
        for (int i = 0; i < 100 && onEdt(w::index) == 3; i++) {
            Thread.sleep(100);
        }
        int moved = onEdt(w::index);
        press(robot, KeyEvent.VK_SPACE);
        for (int i = 0; i < 50 && onEdt(w::playing); i++) {
            Thread.sleep(100);
        }
        step("play", "playing=" + played + " movedTo=" + moved + " stopped=" + !onEdt(w::playing));

        // re-showing an animation of the same name replaces it in the same window
        eval("animateShrinkage(logspace(1, 3, 3)).select(2).show();");
        for (int i = 0; i < 50 && onEdt(() -> w.figure().title().endsWith("λ = 1e+03") ? 0 : 1) == 1; i++) {
            Thread.sleep(100);
        }
        step("replaced", "same=" + (display.slider("shrinkage") == w) + " index=" + onEdt(w::index)
                + " frames=" + liveFrames());

        SwingUtilities.invokeAndWait(() -> w.dispatchEvent(new WindowEvent(w, WindowEvent.WINDOW_CLOSING)));
        for (int i = 0; i < 50 && (w.isDisplayable() || !display.windowNames().isEmpty()); i++) {
            Thread.sleep(100);
        }
        step("closed", "displayable=" + w.isDisplayable() + " windows=" + display.windowNames().size());

        expect(eval("1 + 2"), "3");
        step("after", "evaluated=true");
        display.closeAll();
        shell.close();
        step("done", "windows=" + display.windowNames().size());
    }

    /** How far from where AWT says the panel is the X server may have put it (pixels). */
    private static final int SLACK = 64;

    /**
     * Screenshots the frame panel and counts pixels that differ from the figure the window says
     * it shows, rendered on its own at the panel's size. Two things of a bare Xvfb are allowed
     * for: the X server shows a paint some time after the event thread made it (longer on a
     * loaded machine), so it looks again for up to 10 s; and without a window manager AWT's idea
     * of the window's position on screen can be off by some pixels (the first screenshot showed
     * the frame 40 pixels right of and 40 below where AWT put it), so the panel's image is
     * looked for within {@link #SLACK} pixels of that position and compared where it is found.
     */
    private static void check(SliderWindow w, Path out, String name) throws Exception {
        AtomicReference<Rectangle> r = new AtomicReference<>();
        AtomicReference<BufferedImage> expected = new AtomicReference<>();
        BufferedImage shot;
        int differ;
        Point off;
        long deadline = System.nanoTime() + 10_000_000_000L;
        do {
            Thread.sleep(300);
            SwingUtilities.invokeAndWait(() -> {
                Point p = w.framePanel().getLocationOnScreen();
                r.set(new Rectangle(p, w.framePanel().getSize()));
                expected.set(Painter.image(w.figure(), r.get().width, r.get().height));
            });
            Rectangle around = new Rectangle(r.get());
            around.grow(SLACK, SLACK);
            around = around.intersection(new Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize()));
            BufferedImage wide = new Robot().createScreenCapture(around);
            Point at = DriverSupport.find(wide, expected.get(), r.get().x - around.x, r.get().y - around.y);
            off = new Point(at.x - (r.get().x - around.x), at.y - (r.get().y - around.y));
            shot = wide.getSubimage(at.x, at.y, Math.min(r.get().width, wide.getWidth() - at.x),
                    Math.min(r.get().height, wide.getHeight() - at.y));
            differ = DriverSupport.differingPixels(shot, expected.get());
        } while (differ != 0 && System.nanoTime() < deadline);
        ImageIO.write(shot, "png", out.resolve(name + ".png").toFile());
        String title = onEdt(() -> w.figure().title());
        step(name, "index=" + onEdt(w::index) + " differ=" + differ + " pixels=" + shot.getWidth() * shot.getHeight()
                + " offset=" + off.x + "," + off.y + " title=" + title.replace(' ', '_'));
    }

    private static void press(Robot robot, int key) {
        robot.keyPress(key);
        robot.keyRelease(key);
        robot.waitForIdle();
    }

    private static void awaitFocus(SliderWindow w) throws Exception {
        for (int i = 0; i < 50 && !onEdt(w::isFocused); i++) {
            Thread.sleep(100);
        }
        step("focus", "focused=" + onEdt(w::isFocused));
    }

    private static void awaitIndex(SliderWindow w, int index) throws Exception {
        for (int i = 0; i < 50 && onEdt(w::index) != index; i++) {
            Thread.sleep(100);
        }
        if (onEdt(w::index) != index) {
            fail("expected frame " + index + " after the key press, but the window shows " + onEdt(w::index));
        }
    }

    private static String eval(String code) {
        return DriverSupport.eval(shell, code);
    }
}
