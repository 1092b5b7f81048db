package wb.plot.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import wb.io.FolderClaim;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;

/**
 * A display that saves each shown figure as a numbered PNG in a folder: {@code 01-name.png},
 * {@code 02-name.png}, ... in the order shown, as a script run does with {@code --out DIR}; an
 * animation becomes a numbered GIF in the same sequence.
 * It prints nothing; it hands each path to a listener and returns it from {@link #save}.
 *
 * <p>A run's display claims its folder ({@link FolderClaim}) at the first save and keeps it until
 * {@link #close}: a second run saving into the same folder at the same time fails at its first
 * figure with a message naming the other run, instead of silently overwriting its numbered files.
 * {@link #count} counts only the figures actually written.
 */
public final class FileDisplay implements Display, AutoCloseable {

    private final Path folder;
    private final Consumer<Path> listener;
    private final boolean claims;
    private FolderClaim claim;
    private int number;
    private int count;

    private FileDisplay(Path folder, Consumer<Path> listener, boolean claims) {
        if (folder == null) {
            throw new IllegalArgumentException("file display: the output folder is null");
        }
        this.folder = folder;
        this.listener = listener == null ? p -> { } : listener;
        this.claims = claims;
    }

    /**
     * Saves into {@code folder} (created when the first figure is saved), claimed for this run,
     * and tells {@code listener} each path.
     */
    public FileDisplay(Path folder, Consumer<Path> listener) {
        this(folder, listener, true);
    }

    /** Saves into {@code folder} silently, claimed for this run. */
    public FileDisplay(Path folder) {
        this(folder, null, true);
    }

    /**
     * Saves into {@code folder} without claiming it: the prompt's figures, which a script run in
     * the same folder must not be refused for.
     */
    public static FileDisplay unclaimed(Path folder) {
        return new FileDisplay(folder, null, false);
    }

    @Override
    public void show(Figure figure) {
        save(figure);
    }

    /** Saves {@code figure} as the next numbered PNG and returns its path. */
    public Path save(Figure figure) {
        return saveNext(figure.name(), "png", figure::save);
    }

    /** Saves an animation as the next numbered GIF, {@code NN-name.gif}. */
    @Override
    public void show(Animation animation) {
        save(animation);
    }

    /** Saves {@code animation} as the next numbered GIF and returns its path. */
    public Path save(Animation animation) {
        return saveNext(animation.name(), "gif", animation::save);
    }

    /** Claims the folder, numbers the file {@code NN-name.extension}, has {@code writer} write it and reports it. */
    private synchronized Path saveNext(String name, String extension, UnaryOperator<Path> writer) {
        claim();
        number++;
        Path path = writer.apply(folder.resolve(String.format(Locale.ROOT, "%02d-%s.%s", number, name, extension)));
        count++;
        listener.accept(path);
        return path;
    }

    private void claim() {
        if (claims && claim == null) {
            try {
                claim = FolderClaim.claim(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("save: " + e.getMessage() + "; choose another folder with --out DIR", e);
            }
        }
    }

    /** Releases the folder for other runs. */
    @Override
    public synchronized void close() {
        if (claim != null) {
            try {
                claim.close();
            } catch (IOException e) {
                // Releasing a lock fails only when its channel is already closed: it is released.
            }
            claim = null;
        }
    }

    /** The output folder. */
    public Path folder() {
        return folder;
    }

    /** How many figures have been written (a save that failed is not counted). */
    public synchronized int count() {
        return count;
    }
}
