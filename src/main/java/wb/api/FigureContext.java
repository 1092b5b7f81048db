package wb.api;

import java.nio.file.Path;
import wb.plot.Display;

/**
 * Where the session's figures go: the display that {@code show()} uses and the output folder for
 * saved figures. The session binds one when it starts; until then figures have no display.
 *
 * <p>Interim home of this state until {@code wb.api.Workbench} (which holds the session's seed,
 * generator and data set) takes it over.
 */
public final class FigureContext {

    private static volatile FigureContext current = new FigureContext(null, Path.of("out"));

    private final Display display;
    private final Path outFolder;

    /** A context showing figures on {@code display} (null: none) and saving into {@code outFolder}. */
    public FigureContext(Display display, Path outFolder) {
        if (outFolder == null) {
            throw new IllegalArgumentException("figure context: the output folder is null");
        }
        this.display = display;
        this.outFolder = outFolder;
    }

    /** The bound context (a context without display until the session binds one). */
    public static FigureContext current() {
        return current;
    }

    /** Binds {@code context} for this JVM's snippets; returns the previous one. */
    public static FigureContext bind(FigureContext context) {
        if (context == null) {
            throw new IllegalArgumentException("figure context: null");
        }
        FigureContext old = current;
        current = context;
        return old;
    }

    /** The display figures are shown on, or null. */
    public Display display() {
        return display;
    }

    /** The folder where displayed figures are saved. */
    public Path outFolder() {
        return outFolder;
    }
}
