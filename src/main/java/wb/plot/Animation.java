package wb.plot;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import wb.io.AtomicFiles;
import wb.plot.render.FigureSpec;
import wb.plot.render.GifEncoding;
import wb.plot.render.Painter;

/**
 * An animation: a sequence of figures (frames), each with a caption such as {@code λ = 0.01},
 * that changes with a parameter or a step. It saves as an animated GIF and shows on a display:
 * in a window with a slider (and the arrow keys) to step through the frames, as a GIF numbered
 * like figures in a script run, or as its selected frame in a terminal.
 *
 * <pre>{@code
 * Animation.of(display, frames, captions).delay(150).save("out/path.gif");
 * }</pre>
 *
 * <p>The frames are the figures' descriptions when the animation was made ({@link Figure#spec()}); the animation's options are set by chained
 * calls before it is shown or saved. The same animation always gives the same GIF bytes.
 */
public final class Animation {

    private final Display display;
    private final List<FigureSpec> frames;
    private final List<String> captions;
    private String name;
    private int delay = 200;
    private int selected;

    private Animation(Display display, List<FigureSpec> frames, List<String> captions) {
        this.display = display;
        this.frames = frames;
        this.captions = captions;
        this.name = frames.get(0).name();
    }

    /**
     * An animation of {@code frames} with one caption per frame (what the slider window shows
     * beside the slider), shown on {@code display} (null for none).
     *
     * @throws IllegalArgumentException for no frames, a caption count that differs, or frames of
     *     different sizes
     */
    public static Animation of(Display display, List<Figure> frames, List<String> captions) {
        if (frames == null || frames.isEmpty()) {
            throw new IllegalArgumentException("animation: needs at least one frame, got "
                    + (frames == null ? "null" : "none"));
        }
        if (captions == null || captions.size() != frames.size()) {
            throw new IllegalArgumentException("animation: needs one caption per frame (" + frames.size() + "), got "
                    + (captions == null ? "null" : captions.size()));
        }
        List<FigureSpec> specs = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            Figure f = frames.get(i);
            if (f == null) {
                throw new IllegalArgumentException("animation: frame " + i + " is null");
            }
            if (f.width() != frames.get(0).width() || f.height() != frames.get(0).height()) {
                throw new IllegalArgumentException("animation: every frame must have the size of frame 0 ("
                        + frames.get(0).width() + " x " + frames.get(0).height() + "), but frame " + i + " is "
                        + f.width() + " x " + f.height());
            }
            specs.add(f.spec());
        }
        return new Animation(display, List.copyOf(specs), List.copyOf(captions));
    }

    /** Names the animation (windows and numbered files are keyed by it; default: frame 0's name). */
    public Animation name(String name) {
        this.name = Figure.checkName(name);
        return this;
    }

    /** Sets the time each frame shows in a GIF or when the window plays, in milliseconds (10..10000, default 200). */
    public Animation delay(int millis) {
        if (millis < 10 || millis > 10000) {
            throw new IllegalArgumentException("delay: expected 10..10000 ms per frame, got " + millis);
        }
        this.delay = millis;
        return this;
    }

    /** Selects the frame that a window opens at and a terminal shows (default 0). */
    public Animation select(int index) {
        checkIndex(index);
        this.selected = index;
        return this;
    }

    /** The number of frames. */
    public int size() {
        return frames.size();
    }

    /** Frame {@code i} as a figure of its own, to save, show or build on. */
    public Figure frame(int i) {
        checkIndex(i);
        return Figure.of(frames.get(i), display);
    }

    /** The frames' descriptions, in order (what windows and encoders read). */
    public List<FigureSpec> frames() {
        return frames;
    }

    /** The caption of frame {@code i}. */
    public String caption(int i) {
        checkIndex(i);
        return captions.get(i);
    }

    /** The animation's name. */
    public String name() {
        return name;
    }

    /** Milliseconds per frame. */
    public int delay() {
        return delay;
    }

    /** The selected frame's index. */
    public int selected() {
        return selected;
    }

    /** The display {@link #show()} uses, or null. */
    public Display display() {
        return display;
    }

    /**
     * Writes the animation as an animated GIF (looping, {@link #delay()} per frame), creating
     * missing folders and replacing the file atomically.
     *
     * @return the path written
     * @throws IllegalArgumentException when the path does not end in .gif
     */
    public Path save(String path) {
        if (path == null) {
            throw new IllegalArgumentException("save: the path is null");
        }
        return save(Path.of(path));
    }

    /** As {@link #save(String)}. */
    public Path save(Path path) {
        if (path == null) {
            throw new IllegalArgumentException("save: the path is null");
        }
        String file = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!file.endsWith(".gif")) {
            throw new IllegalArgumentException("save: an animation is saved as .gif, but got \"" + path
                    + "\"; to save one frame as an image use frame(i).save(path)");
        }
        byte[] bytes = gif();
        try {
            AtomicFiles.write(path, out -> out.write(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("save: cannot write " + path + ": " + AtomicFiles.reason(e), e);
        }
        return path;
    }

    /** The animated GIF's bytes: every frame rendered at its size, {@link #delay()} per frame, looping. */
    public byte[] gif() {
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new wb.numeric.kernel.ComputationInterruptedException("rendering animation frames (frame " + i + " of "
                        + frames.size() + ")");
            }
            images.add(Painter.image(frames.get(i)));
        }
        return GifEncoding.encode(images, delay);
    }

    /**
     * Shows the animation on its display: a window with a slider where windows can open, a
     * numbered GIF in a script run, the selected frame in a terminal. Returns at once.
     *
     * @throws IllegalStateException if the animation was created without a display
     */
    public void show() {
        if (display == null) {
            throw new IllegalStateException("show: this animation has no display; make it with animate(...) in a session, "
                    + "or save(\"path.gif\") it");
        }
        display.show(this);
    }

    /** e.g. {@code Animation[shrinkage: 40 frames, 200 ms each]}. */
    @Override
    public String toString() {
        return "Animation[" + name + ": " + frames.size() + (frames.size() == 1 ? " frame" : " frames") + ", " + delay
                + " ms each]";
    }

    private void checkIndex(int i) {
        if (i < 0 || i >= frames.size()) {
            throw new IndexOutOfBoundsException("frame " + i + " is out of range: the animation has frames 0.."
                    + (frames.size() - 1));
        }
    }
}
