package wb.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import wb.io.Utf8;
import wb.session.Input;
import wb.session.OpenChain;
import wb.session.Outcome;
import wb.session.Session;

/**
 * Runs what the user entered at the prompt: one snippet, a pasted block of several, or a
 * {@code /command}, in order, stopping at the first that fails (so a block never runs on past an
 * error it depended on). {@code /open FILE} runs a file's snippets the same way.
 *
 * <p>Ctrl-C calls {@link #interrupt()} from the terminal's signal thread: the running snippet is
 * stopped, and what was still to run of the entry or file is not run.
 */
final class InputRunner {
    private final Session session;
    private final OutcomePrinter printer;
    private final Commands commands;
    private final LibraryCommands libraries;
    private final TimingCommands timing;
    private final CommandTable table;
    private final PrintWriter out;
    private final Palette palette;
    private final Path workingDir;
    private final Runnable beforeEval;
    private final OpenChain opened = new OpenChain();
    private volatile boolean interrupted;
    private int entries;

    /**
     * @param beforeEval run before each snippet is evaluated (waits for the completion warm-up,
     *                   which must not use JShell at the same time)
     */
    InputRunner(Session session, OutcomePrinter printer, Commands commands, CommandTable table,
                PrintWriter out, Palette palette, Path workingDir, Runnable beforeEval) {
        this.session = session;
        this.printer = printer;
        this.commands = commands;
        this.libraries = new LibraryCommands(session, out, palette, workingDir, beforeEval);
        this.timing = new TimingCommands(session, printer, out, palette, beforeEval);
        this.table = table;
        this.out = out;
        this.palette = palette;
        this.workingDir = workingDir;
        this.beforeEval = beforeEval;
    }

    /** Runs one entry as typed or pasted; its snippets are labelled {@code #N} in messages and traces. */
    RunResult run(String text) {
        interrupted = false;
        entries++;
        List<Input> inputs = session.splitter().split(text, OutcomePrinter.TYPED_ORIGIN_PREFIX + entries);
        return runInputs(inputs, workingDir, OutcomePrinter.Echo.ALL);
    }

    /** Stops the running snippet and what was to follow it. Safe to call from any thread. */
    void interrupt() {
        interrupted = true;
        session.stop(); // which keeps trying while the snippet is still compiling
    }

    private RunResult runInputs(List<Input> inputs, Path baseDir, OutcomePrinter.Echo echo) {
        for (int i = 0; i < inputs.size(); i++) {
            if (interrupted) {
                int left = inputs.size() - i;
                out.println(palette.warning("stopped (Ctrl-C): " + left + (left == 1 ? " snippet" : " snippets")
                        + " not run"));
                out.flush();
                return RunResult.FAILED;
            }
            Input input = inputs.get(i);
            RunResult result = input instanceof Input.Code
                    ? runCode((Input.Code) input, echo)
                    : runCommand((Input.Command) input, baseDir);
            if (!result.goesOn()) {
                return result;
            }
        }
        return RunResult.DONE;
    }

    private RunResult runCode(Input.Code code, OutcomePrinter.Echo echo) {
        beforeEval.run();
        boolean failed = false;
        for (Outcome outcome : session.eval(code.source())) {
            printer.print(outcome, echo);
            failed |= outcome.failed();
        }
        return failed ? RunResult.FAILED : RunResult.DONE;
    }

    private RunResult runCommand(Input.Command command, Path baseDir) {
        CommandTable.Command resolved = table.resolve(command.name()).orElse(null);
        if (resolved == null) {
            return commands.unknown(command.name());
        }
        switch (resolved.name()) {
            case "/open": return open(command, baseDir);
            case "/add": return libraries.add(command.arguments(), baseDir);
            case "/classpath": return libraries.classPath();
            case "/time": return timing.time(command);
            case "/timeit": return timing.timeit(command);
            default: return commands.execute(resolved, command.arguments());
        }
    }

    /**
     * Runs a file's snippets in this session, as {@code wb run} would: a relative name is looked
     * up next to the file that opens it first (the working directory at the prompt), the first
     * failure ends it with {@code FILE:LINE:COL}, and values of bare expressions are shown.
     */
    private RunResult open(Input.Command command, Path baseDir) {
        String name = command.arguments();
        if (name.isEmpty()) {
            return commands.error("/open needs a file name, e.g. /open scripts/demo.jsh");
        }
        Path named = Path.of(name);
        Path file = !named.isAbsolute() && Files.exists(baseDir.resolve(named)) ? baseDir.resolve(named)
                : workingDir.resolve(named);
        Optional<String> cycle = opened.cycle(file, name);
        if (cycle.isPresent()) {
            return commands.error(command.origin() + ":" + command.line() + ": /open " + name + ": " + cycle.get());
        }
        return runFile(file, name);
    }

    /**
     * Runs a file's snippets and commands as {@code /open} does, its positions given as
     * {@code origin:LINE:COL}: the start-up file, and the file of {@code wb -i FILE}.
     */
    RunResult runFile(Path file, String origin) {
        interrupted = false;
        String text;
        try {
            text = Utf8.read(file);
        } catch (Utf8.NotUtf8Exception e) {
            return commands.error(origin + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (IOException e) {
            return commands.error("cannot read " + origin + ": " + IoReasons.reason(e));
        }
        opened.enter(file, origin);
        try {
            return runInputs(session.splitter().split(text, origin), file.toAbsolutePath().getParent(),
                    OutcomePrinter.Echo.SCRIPT);
        } finally {
            opened.leave();
        }
    }
}
