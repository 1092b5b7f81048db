package wb.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import wb.io.Utf8;
import wb.plot.output.FileDisplay;
import wb.session.Session;
import wb.session.SessionSettings;
import wb.session.ShellStarter;

/**
 * One script run with its standard output captured and its figures written to a folder of
 * their own: what {@code wb test} compares with a transcript.
 *
 * @param output     the lines of standard output
 * @param exitStatus the run's exit status
 * @param figures    the files the run wrote to its output folder, in name order
 */
record ScriptRun(List<String> output, int exitStatus, List<Path> figures) {

    /**
     * Runs a script in this JVM. Standard output is captured by swapping {@code System.out} for
     * the run, because snippets print to it directly; standard error passes through, so that
     * failures are visible.
     *
     * @param outputFolder an empty folder for the run's figures
     */
    static ScriptRun capture(Path script, String origin, long seed, Path outputFolder, PrintStream err)
            throws IOException {
        return capture(script, origin, seed, outputFolder, err, null);
    }

    /**
     * The same, on a JShell that {@code starter} has been starting in the background (null: start
     * one now).
     */
    static ScriptRun capture(Path script, String origin, long seed, Path outputFolder, PrintStream err,
                             ShellStarter starter) throws IOException {
        String text = Utf8.read(script);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        PrintStream realOut = System.out;
        int status;
        System.setOut(capture);
        FileDisplay display = new FileDisplay(outputFolder);
        SessionSettings settings = new SessionSettings(seed, display);
        try (display; Session session = starter == null ? Session.start(settings) : Session.start(settings, starter)) {
            ScriptRunner runner = new ScriptRunner(session, new ScriptRunner.Options(false, false), capture, err);
            runner.defineArgs(List.of());
            status = runner.run(text, origin, script.toAbsolutePath().getParent());
        } finally {
            capture.flush();
            System.setOut(realOut);
        }
        List<Path> figures;
        try (Stream<Path> files = Files.list(outputFolder)) {
            figures = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        return new ScriptRun(Transcript.lines(buffer.toString(StandardCharsets.UTF_8)), status, figures);
    }
}
