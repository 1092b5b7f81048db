package wb.plot.output;

import static wb.plot.output.DriverSupport.awaitWindow;
import static wb.plot.output.DriverSupport.expect;
import static wb.plot.output.DriverSupport.liveFrames;
import static wb.plot.output.DriverSupport.step;

import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.WindowEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;
import jdk.jshell.JShell;

/**
 * The child JVM of {@link WindowDisplayIT}: a JShell with local execution, as the session runs
 * snippets, showing figures in windows on the X display it is given.
 *
 * <p>It opens a figure window from a snippet, screenshots it, re-plots under the same name,
 * screenshots again, closes the window as a user would, and then evaluates more snippets. Each
 * step prints one line {@code STEP key=value ...}; a failure prints {@code FAIL reason} and throws,
 * so the JVM exits non-zero.
 */
public final class WindowSessionDriver {

    private static JShell shell;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        WindowDisplay display = new WindowDisplay();
        shell = DriverSupport.startSession(out, display, args[1]);
        // the snippet sees the same classes, hence the display bound above
        expect(eval("wb.api.Workbench.current().display() != null"), "true");

        long t0 = System.nanoTime();
        eval("plot(w -> w * w, -2, 2).name(\"fig\").label(\"w\u00b2\").lineWidth(4).show();");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        step("shown", "returnedMs=" + ms);
        Frame first = awaitWindow(display, "fig");
        BufferedImage shot1 = screenshot(first);
        ImageIO.write(shot1, "png", out.resolve("shot1.png").toFile());
        step("screenshot1", "frames=" + liveFrames());

        eval("plot(w -> 4 - w * w, -2, 2).name(\"fig\").label(\"4 \u2212 w\u00b2\").color(\"red\").lineWidth(4).show();");
        Frame second = awaitWindow(display, "fig");
        // the update is queued on the EDT after the previous paint; wait for the red curve to appear
        BufferedImage shot2 = null;
        for (int i = 0; i < 50; i++) {
            Thread.sleep(100);
            shot2 = screenshot(second);
            if (count(shot2, 0xff0000) > 200) {
                break;
            }
        }
        ImageIO.write(shot2, "png", out.resolve("shot2.png").toFile());
        step("screenshot2", "sameWindow=" + (first == second) + " frames=" + liveFrames());

        // what File > Save as... does once the chooser returns a path
        AtomicReference<Path> saved = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> saved.set(((FigureWindow) second).saveTo(out.resolve("saved/fig.svg"))));
        step("saved", "svg=" + Files.size(saved.get()));

        SwingUtilities.invokeAndWait(() -> second.dispatchEvent(new WindowEvent(second, WindowEvent.WINDOW_CLOSING)));
        for (int i = 0; i < 50 && (second.isDisplayable() || !display.windowNames().isEmpty()); i++) {
            Thread.sleep(100);
        }
        step("closed", "displayable=" + second.isDisplayable() + " windows=" + display.windowNames().size()
                + " frames=" + liveFrames());

        // the session goes on: snippets evaluate, and a new figure opens a new window
        expect(eval("1 + 2"), "3");
        eval("plot(w -> w, 0, 1).name(\"after\").show();");
        Frame after = awaitWindow(display, "after");
        step("after", "showing=" + after.isShowing() + " windows=" + display.windowNames());
        display.closeAll();
        for (int i = 0; i < 50 && !display.windowNames().isEmpty(); i++) {
            Thread.sleep(100);
        }
        shell.close();
        step("done", "windows=" + display.windowNames().size());
        // no System.exit: with every window disposed AWT shuts its threads down and the JVM ends
        // by itself; a thread left behind would hang it and fail the test's timeout
    }

    private static BufferedImage screenshot(Frame f) throws Exception {
        AtomicReference<Rectangle> r = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            java.awt.Point p = ((FigureWindow) f).getContentPane().getLocationOnScreen();
            java.awt.Dimension d = ((FigureWindow) f).getContentPane().getSize();
            r.set(new Rectangle(p, d));
        });
        return new Robot().createScreenCapture(r.get());
    }

    static int count(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    private static String eval(String code) {
        return DriverSupport.eval(shell, code);
    }
}
