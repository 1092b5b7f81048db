package wb.session;

import java.nio.file.Path;
import wb.plot.Display;

/**
 * How a session is set up.
 *
 * @param seed    the seed of the helpers' random generator
 * @param outDir  where figures shown without a window are written
 * @param display where figures are shown: a snippet's figure value and {@code .show()}; null
 *                for nowhere (then a figure value is only printed as text)
 */
public record SessionSettings(long seed, Path outDir, Display display) {

    /** The seed a session has unless told otherwise; the REPL banner shows it. */
    public static final long DEFAULT_SEED = 0;

    /** Settings with the default seed, an output folder {@code out/}, and no display. */
    public static SessionSettings defaults() {
        return new SessionSettings(DEFAULT_SEED, Path.of("out"), null);
    }

    /** The same settings with another seed. */
    public SessionSettings withSeed(long newSeed) {
        return new SessionSettings(newSeed, outDir, display);
    }

    /** The same settings with another display. */
    public SessionSettings withDisplay(Display newDisplay) {
        return new SessionSettings(seed, outDir, newDisplay);
    }
}
