package wb.session;

import java.nio.file.Path;

/**
 * How a session is set up.
 *
 * @param seed   the seed of the helpers' random generator
 * @param outDir where figures shown without a window are written
 */
public record SessionSettings(long seed, Path outDir) {

    /** The seed a session has unless told otherwise; the REPL banner shows it. */
    public static final long DEFAULT_SEED = 0;

    /** Settings with the default seed, writing figures to {@code out/}. */
    public static SessionSettings defaults() {
        return new SessionSettings(DEFAULT_SEED, Path.of("out"));
    }

    /** The same settings with another seed. */
    public SessionSettings withSeed(long newSeed) {
        return new SessionSettings(newSeed, outDir);
    }
}
