package wb.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import wb.plot.Display;
import wb.session.SessionSettings;

/** The options every session takes, in the REPL and in scripts. */
final class SessionOptions {
    @Option(names = "--seed", paramLabel = "N",
            description = "Seed of the helpers' random draws (default: ${DEFAULT-VALUE}).")
    long seed = SessionSettings.DEFAULT_SEED;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where figures shown without a window are saved (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    /** The settings, with figures shown on {@code display}. */
    SessionSettings settings(Display display) {
        return new SessionSettings(seed, out, display);
    }
}
