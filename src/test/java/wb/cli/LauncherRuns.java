package wb.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the test classes that run the packaged {@code scripts/wb}: a launcher whose warm
 * engines live in a folder of the class's own, stopped once its tests are done. Runs go through
 * the warm engine, as they do for users; a subclass overrides {@link #mode()} to run them
 * in-process.
 */
abstract class LauncherRuns {
    @TempDir
    static Path engines;

    /** How this class's runs go. */
    Launcher.Mode mode() {
        return Launcher.Mode.ENGINE;
    }

    final Launcher wb = Launcher.of(mode(), engines);

    @AfterAll
    static void stopEngines() throws Exception {
        Launcher.of(Launcher.Mode.ENGINE, engines).stopEngines();
    }
}
