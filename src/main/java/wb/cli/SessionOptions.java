package wb.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import wb.plot.Display;
import wb.session.Command;
import wb.session.SessionSettings;

/** The options every session takes, in the REPL and in scripts. */
final class SessionOptions {
    @Option(names = "--seed", paramLabel = "N", converter = SeedConverter.class,
            description = "Seed of the helpers' random draws, an integer in [0, 4294967295] as numpy's"
                    + " (default: ${DEFAULT-VALUE}).")
    long seed = SessionSettings.DEFAULT_SEED;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where figures shown without a window are saved (default: ${DEFAULT-VALUE}).")
    Path outputFolder = Path.of("out");

    @Option(names = {"--class-path", "-cp"}, paramLabel = "PATH", split = "${sys:path.separator}",
            converter = ClassPathConverter.class,
            description = "Jars and class folders the snippets can use, separated by '${sys:path.separator}'"
                    + " (the same as " + Command.ADD_NAME + " PATH at the start).")
    List<Path> classPath = new ArrayList<>();

    /** The settings, with figures shown on {@code display}. */
    SessionSettings settings(Display display) {
        return new SessionSettings(seed, display).withClassPath(classPath);
    }
}
