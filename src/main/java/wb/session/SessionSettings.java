package wb.session;

import java.nio.file.Path;
import java.util.List;
import wb.plot.Display;

/**
 * How a session is set up.
 *
 * @param seed      the seed of the helpers' random generator
 * @param display   where figures are shown at first: a snippet's figure value and {@code .show()};
 *                  null for nowhere (then a figure value is only printed as text). Once the session
 *                  runs, its {@link wb.api.Workbench} owns the display; where figures shown without
 *                  a window are saved is the display's business (a {@link wb.plot.FileDisplay}'s folder)
 * @param classPath jars and class folders the snippets see from the start ({@code --class-path})
 * @param userHome  the home whose {@code .m2/settings.xml} and {@code .m2/repository} Maven
 *                  artifacts are resolved with ({@code /add})
 */
public record SessionSettings(long seed, Display display, List<Path> classPath, Path userHome) {

    /** The seed a session has unless told otherwise; the REPL banner shows it. */
    public static final long DEFAULT_SEED = 0;

    /** The largest seed: seeds are numpy's, integers in [0, 2³² − 1]. */
    public static final long MAX_SEED = 0xffff_ffffL;

    public SessionSettings {
        classPath = List.copyOf(classPath);
    }

    /** Settings with nothing added to the class path, and Maven's settings in the user's home. */
    public SessionSettings(long seed, Display display) {
        this(seed, display, List.of(), Path.of(System.getProperty("user.home")));
    }

    /** Settings with the default seed and no display. */
    public static SessionSettings defaults() {
        return new SessionSettings(DEFAULT_SEED, null);
    }

    /** The same settings with Maven's settings and local repository under another home. */
    public SessionSettings withUserHome(Path newUserHome) {
        return new SessionSettings(seed, display, classPath, newUserHome);
    }

    /** The same settings with jars and class folders on the class path from the start. */
    public SessionSettings withClassPath(List<Path> entries) {
        return new SessionSettings(seed, display, entries, userHome);
    }
}
