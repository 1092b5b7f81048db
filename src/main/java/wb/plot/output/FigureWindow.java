package wb.plot.output;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuBar;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;
import wb.plot.render.FigureFiles;
import wb.plot.render.FigureSpec;

/**
 * The window of one figure: the figure drawn at the window's size, which the user explores with
 * the mouse ({@link FigureNavigator}: wheel to zoom about the cursor, drag to pan, right-drag or
 * Shift-drag to zoom to a box, Home to go back), a status line with the data coordinates under
 * the cursor, and a File menu to save what is shown (Ctrl-S) or close the window (Ctrl-W).
 * Closing disposes the window only. Used on the EDT only.
 */
final class FigureWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    /** What the status line says when the cursor is not over the plot. */
    static final String HINT = "wheel: zoom \u00b7 drag: pan \u00b7 right-drag: zoom to box \u00b7 Home: reset";

    private final FigurePanel panel;
    private final JLabel status = new JLabel(" ");
    private final FigureNavigator navigator;

    FigureWindow(FigureSpec f, Runnable onClosed) {
        super(title(f));
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        panel = new FigurePanel(f);
        navigator = new FigureNavigator(panel, f, this::status);
        JLabel hint = new JLabel(HINT);
        hint.setForeground(Color.GRAY);
        JPanel bar = new JPanel(new BorderLayout());
        bar.setBorder(BorderFactory.createEmptyBorder(2, 8, 2, 8));
        bar.add(status, BorderLayout.WEST);
        bar.add(hint, BorderLayout.EAST);
        getContentPane().add(panel, BorderLayout.CENTER);
        getContentPane().add(bar, BorderLayout.SOUTH);
        setJMenuBar(menu());
        getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_HOME, 0), "home");
        getRootPane().getActionMap().put("home", new AbstractAction("home") {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                navigator.reset();
            }
        });
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClosed.run();
            }
        });
        pack();
    }

    private static String title(FigureSpec f) {
        return f.title() != null ? f.name() + " \u2014 " + f.title() : f.name();
    }

    /** Shows {@code f} in place of the current figure, at its own view. */
    void update(FigureSpec f) {
        setTitle(title(f));
        Dimension want = new Dimension(f.width(), f.height());
        boolean resized = !want.equals(panel.getPreferredSize());
        navigator.setHome(f);
        if (resized) {
            // a new figure size resizes the window; otherwise the user's window size stays
            panel.setPreferredSize(want);
            pack();
        }
    }

    /** The figure as shown now: zoomed or panned if the user did. */
    FigureSpec figure() {
        return panel.figure();
    }

    /** The navigator of this window's figure (for tests). */
    FigureNavigator navigator() {
        return navigator;
    }

    /** The component the figure is drawn on (for tests that screenshot it). */
    FigurePanel figurePanel() {
        return panel;
    }

    /** What the status line says now. */
    String statusText() {
        return status.getText().isBlank() ? "" : status.getText();
    }

    private void status(String text) {
        status.setText(text == null || text.isEmpty() ? " " : text);
    }

    /** Saves the figure as shown to {@code path} (format from its extension). */
    Path saveTo(Path path) {
        return FigureFiles.save(panel.figure(), path);
    }

    private JMenuBar menu() {
        FileMenu file = new FileMenu(this);
        FileNameExtensionFilter formats = new FileNameExtensionFilter("PNG, SVG, PDF or JPEG", "png", "svg", "pdf",
                "jpg", "jpeg");
        file.item("Save as\u2026", KeyEvent.VK_S, 0, () -> file.saveAs("Save " + panel.figure().name(),
                panel.figure().name() + ".png", formats, this::saveTo));
        return file.close().bar();
    }
}
