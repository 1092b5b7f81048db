package wb.repl;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The start-up file: snippets and commands the REPL runs each time it starts (imports, an
 * {@code /add}, helpers of one's own), and never a script, so that scripts stay reproducible.
 *
 * <ul>
 *   <li>{@code $WB_STARTUP} when it is set (a missing file is then an error worth reporting);</li>
 *   <li>else {@code $XDG_CONFIG_HOME/wb/startup.jsh} when {@code XDG_CONFIG_HOME} is an absolute
 *       path, if that file exists;</li>
 *   <li>else {@code ~/.config/wb/startup.jsh}, if it exists.</li>
 * </ul>
 */
public final class StartupFile {
    /** The environment variable that names the start-up file. */
    public static final String VARIABLE = "WB_STARTUP";

    private StartupFile() {
    }

    /**
     * The start-up file to run, if any.
     *
     * @param env      looks up an environment variable (null when unset)
     * @param userHome the user's home directory
     */
    public static Optional<Path> locate(UnaryOperator<String> env, Path userHome) {
        String own = env.apply(VARIABLE);
        if (own != null && !own.isBlank()) {
            return Optional.of(Path.of(own));
        }
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path config = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : userHome.resolve(".config");
        Path file = config.resolve("wb").resolve("startup.jsh");
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
