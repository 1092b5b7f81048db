package wb.jupyter;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import wb.notebook.CellRecorder;
import wb.notebook.Output;
import wb.script.ExitStatus;
import wb.script.ScriptRunner;
import wb.session.Command;
import wb.session.Input;
import wb.session.Interpreter;
import wb.session.Outcome;
import wb.session.RunResult;
import wb.session.Session;
import wb.session.SnippetSource;

/**
 * Runs notebook cells on one wb session: each cell is a small script whose snippets run in order
 * until the first failure, with positions {@code In[n]:line:column} counted from the cell's first
 * line. What the cell shows is recorded by a {@link CellRecorder}, whose outputs are handed to a
 * listener as they happen.
 */
final class CellExecutor {

    /**
     * What a cell did.
     *
     * @param count   its execution count
     * @param outputs everything it showed, in order
     * @param error   the error that ended it, or null
     */
    record Result(int count, List<Output> outputs, Output.Error error) {
    }

    private final Session session;
    private final CellRecorder recorder;
    private final Path baseDir;
    private final PrintStream out;
    private final PrintStream err;
    private final List<String> history = new ArrayList<>();
    private volatile ScriptRunner running;
    private int count;

    /**
     * An executor.
     *
     * @param recorder the recorder the session shows figures on
     * @param baseDir  where {@code /open} looks first (the kernel's working directory)
     */
    CellExecutor(Session session, CellRecorder recorder, Path baseDir) {
        this.session = session;
        this.recorder = recorder;
        this.baseDir = baseDir;
        this.out = new PrintStream(recorder.stream("stdout"), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(recorder.stream("stderr"), true, StandardCharsets.UTF_8);
    }

    /** Standard output as snippets should see it: text goes to the running cell. */
    PrintStream out() {
        return out;
    }

    /** Standard error as snippets should see it. */
    PrintStream err() {
        return err;
    }

    /** The cells run so far, in order. */
    synchronized List<String> history() {
        return List.copyOf(history);
    }

    /** The count the next cell that is stored in history will run as. */
    int nextCount() {
        return count + 1;
    }

    /**
     * Runs a cell.
     *
     * @param store whether it counts and goes into history (a silent execution does not)
     */
    Result execute(String code, boolean store) {
        int n = store ? ++count : count;
        String origin = "In[" + n + "]";
        if (store) {
            synchronized (this) {
                history.add(code);
            }
        }
        int last = 0;
        for (Input input : session.splitter().split(code, origin)) {
            if (input instanceof Input.Code) {
                last = input.line();
            }
        }
        recorder.begin(n, origin, last, CellRecorder.SAME);
        ScriptRunner runner = new ScriptRunner(session, Interpreter.Place.CELL, new ScriptRunner.Options(false, false),
                out, err).listener(new Listener()).register(Command.SVG, this::svg).register(Command.EXIT, this::exit);
        running = runner;
        int status;
        try {
            status = runner.run(code, origin, baseDir);
        } finally {
            running = null;
        }
        out.flush();
        err.flush();
        if (status != ExitStatus.OK && !recorder.failed()) {
            // A command's usage error: its message is on standard error already.
            recorder.error("CommandError", "a command in the cell failed", List.of(origin + ": a command failed"));
        }
        List<Output> outputs = recorder.end();
        Output.Error error = outputs.stream().filter(o -> o instanceof Output.Error).map(o -> (Output.Error) o)
                .findFirst().orElse(null);
        return new Result(n, outputs, error);
    }

    /** Stops the running cell, if any: its snippet is stopped and no later one in it starts. */
    void interrupt() {
        ScriptRunner runner = running;
        if (runner != null) {
            runner.interrupt();
        }
    }

    /** {@code /svg on|off}: whether figures are sent as SVG besides PNG; without an argument, which. */
    private RunResult svg(Input.Command command, Path base) throws Interpreter.CommandError {
        switch (command.arguments()) {
            case "on" -> recorder.svg(true);
            case "off" -> recorder.svg(false);
            case "" -> { }
            default -> throw new Interpreter.CommandError(Command.SVG + " takes on or off, got '"
                    + command.arguments() + "'");
        }
        out.println("figures are sent as PNG" + (recorder.svg() ? " and SVG" : " only"));
        return RunResult.DONE;
    }

    /** {@code /exit} in a cell: a kernel is ended from Jupyter, not from a cell. */
    private RunResult exit(Input.Command command, Path base) {
        err.println(command.origin() + ":" + command.line() + ":1: " + Command.EXIT + " does not end a kernel;"
                + " shut it down from Jupyter (Kernel > Shut Down)");
        return RunResult.DONE;
    }

    /** Sends outcomes to the recorder. */
    private final class Listener implements ScriptRunner.Listener {
        @Override
        public void starting(SnippetSource source) {
            recorder.starting(source);
        }

        @Override
        public boolean finished(Outcome outcome) {
            return recorder.finished(outcome);
        }
    }
}
