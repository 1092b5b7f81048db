package wb.plot.output;

import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileFilter;

/**
 * A figure window's File menu: its items on the platform's menu shortcut (Ctrl, or Cmd on a
 * Mac), and saving through a file chooser that opens where the window last saved. Call it on
 * the event thread.
 */
final class FileMenu {
    private final JFrame window;
    private final JMenu menu = new JMenu("File");
    private final int shortcut = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
    private Path lastDir;

    FileMenu(JFrame window) {
        this.window = window;
        menu.setMnemonic(KeyEvent.VK_F);
    }

    /** Adds an item that {@code action} runs, on the shortcut with {@code key} and {@code moreModifiers} (0 for none). */
    FileMenu item(String label, int key, int moreModifiers, Runnable action) {
        JMenuItem item = new JMenuItem(label);
        item.setAccelerator(KeyStroke.getKeyStroke(key, shortcut | moreModifiers));
        item.addActionListener(e -> action.run());
        menu.add(item);
        return this;
    }

    /** Adds Close, which disposes of the window. */
    FileMenu close() {
        return item("Close", KeyEvent.VK_W, 0, window::dispose);
    }

    /** The menu bar with this menu. */
    JMenuBar bar() {
        JMenuBar bar = new JMenuBar();
        bar.add(menu);
        return bar;
    }

    /**
     * Asks where to save, suggesting {@code suggested}, and saves there with {@code save}; what
     * it throws is shown in a dialog. {@code title} and {@code filter} may be null (the chooser's own).
     */
    void saveAs(String title, String suggested, FileFilter filter, Consumer<Path> save) {
        JFileChooser chooser = new JFileChooser(lastDir == null ? null : lastDir.toFile());
        if (title != null) {
            chooser.setDialogTitle(title);
        }
        chooser.setSelectedFile(new File(suggested));
        if (filter != null) {
            chooser.addChoosableFileFilter(filter);
        }
        if (chooser.showSaveDialog(window) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path path = chooser.getSelectedFile().toPath();
        lastDir = path.toAbsolutePath().getParent();
        try {
            save.accept(path);
        } catch (RuntimeException ex) {
            JOptionPane.showMessageDialog(window, ex.getMessage(), "Cannot save " + path.getFileName(),
                    JOptionPane.ERROR_MESSAGE);
        }
    }
}
