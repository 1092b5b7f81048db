package wb.plot.output;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSlider;
import javax.swing.KeyStroke;
import javax.swing.Timer;
import javax.swing.WindowConstants;
import wb.plot.Animation;
import wb.plot.render.FigureFiles;
import wb.plot.render.FigureSpec;

/**
 * The window of one animation: the current frame drawn at the window's size, a slider over the
 * frames with the frame's caption (λ = …), a play button, and the keys ← → (previous, next),
 * Home, End and Space (play/pause). File saves the current frame (Ctrl-S) or the whole animation
 * as a GIF (Ctrl-Shift-S). Closing disposes the window only. Used on the EDT only.
 */
final class SliderWindow extends JFrame {

    private static final long serialVersionUID = 1L;

    private final FigurePanel panel;
    private final JSlider slider = new JSlider();
    private final JLabel caption = new JLabel();
    private final JButton play = new JButton("\u25b6");
    private final Timer timer;
    private transient Animation animation;
    private Path lastDir;

    SliderWindow(Animation a, Runnable onClosed) {
        super(a.name());
        panel = new FigurePanel(a.frames().get(a.selected()));
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        timer = new Timer(a.delay(), e -> setIndex((index() + 1) % animation.size()));
        slider.addChangeListener(e -> showFrame(slider.getValue()));
        slider.setFocusable(true);
        play.setFocusable(false);
        play.setToolTipText("play / pause (Space)");
        play.addActionListener(e -> togglePlay());
        caption.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
        JPanel controls = new JPanel(new BorderLayout());
        controls.setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        controls.add(play, BorderLayout.WEST);
        controls.add(slider, BorderLayout.CENTER);
        controls.add(caption, BorderLayout.EAST);
        getContentPane().add(panel, BorderLayout.CENTER);
        getContentPane().add(controls, BorderLayout.SOUTH);
        setJMenuBar(menu());
        keys();
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosed(WindowEvent e) {
                timer.stop();
                onClosed.run();
            }
        });
        update(a);
        pack();
    }

    /** Shows {@code a} in place of the current animation, at its selected frame. */
    void update(Animation a) {
        this.animation = a;
        setTitle(a.name());
        timer.setDelay(a.delay());
        FigureSpec first = a.frames().get(0);
        Dimension want = new Dimension(first.width(), first.height());
        boolean resized = !want.equals(panel.getPreferredSize());
        slider.setMinimum(0);
        slider.setMaximum(a.size() - 1);
        slider.setValue(a.selected());
        showFrame(a.selected());
        if (resized) {
            panel.setPreferredSize(want);
            pack();
        }
    }

    /** The index of the frame shown. */
    int index() {
        return slider.getValue();
    }

    /** Shows frame {@code i} (clamped to the frames), as moving the slider does. */
    void setIndex(int i) {
        slider.setValue(Math.max(0, Math.min(animation.size() - 1, i)));
    }

    boolean playing() {
        return timer.isRunning();
    }

    FigureSpec figure() {
        return panel.figure();
    }

    /** The component the frame is drawn on (for tests that screenshot it). */
    JComponent framePanel() {
        return panel;
    }

    private void showFrame(int i) {
        caption.setText(animation.caption(i) + "   " + (i + 1) + "/" + animation.size());
        panel.setFigure(animation.frames().get(i));
    }

    private void togglePlay() {
        if (timer.isRunning()) {
            timer.stop();
            play.setText("\u25b6");
        } else {
            timer.start();
            play.setText("\u23f8");
        }
    }

    private void keys() {
        InputMap in = getRootPane().getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW);
        ActionMap actions = getRootPane().getActionMap();
        bind(in, actions, KeyEvent.VK_LEFT, "previous", () -> setIndex(index() - 1));
        bind(in, actions, KeyEvent.VK_RIGHT, "next", () -> setIndex(index() + 1));
        bind(in, actions, KeyEvent.VK_HOME, "first", () -> setIndex(0));
        bind(in, actions, KeyEvent.VK_END, "last", () -> setIndex(animation.size() - 1));
        bind(in, actions, KeyEvent.VK_SPACE, "play", this::togglePlay);
    }

    private static void bind(InputMap in, ActionMap actions, int key, String name, Runnable r) {
        in.put(KeyStroke.getKeyStroke(key, 0), name);
        actions.put(name, new AbstractAction(name) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                r.run();
            }
        });
    }

    private JMenuBar menu() {
        int mask = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();
        JMenu file = new JMenu("File");
        file.setMnemonic(KeyEvent.VK_F);
        JMenuItem frame = new JMenuItem("Save frame as\u2026");
        frame.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, mask));
        frame.addActionListener(e -> choose(panel.figure().name() + ".png", path -> FigureFiles.save(panel.figure(), path)));
        JMenuItem gif = new JMenuItem("Save animation as GIF\u2026");
        gif.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, mask | InputEvent.SHIFT_DOWN_MASK));
        gif.addActionListener(e -> choose(animation.name() + ".gif", path -> animation.save(path)));
        JMenuItem close = new JMenuItem("Close");
        close.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_W, mask));
        close.addActionListener(e -> dispose());
        file.add(frame);
        file.add(gif);
        file.add(close);
        JMenuBar bar = new JMenuBar();
        bar.add(file);
        return bar;
    }

    private void choose(String suggested, java.util.function.Consumer<Path> save) {
        JFileChooser chooser = new JFileChooser(lastDir == null ? null : lastDir.toFile());
        chooser.setSelectedFile(new File(suggested));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path path = chooser.getSelectedFile().toPath();
        lastDir = path.toAbsolutePath().getParent();
        try {
            save.accept(path);
        } catch (RuntimeException ex) {
            JOptionPane.showMessageDialog(this, ex.getMessage(), "Cannot save " + path.getFileName(), JOptionPane.ERROR_MESSAGE);
        }
    }
}
