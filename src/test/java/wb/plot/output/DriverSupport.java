package wb.plot.output;

import java.awt.Frame;
import java.awt.Point;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import wb.api.Workbench;

/**
 * What the window drivers (run in their own JVM under X by {@link DriverRun}) share: evaluating
 * snippets, reporting steps as {@code STEP name detail} lines on standard output, failing with a
 * {@code FAIL} line, and reading Swing state on the event thread.
 */
final class DriverSupport {
    private DriverSupport() {
    }

    /**
     * A local JShell for a driver: binds a workbench that shows figures on {@code display} and
     * saves them under {@code out/figures}, and puts wb's classes ({@code classpath}) on the
     * shell's class path, so snippets see that same workbench; the plotting helpers are imported.
     */
    static JShell startSession(Path out, WindowDisplay display, String classpath) throws IOException {
        Files.createDirectories(out);
        Workbench workbench = new Workbench();
        workbench.display(display);
        Workbench.bind(workbench);
        JShell shell = JShell.builder().executionEngine("local").build();
        shell.addToClasspath(classpath);
        eval(shell, "import static wb.api.Plots.*;");
        return shell;
    }

    /** Evaluates {@code code} in {@code shell} and returns the value of its last event; fails on an error. */
    static String eval(JShell shell, String code) {
        AtomicReference<String> value = new AtomicReference<>();
        List<SnippetEvent> events = shell.eval(code);
        for (SnippetEvent e : events) {
            if (e.exception() != null) {
                fail("snippet threw " + e.exception() + ": " + code);
            }
            if (e.status() == Snippet.Status.REJECTED) {
                fail("snippet rejected: " + code + " " + shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList());
            }
            value.set(e.value());
        }
        return value.get();
    }

    static void expect(String actual, String expected) {
        if (!expected.equals(actual)) {
            fail("expected " + expected + ", got " + actual);
        }
    }

    /** How many frames are still displayable (not yet disposed). */
    static long liveFrames() {
        return java.util.Arrays.stream(Frame.getFrames()).filter(Frame::isDisplayable).count();
    }

    /** Reports a step for {@link DriverRun} to read back. */
    static void step(String name, String detail) {
        System.out.println("STEP " + name + " " + detail);
        System.out.flush();
    }

    static void fail(String why) {
        System.out.println("FAIL " + why);
        System.out.flush();
        throw new AssertionError(why);
    }

    /** The figure window {@code name} on {@code display} once it shows; see {@link #awaitShowing}. */
    static FigureWindow awaitWindow(WindowDisplay display, String name) throws InterruptedException {
        return awaitShowing("window " + name, () -> display.window(name));
    }

    /**
     * The window {@code find} returns once it is showing, given 300 ms more to paint its first
     * frame; fails, naming it {@code what}, when none shows within 10 s.
     */
    static <W extends Window> W awaitShowing(String what, Supplier<W> find) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            W w = find.get();
            if (w != null && w.isShowing()) {
                Thread.sleep(300);
                return w;
            }
            Thread.sleep(100);
        }
        fail(what + " did not show within 10 s");
        return null;
    }

    /** The result of {@code c}, called on the event thread. */
    static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> box = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                box.set(c.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return box.get();
    }

    /**
     * Where in {@code wide} the image {@code expected} is, as its top-left corner: the offset
     * whose sample of pixels all match, or {@code (x0, y0)}, where AWT says it is, if none does.
     */
    static Point find(BufferedImage wide, BufferedImage expected, int x0, int y0) {
        int[][] sample = new int[400][];
        Random random = new Random(1);
        for (int i = 0; i < sample.length; i++) {
            sample[i] = new int[] {random.nextInt(expected.getWidth()), random.nextInt(expected.getHeight())};
        }
        for (int dy = 0; dy + expected.getHeight() <= wide.getHeight(); dy++) {
            for (int dx = 0; dx + expected.getWidth() <= wide.getWidth(); dx++) {
                boolean all = true;
                for (int[] p : sample) {
                    if ((wide.getRGB(dx + p[0], dy + p[1]) & 0xffffff) != (expected.getRGB(p[0], p[1]) & 0xffffff)) {
                        all = false;
                        break;
                    }
                }
                if (all) {
                    return new Point(dx, dy);
                }
            }
        }
        return new Point(Math.max(0, Math.min(x0, wide.getWidth() - 1)), Math.max(0, Math.min(y0, wide.getHeight() - 1)));
    }

    static int differingPixels(BufferedImage shot, BufferedImage expected) {
        if (shot.getWidth() != expected.getWidth() || shot.getHeight() != expected.getHeight()) {
            return expected.getWidth() * expected.getHeight();
        }
        int differ = 0;
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                if ((shot.getRGB(x, y) & 0xffffff) != (expected.getRGB(x, y) & 0xffffff)) {
                    differ++;
                }
            }
        }
        return differ;
    }
}
