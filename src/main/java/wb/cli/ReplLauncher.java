package wb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import wb.io.AtomicFiles;
import wb.plot.Display;
import wb.plot.output.TerminalDisplay;
import wb.plot.output.WindowDisplay;
import wb.repl.ColorPolicy;
import wb.repl.HistoryLocation;
import wb.repl.Repl;
import wb.repl.ReplSettings;
import wb.repl.StartupFile;
import wb.repl.TerminalImages;
import wb.repl.TypeAhead;
import wb.script.ExitStatus;
import wb.session.Session;
import wb.session.ShellStarter;

/**
 * Starts the interactive REPL on the system terminal, with figures shown in windows when there is
 * a desktop, and otherwise drawn in the terminal (and saved under {@code --out}).
 */
final class ReplLauncher {
    /** The largest terminal drawing of a figure, in character cells. */
    private static final int MAX_FIGURE_COLUMNS = 100;
    private static final int MAX_FIGURE_ROWS = 30;

    private ReplLauncher() {
    }

    /**
     * @param file a script to run before the first prompt ({@code wb -i FILE.jsh}), or null
     * @param args what followed the file, which {@code -i} does not take
     */
    static int run(SessionOptions options, ReplOptions replOptions, String file, List<String> args,
                   ShellStarter starter) {
        if (file != null && (file.equals("-") || !args.isEmpty())) {
            System.err.println("wb: -i takes one FILE.jsh, without arguments or '-', and then reads the terminal");
            return ExitStatus.USAGE;
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path history = HistoryLocation.resolve(System::getenv, home);
        // A save killed outright (kill -9, a power loss) leaves its temporary file behind; a new
        // prompt sweeps the places saves usually go of those whose process is gone.
        AtomicFiles.sweepStaleTemporaries(Path.of("").toAbsolutePath());
        AtomicFiles.sweepStaleTemporaries(history.toAbsolutePath().getParent());
        List<Path> runFirst = new ArrayList<>();
        if (!replOptions.noStartup) {
            StartupFile.locate(System::getenv, home).ifPresent(runFirst::add);
        }
        if (file != null) {
            runFirst.add(Path.of(file));
        }
        ReplSettings settings = new ReplSettings(Version.wb(), history, Path.of("").toAbsolutePath(), System::getenv,
                runFirst);
        Terminal terminal;
        try {
            // dumb(true): when standard input is not a terminal, read it plainly instead of warning.
            terminal = TerminalBuilder.builder().system(true).dumb(true).build();
        } catch (IOException e) {
            System.err.println("wb: cannot open the terminal: " + e.getMessage());
            return 1;
        }
        TypeAhead typeAhead = new TypeAhead();
        try (terminal; Session session = Session.start(options.settings(display(terminal, options, typeAhead)), starter)) {
            return new Repl(terminal, session, settings, typeAhead).run();
        } catch (IOException e) {
            System.err.println("wb: cannot close the terminal: " + e.getMessage());
            return 1;
        }
    }

    private static Display display(Terminal terminal, SessionOptions options, TypeAhead typeAhead) {
        if (WindowDisplay.available()) {
            return new WindowDisplay();
        }
        boolean color = ColorPolicy.colorAllowed(terminal, System::getenv);
        int columns = terminal.getWidth() > 20 ? Math.min(terminal.getWidth() - 1, MAX_FIGURE_COLUMNS) : 80;
        int rows = terminal.getHeight() > 10 ? Math.min(terminal.getHeight() - 6, MAX_FIGURE_ROWS) : 24;
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        // kitty, sixel or text: WB_IMAGES, or the terminal's answer when the first figure is drawn
        return new TerminalDisplay(out, columns, rows, color, options.outputFolder, TerminalImages.detector(terminal, System::getenv,
                typeAhead));
    }
}
