package wb.plot.output;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import javax.swing.AbstractAction;
import javax.swing.ActionMap;
import javax.swing.BorderFactory;
import javax.swing.InputMap;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenuBar;
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
        FileMenu file = new FileMenu(this);
        file.item("Save frame as\u2026", KeyEvent.VK_S, 0, () -> file.saveAs(null, panel.figure().name() + ".png", null,
                path -> FigureFiles.save(panel.figure(), path)));
        file.item("Save animation as GIF\u2026", KeyEvent.VK_S, InputEvent.SHIFT_DOWN_MASK,
                () -> file.saveAs(null, animation.name() + ".gif", null, animation::save));
        return file.close().bar();
    }
}
