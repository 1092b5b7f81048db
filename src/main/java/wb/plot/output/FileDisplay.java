package wb.plot.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import wb.io.FolderClaim;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;
import wb.plot.render.FigureFiles;
import wb.plot.render.FigureSpec;

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
 *
 * <p>A display made {@link #inBackground} can paint and write figures on a thread of its own
 * ({@link #later}), so that a script's next snippets compile on one core while a figure is drawn
 * on the other; {@link #settle} waits for them. A script run shows its snippets' figure values
 * that way, and has every snippet wait before it runs, so that a figure that could not be written
 * stops the run where it stopped it before.
 */
public final class FileDisplay implements Display, AutoCloseable {

    private final Path outputFolder;
    private final Consumer<Path> listener;
    private final boolean claims;
    /** Where figures are painted and written, in the order shown; null: before show returns. */
    private final ExecutorService writer;
    /** The writer's thread, once it has one: {@link #close} ends it before it returns. */
    private volatile Thread writerThread;
    private FolderClaim claim;
    private int number;
    private int count;
    /** The last figure handed to the writer. */
    private Future<?> last;
    /** Why the first figure the writer could not write was not written. */
    private Throwable failure;

    private FileDisplay(Path outputFolder, Consumer<Path> listener, boolean claims, boolean background) {
        if (outputFolder == null) {
            throw new IllegalArgumentException("file display: the output folder is null");
        }
        this.outputFolder = outputFolder;
        this.listener = listener == null ? p -> { } : listener;
        this.claims = claims;
        // Made here, by the thread that runs the script, not by a snippet's: no stop of a snippet
        // reaches it, and it is no thread a snippet left behind.
        this.writer = background ? Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "wb-figure-writer");
            thread.setDaemon(true);
            writerThread = thread;
            return thread;
        }) : null;
    }

    /**
     * Saves into {@code outputFolder} (created when the first figure is saved), claimed for this run,
     * and tells {@code listener} each path.
     */
    public FileDisplay(Path outputFolder, Consumer<Path> listener) {
        this(outputFolder, listener, true, false);
    }

    /** Saves into {@code outputFolder} silently, claimed for this run. */
    public FileDisplay(Path outputFolder) {
        this(outputFolder, null, true, false);
    }

    /**
     * Saves into {@code outputFolder} silently, claimed for this run, painting and writing each figure
     * in the background; its owner must {@link #settle} before it trusts that a figure is written.
     */
    public static FileDisplay inBackground(Path outputFolder) {
        return new FileDisplay(outputFolder, null, true, true);
    }

    /**
     * Saves into {@code outputFolder} without claiming it: the prompt's figures, which a script run in
     * the same folder must not be refused for.
     */
    public static FileDisplay unclaimed(Path outputFolder) {
        return new FileDisplay(outputFolder, null, false, false);
    }

    @Override
    public void show(Figure figure) {
        save(figure);
    }

    /**
     * This display as one that returns at once from showing a figure, which it then paints and
     * writes in the background, in the order shown; this display itself when it has no thread
     * for that ({@link #inBackground}). Animations are still saved before show returns.
     */
    public Display later() {
        if (writer == null) {
            return this;
        }
        return new Display() {
            @Override
            public void show(Figure figure) {
                FigureSpec spec = figure.spec();
                synchronized (FileDisplay.this) {
                    claim();
                    number++;
                    Path path = numbered(figure.name(), "png");
                    last = writer.submit(() -> write(spec, path));
                }
            }

            @Override
            public void show(Animation animation) {
                FileDisplay.this.show(animation);
            }
        };
    }

    /** The writer's task: one figure, unless an earlier one failed (a failure stops the run). */
    private void write(FigureSpec spec, Path path) {
        synchronized (this) {
            if (failure != null) {
                return;
            }
        }
        try {
            FigureFiles.save(spec, path);
        } catch (RuntimeException | Error e) {
            synchronized (this) {
                failure = e;
            }
            return;
        }
        synchronized (this) {
            count++;
        }
        listener.accept(path);
    }

    /**
     * Waits until every figure shown {@link #later} so far is written, and returns the exception
     * of the first that could not be, once; null when all were. A display without a thread of its
     * own has nothing to wait for.
     */
    public Throwable settle() {
        Future<?> pending;
        synchronized (this) {
            pending = last;
        }
        // A stopped run still waits for its figures (they take milliseconds), then is stopped.
        boolean interrupted = Thread.interrupted();
        while (pending != null && !pending.isDone()) {
            try {
                pending.get();
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break; // write catches everything; nothing else can end it
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            Throwable first = failure;
            failure = null;
            return first;
        }
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

    /**
     * Claims the folder, numbers the file {@code NN-name.extension}, has {@code save} write it and
     * reports it; after the figures still being written in the background, so the files keep the
     * order they were shown in.
     */
    private Path saveNext(String name, String extension, UnaryOperator<Path> save) {
        if (writer != null) {
            Throwable earlier = settle();
            if (earlier instanceof RuntimeException e) {
                throw e;
            } else if (earlier instanceof Error e) {
                throw e;
            }
        }
        synchronized (this) {
            claim();
            number++;
            Path path = save.apply(numbered(name, extension));
            count++;
            listener.accept(path);
            return path;
        }
    }

    private Path numbered(String name, String extension) {
        return outputFolder.resolve(String.format(Locale.ROOT, "%02d-%s.%s", number, name, extension));
    }

    private void claim() {
        if (claims && claim == null) {
            try {
                claim = FolderClaim.claim(outputFolder);
            } catch (IOException e) {
                throw new UncheckedIOException("save: " + e.getMessage() + "; choose another folder with --out DIR", e);
            }
        }
    }

    /** Writes what is pending, ends the writer's thread and releases the folder for other runs. */
    @Override
    public void close() {
        if (writer != null) {
            settle();
            writer.shutdown();
            boolean interrupted = false;
            Thread thread = writerThread;
            while (thread != null && thread.isAlive()) {
                try {
                    thread.join(); // a thread still alive after the run would count as one it left
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        release();
    }

    private synchronized void release() {
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
    public Path outputFolder() {
        return outputFolder;
    }

    /** How many figures have been written (a save that failed is not counted). */
    public synchronized int count() {
        return count;
    }
}
