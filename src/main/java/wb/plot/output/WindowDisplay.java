package wb.plot.output;

import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.SwingUtilities;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;
import wb.plot.render.FigureSpec;

/**
 * A display that shows each figure in a window of its own, one window per figure name: showing a
 * figure whose name already has a window redraws that window in place.
 *
 * <p>{@link #show} returns at once; all Swing work runs on the event dispatch thread, whose
 * threads AWT creates in the root thread group (never in the caller's). Windows close with
 * DISPOSE_ON_CLOSE, so closing one never ends the JVM. Each window can save its figure (File >
 * Save as..., Ctrl-S). An animation opens in a window with a slider over its frames.
 */
public final class WindowDisplay implements Display {

    private final Map<String, FigureWindow> windows = new LinkedHashMap<>();
    private final Map<String, SliderWindow> sliders = new LinkedHashMap<>();
    private int opened;

    /**
     * A window display.
     *
     * @throws HeadlessException if this JVM has no display (see {@link #available()})
     */
    public WindowDisplay() {
        if (!available()) {
            throw new HeadlessException("no display: DISPLAY is unset or java.awt.headless=true; use a TerminalDisplay");
        }
    }

    /** Whether windows can open in this JVM. */
    public static boolean available() {
        return !GraphicsEnvironment.isHeadless();
    }

    @Override
    public void show(Figure figure) {
        FigureSpec spec = figure.spec();
        SwingUtilities.invokeLater(() -> showOnEdt(spec));
    }

    private void showOnEdt(FigureSpec f) {
        FigureWindow w = windows.get(f.name());
        if (w != null && w.isDisplayable()) {
            w.update(f);
            return;
        }
        w = new FigureWindow(f, () -> windows.remove(f.name()));
        windows.put(f.name(), w);
        place(w);
        w.setVisible(true);
    }

    /**
     * Shows an animation in a window with a slider over its frames (and the arrow keys), one
     * window per animation name: showing one whose name has a window replaces it in place.
     */
    @Override
    public void show(Animation animation) {
        SwingUtilities.invokeLater(() -> {
            SliderWindow w = sliders.get(animation.name());
            if (w != null && w.isDisplayable()) {
                w.update(animation);
                return;
            }
            SliderWindow opened = new SliderWindow(animation, () -> sliders.remove(animation.name()));
            sliders.put(animation.name(), opened);
            place(opened);
            opened.setVisible(true);
        });
    }

    private void place(java.awt.Window w) {
        w.setLocation(40 + 32 * (opened % 10), 40 + 32 * (opened % 10));
        opened++;
    }

    /** The names of the open windows (figures, then animations), in the order they opened, after pending updates are done. */
    public List<String> windowNames() {
        return onEdt(() -> {
            List<String> names = new ArrayList<>(windows.keySet());
            names.addAll(sliders.keySet());
            return names;
        });
    }

    /** Closes the window of figure or animation {@code name}, if it is open. */
    public void close(String name) {
        SwingUtilities.invokeLater(() -> {
            FigureWindow w = windows.remove(name);
            if (w != null) {
                w.dispose();
            }
            SliderWindow s = sliders.remove(name);
            if (s != null) {
                s.dispose();
            }
        });
    }

    /** Closes every window of this display. */
    public void closeAll() {
        SwingUtilities.invokeLater(() -> {
            for (FigureWindow w : new ArrayList<>(windows.values())) {
                w.dispose();
            }
            windows.clear();
            for (SliderWindow s : new ArrayList<>(sliders.values())) {
                s.dispose();
            }
            sliders.clear();
        });
    }

    /** The slider window of animation {@code name} (on the EDT, for tests), or null. */
    SliderWindow slider(String name) {
        return onEdt(() -> sliders.get(name));
    }

    /** The window of figure {@code name} (on the EDT, for tests and the session), or null. */
    FigureWindow window(String name) {
        return onEdt(() -> windows.get(name));
    }

    private static <T> T onEdt(java.util.function.Supplier<T> s) {
        if (SwingUtilities.isEventDispatchThread()) {
            return s.get();
        }
        Object[] box = new Object[1];
        try {
            SwingUtilities.invokeAndWait(() -> box[0] = s.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the window thread", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("window thread failed: " + e.getCause(), e.getCause());
        }
        @SuppressWarnings("unchecked")
        T t = (T) box[0];
        return t;
    }
}
