package wb.repl;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * What the REPL needs from outside: its version for the banner, where history is kept, the
 * working directory for file names, and the environment (for {@code NO_COLOR}).
 *
 * @param version     wb's version, e.g. {@code 0.1.0}
 * @param historyFile the history file (tests point it into a temporary folder)
 * @param workingDir  what relative file names in {@code /open} and {@code /save} are resolved against
 * @param env         looks up an environment variable, null when unset
 */
public record ReplSettings(String version, Path historyFile, Path workingDir, UnaryOperator<String> env) {
}
