package wb.plot;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.WindowConstants;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The window of one figure: the figure drawn at the window's size, a File menu to save it
 * (Ctrl-S) or close the window (Ctrl-W). Closing disposes the window only. Used on the EDT only.
 */
final class FigureWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    private final FigurePanel panel;
    private Path lastDir;

    FigureWindow(Figure f, Runnable onClosed) {
        super(title(f));
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        panel = new FigurePanel(f);
        getContentPane().add(panel, BorderLayout.CENTER);
        setJMenuBar(menu());
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                onClosed.run();
            }
        });
        pack();
    }

    private static String title(Figure f) {
        return f.title() != null ? f.name() + " \u2014 " + f.title() : f.name();
    }

    /** Shows {@code f} in place of the current figure. */
    void update(Figure f) {
        setTitle(title(f));
        Dimension want = new Dimension(f.width(), f.height());
        boolean resized = !want.equals(panel.getPreferredSize());
        panel.setFigure(f);
        if (resized) {
            // a new figure size resizes the window; otherwise the user's window size stays
            panel.setPreferredSize(want);
            pack();
        }
    }

    Figure figure() {
        return panel.figure();
    }

    /** Saves the shown figure to {@code path} (format from its extension). */
    Path saveTo(Path path) {
        return panel.figure().save(path);
    }

    private JMenuBar menu() {
        int mask = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        JMenuItem save = new JMenuItem("Save as\u2026");
        save.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, mask));
        save.addActionListener(e -> chooseAndSave());
        JMenuItem close = new JMenuItem("Close");
        close.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_W, mask));
        close.addActionListener(e -> dispose());
        file.add(save);
        file.add(close);
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        return bar;
    }

    private void chooseAndSave() {
        JFileChooser chooser = new JFileChooser(lastDir == null ? null : lastDir.toFile());
        chooser.setDialogTitle("Save " + panel.figure().name());
        chooser.setSelectedFile(new File(panel.figure().name() + ".png"));
        chooser.addChoosableFileFilter(new FileNameExtensionFilter("PNG, SVG, PDF or JPEG", "png", "svg", "pdf", "jpg", "jpeg"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path path = chooser.getSelectedFile().toPath();
        lastDir = path.toAbsolutePath().getParent();
        try {
            saveTo(path);
        } catch (RuntimeException ex) {
            JOptionPane.showMessageDialog(this, ex.getMessage(), "Cannot save " + path.getFileName(), JOptionPane.ERROR_MESSAGE);
        }
    }
}
