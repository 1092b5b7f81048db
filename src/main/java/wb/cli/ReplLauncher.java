package wb.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import wb.repl.HistoryLocation;
import wb.repl.Repl;
import wb.repl.ReplSettings;
import wb.session.Session;

/** Starts the interactive REPL on the system terminal. */
final class ReplLauncher {
    private ReplLauncher() {
    }

    static int run(SessionOptions options) {
        Path history = HistoryLocation.resolve(System::getenv, Path.of(System.getProperty("user.home")));
        ReplSettings settings = new ReplSettings(Version.wb(), history, Path.of("").toAbsolutePath(), System::getenv);
        Terminal terminal;
        try {
            // dumb(true): when standard input is not a terminal, read it plainly instead of warning.
            terminal = TerminalBuilder.builder().system(true).dumb(true).build();
        } catch (IOException e) {
            System.err.println("wb: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        try (terminal; Session session = Session.start(options.settings())) {
            return new Repl(terminal, session, settings).run();
        } catch (IOException e) {
            System.err.println("wb: cannot close the terminal: " + e.getMessage());
            return 1;
        }
    }
}
