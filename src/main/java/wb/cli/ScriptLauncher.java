package wb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import wb.io.AtomicFiles;
import wb.io.Utf8;
import wb.plot.Display;
import wb.plot.output.Displays;
import wb.plot.output.FileDisplay;
import wb.plot.output.RendererWarmup;
import wb.plot.output.WindowDisplay;
import wb.notebook.NotebookExport;
import wb.script.ExitStatus;
import wb.io.AtomicFiles;
import wb.script.ScriptRunner;
import wb.session.Session;

/**
 * Starts a session for a script, runs it, and makes SIGINT end it with status 130.
 *
 * <p>Every figure the script shows is saved, numbered, in the output folder; with {@code --show}
 * it also opens in a window, and the run waits for the windows to be closed.
 */
final class ScriptLauncher {
    /** How often the run checks whether the last figure window has been closed. */
    private static final long WINDOW_POLL_MILLIS = 200;

    /** A call that makes a figure, in a script that will then pay for the first one. */
    private static final Pattern FIGURE_CALL = Pattern.compile("\\b(plot|contour|heatmap|scatter|animate\\w*)\\s*\\(");

    private ScriptLauncher() {
    }

    static int run(SessionOptions sessionOptions, ScriptOptions scriptOptions, String file, List<String> args,
                   Host host) {
        PrintStream err = System.err;
        String text;
        Path baseDir;
        try {
            if ("-".equals(file)) {
                text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                baseDir = Path.of("").toAbsolutePath();
            } else {
                Path path = Path.of(file);
                text = Utf8.read(path);
                baseDir = path.toAbsolutePath().getParent();
            }
        } catch (Utf8.NotUtf8Exception e) {
            err.println(file + ":" + e.line() + ":" + e.column() + ": error: " + e.reason());
            return ExitStatus.FAILED;
        } catch (IOException e) {
            err.println("wb: cannot read " + file + ": " + AtomicFiles.reason(e));
            return ExitStatus.USAGE;
        }
        if (scriptOptions.show && !WindowDisplay.available()) {
            err.println("wb: --show needs a display (DISPLAY is not set or Java runs headless); figures are saved to "
                    + sessionOptions.outputFolder + " only");
        }
        WindowDisplay windows = scriptOptions.show && WindowDisplay.available() ? new WindowDisplay() : null;
        NotebookExport export = scriptOptions.export();
        // Figure values that only go to files are drawn and written on another core while the
        // next snippets compile; the session has each snippet wait for them before it runs, so a
        // figure that cannot be written still stops the run at its line. Not with --keep-going,
        // where the next snippet must run whatever became of the figure before it.
        boolean background = windows == null && export == null && !scriptOptions.keepGoing;
        FileDisplay files = background ? FileDisplay.inBackground(sessionOptions.outputFolder) : new FileDisplay(sessionOptions.outputFolder);
        Display display = windows == null ? files : Displays.both(files, windows);
        if (export != null) {
            String problem = ExportFiles.problem(scriptOptions.notebook, scriptOptions.html);
            if (problem != null) {
                err.println("wb: " + problem);
                return ExitStatus.USAGE;
            }
            display = Displays.both(display, export.display());
        }
        // As at the prompt: temporary files of saves killed outright in the working folder go.
        AtomicFiles.sweepStaleTemporaries(Path.of("").toAbsolutePath());
        String origin = "-".equals(file) ? "<stdin>" : file;
        if (FIGURE_CALL.matcher(text).find() && !host.starter().isDone()) {
            // The JShell is still starting on its own thread; meanwhile this one warms up drawing.
            // (In a warm engine the JShell is ready and drawing warm: nothing to overlap.)
            RendererWarmup.run();
        }
        int status = ExitStatus.FAILED;
        try (files; Session session = Session.start(sessionOptions.settings(display), host.starter())) {
            if (background) {
                session.showValuesLater(files, files.later(), files::settle);
            }
            ScriptRunner runner = new ScriptRunner(session, scriptOptions.runnerOptions(), System.out, err);
            runner.defineArgs(args);
            if (export != null) {
                export.attach(runner, session.splitter(), text, origin);
            }
            try (Host.Registration interrupts = host.onInterrupt(runner::interrupt)) {
                try {
                    status = runner.run(text, origin, baseDir);
                } finally {
                    if (export != null) {
                        status = ExportFiles.finish(export, origin, status, err);
                    }
                }
                System.out.flush();
                if (files.count() > 0) {
                    err.println("wb: " + files.count() + (files.count() == 1 ? " figure" : " figures")
                            + " saved in " + files.outputFolder());
                }
                if (windows != null && status == ExitStatus.OK) {
                    awaitWindowsClosed(windows, err);
                }
            }
        }
        return status;
    }

    private static void awaitWindowsClosed(WindowDisplay windows, PrintStream err) {
        if (windows.windowNames().isEmpty()) {
            return;
        }
        err.println("wb: close the figure windows to finish (Ctrl-C ends the run)");
        try {
            while (!windows.windowNames().isEmpty()) {
                Thread.sleep(WINDOW_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
