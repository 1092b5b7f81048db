package wb.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import wb.script.ExitStatus;
import wb.script.IoMessages;
import wb.script.ScriptRunner;
import wb.session.Session;

/** Starts a session for a script, runs it, and makes SIGINT end it with status 130. */
final class ScriptLauncher {
    private ScriptLauncher() {
    }

    static int run(SessionOptions sessionOptions, ScriptOptions scriptOptions, String file, List<String> args) {
        PrintStream err = System.err;
        String text;
        Path baseDir;
        try {
            if ("-".equals(file)) {
                text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
                baseDir = Path.of("").toAbsolutePath();
            } else {
                Path path = Path.of(file);
                text = Files.readString(path, StandardCharsets.UTF_8);
                baseDir = path.toAbsolutePath().getParent();
            }
        } catch (IOException e) {
            err.println("wb: cannot read " + file + ": " + IoMessages.reason(e));
            return ExitStatus.USAGE;
        }
        String origin = "-".equals(file) ? "<stdin>" : file;
        try (Session session = Session.start(sessionOptions.settings())) {
            ScriptRunner runner = new ScriptRunner(session, scriptOptions.runnerOptions(), System.out, err);
            runner.defineArgs(args);
            try (Interrupts interrupts = Interrupts.onSigint(runner::interrupt)) {
                int status = runner.run(text, origin, baseDir);
                System.out.flush();
                return status;
            }
        }
    }
}
