package wb.repl;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the prompt's history is kept: in the user's state directory, as the XDG base directory
 * specification places files that should outlive a session but are not worth backing up.
 *
 * <ul>
 *   <li>{@code $WB_STATE_HOME/history} when {@code WB_STATE_HOME} is set (for tests, or to keep
 *       several histories apart);</li>
 *   <li>else {@code $XDG_STATE_HOME/wb/history} when {@code XDG_STATE_HOME} is an absolute path;</li>
 *   <li>else {@code ~/.local/state/wb/history}.</li>
 * </ul>
 */
public final class HistoryLocation {
    /** The environment variable that names wb's own state directory. */
    public static final String STATE_HOME_VARIABLE = "WB_STATE_HOME";

    private HistoryLocation() {
    }

    /**
     * The history file for an environment.
     *
     * @param env      looks up an environment variable (null when unset), e.g. {@code System::getenv}
     * @param userHome the user's home directory
     */
    public static Path resolve(UnaryOperator<String> env, Path userHome) {
        String own = env.apply(STATE_HOME_VARIABLE);
        if (own != null && !own.isBlank()) {
            return Path.of(own).resolve("history");
        }
        String xdg = env.apply("XDG_STATE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("wb").resolve("history");
        }
        return userHome.resolve(".local").resolve("state").resolve("wb").resolve("history");
    }
}
