package wb.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What the REPL needs from outside: its version for the banner, where history is kept, the
 * working directory for file names, the environment (for {@code NO_COLOR}), and the files to run
 * before the first prompt.
 *
 * @param version     wb's version, e.g. {@code 0.1.0}
 * @param historyFile the history file (tests point it into a temporary folder)
 * @param workingDir  what relative file names in {@code /open} and {@code /save} are resolved against
 * @param env         looks up an environment variable, null when unset
 * @param runFirst    files run in order, as {@code /open} runs them, before the first prompt (the
 *                    start-up file, then the file of {@code wb -i FILE}); a failure in one is
 *                    reported with its file and line, and the prompt still opens
 */
public record ReplSettings(String version, Path historyFile, Path workingDir, UnaryOperator<String> env,
                           List<Path> runFirst) {

    public ReplSettings {
        runFirst = List.copyOf(runFirst);
    }

    /** Settings with nothing to run before the first prompt. */
    public ReplSettings(String version, Path historyFile, Path workingDir, UnaryOperator<String> env) {
        this(version, historyFile, workingDir, env, List.of());
    }
}
