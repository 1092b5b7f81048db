package wb.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import wb.plot.output.FileDisplay;
import wb.script.ScriptRunner;
import wb.session.Session;
import wb.session.SessionSettings;

/**
 * The workload the launcher runs once per JDK to record the JVM's start-up cache (AppCDS or
 * AOT): a session that evaluates the kinds of snippets users start with, so that the classes
 * of JShell, javac, the helpers and plotting are in the archive.
 */
final class StartupTraining {
    private static final String SCRIPT = "startup-training.jsh";

    private StartupTraining() {
    }

    static int run() {
        Path outputFolder;
        try {
            outputFolder = Files.createTempDirectory("wb-training");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        SessionSettings settings = new SessionSettings(SessionSettings.DEFAULT_SEED, new FileDisplay(outputFolder));
        try (Session session = Session.start(settings)) {
            new ScriptRunner(session, new ScriptRunner.Options(true, true), discard, discard)
                    .run(script(), SCRIPT, outputFolder);
        } finally {
            delete(outputFolder);
        }
        return 0;
    }

    /** The training script's text. */
    static String script() {
        try (InputStream in = StartupTraining.class.getResourceAsStream(SCRIPT)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
