package wb.plot;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A display that saves each shown figure as a numbered PNG in a folder: {@code 01-name.png},
 * {@code 02-name.png}, ... in the order shown, as a script run does with {@code --out DIR}; an
 * animation becomes a numbered GIF in the same sequence.
 * It prints nothing; it hands each path to a listener and returns it from {@link #save}.
 */
public final class FileDisplay implements Display {

    private final Path folder;
    private final Consumer<Path> listener;
    private int count;

    /** Saves into {@code folder} (created when the first figure is saved) and tells {@code listener} each path. */
    public FileDisplay(Path folder, Consumer<Path> listener) {
        if (folder == null) {
            throw new IllegalArgumentException("file display: the output folder is null");
        }
        this.folder = folder;
        this.listener = listener == null ? p -> { } : listener;
    }

    /** Saves into {@code folder} silently. */
    public FileDisplay(Path folder) {
        this(folder, null);
    }

    @Override
    public void show(Figure figure) {
        save(figure);
    }

    /** Saves {@code figure} as the next numbered PNG and returns its path. */
    public synchronized Path save(Figure figure) {
        count++;
        String file = String.format(Locale.ROOT, "%02d-%s.png", count, figure.name());
        Path path = figure.save(folder.resolve(file));
        listener.accept(path);
        return path;
    }

    /** Saves an animation as the next numbered GIF, {@code NN-name.gif}. */
    @Override
    public void show(Animation animation) {
        save(animation);
    }

    /** Saves {@code animation} as the next numbered GIF and returns its path. */
    public synchronized Path save(Animation animation) {
        count++;
        String file = String.format(Locale.ROOT, "%02d-%s.gif", count, animation.name());
        Path path = animation.save(folder.resolve(file));
        listener.accept(path);
        return path;
    }

    /** The output folder. */
    public Path folder() {
        return folder;
    }

    /** How many figures have been saved. */
    public synchronized int count() {
        return count;
    }
}
