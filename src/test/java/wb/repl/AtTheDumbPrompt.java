package wb.repl;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The base of the tests that talk to the REPL on a dumb terminal over pipes: each test gets a
 * fresh REPL in a folder of its own, past its banner, and closed after it.
 */
abstract class AtTheDumbPrompt {
    @TempDir
    Path dir;

    ReplHarness repl;

    /** The REPL a test talks to; a subclass gives it other settings. */
    ReplHarness startRepl() throws Exception {
        return new ReplHarness(dir.resolve("state/history"), dir);
    }

    /** What the banner starts with. */
    String banner() {
        return "wb test · JDK ";
    }

    @BeforeEach
    void start() throws Exception {
        repl = startRepl();
        repl.expect(banner());
    }

    @AfterEach
    void stop() throws Exception {
        repl.close();
    }
}
