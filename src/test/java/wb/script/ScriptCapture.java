package wb.script;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import wb.session.Session;

/**
 * Script runs in a test with what they print kept: the output (System.out included, since
 * snippets print to it directly) and the errors apart, each from the first run on until reset.
 */
final class ScriptCapture {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /**
     * Runs {@code script} in {@code session}, its positions named after {@code origin} and
     * {@code /open} resolving from {@code dir}; {@code args} defined first unless null.
     *
     * @return the run's exit status
     */
    int run(Session session, ScriptRunner.Options options, List<String> args, String script, String origin,
            Path dir) {
        PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream real = System.out;
        System.setOut(capture);
        try {
            ScriptRunner runner = new ScriptRunner(session, options, capture,
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            if (args != null) {
                runner.defineArgs(args);
            }
            return runner.run(script, origin, dir);
        } finally {
            System.setOut(real);
        }
    }

    /** What the runs printed. */
    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the runs reported as errors. */
    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Forgets what was printed so far. */
    void resetOut() {
        out.reset();
    }

    /** Forgets the errors so far. */
    void resetErr() {
        err.reset();
    }
}
