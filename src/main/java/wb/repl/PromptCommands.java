package wb.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import wb.io.AtomicFiles;
import wb.session.ClassPathEntry;
import wb.session.CodeAssist;
import wb.session.Command;
import wb.session.CommandTable;
import wb.session.DocEntry;
import wb.session.EditDistance;
import wb.session.Input;
import wb.session.Interpreter;
import wb.session.Outcome;
import wb.session.RunResult;
import wb.session.Session;
import wb.session.SnippetSource;

/**
 * The commands only the prompt has, registered on its {@link Interpreter}: each reads or changes
 * the session and prints what it did. (The shared ones, {@code /open}, {@code /add},
 * {@code /seed} and {@code /exit}, are the interpreter's; the timing ones are {@link TimingCommands}.)
 */
final class PromptCommands {
    private final Session session;
    private final CodeAssist assist;
    private final PrintWriter out;
    private final Palette palette;
    private final Supplier<List<String>> typedHistory;
    private final Runnable afterReset;
    private final Path workingDir;
    private Supplier<CommandTable> table = () -> new CommandTable(List.of());

    /**
     * @param typedHistory what the user typed, oldest first (the line reader's history)
     * @param afterReset   run after {@code /reset} has replaced the session's JShell
     * @param workingDir   what relative file names are resolved against
     */
    PromptCommands(Session session, CodeAssist assist, PrintWriter out, Palette palette,
                   Supplier<List<String>> typedHistory, Runnable afterReset, Path workingDir) {
        this.session = session;
        this.assist = assist;
        this.out = out;
        this.palette = palette;
        this.typedHistory = typedHistory;
        this.afterReset = afterReset;
        this.workingDir = workingDir;
    }

    /** Attaches each command to its handler here. */
    void registerOn(Interpreter interpreter) {
        table = interpreter::commands;
        interpreter.register(Command.HELP, (c, base) -> help())
                .register(Command.VARS, (c, base) -> list(session.variables(), "no variables yet"))
                .register(Command.METHODS, (c, base) -> list(session.methods(), "no methods declared yet"))
                .register(Command.IMPORTS, (c, base) -> list(session.imports(), "no imports"))
                .register(Command.LIST, (c, base) -> snippets())
                .register(Command.HISTORY, (c, base) -> history())
                .register(Command.SAVE, (c, base) -> save(c))
                .register(Command.RESET, (c, base) -> reset())
                .register(Command.CLASSPATH, (c, base) -> classPath())
                .register(Command.DOC, (c, base) -> doc(c.arguments()))
                .register(Command.TRACE, (c, base) -> trace());
    }

    private RunResult help() {
        out.println("Type Java: statements, expressions, declarations. The helpers (ridge, mse, plot, ...)"
                + " are imported, and java.util.*, java.util.function.*, java.util.stream.*, java.nio.file.*.");
        out.println("A value is shown as  name ==> value ; an unfinished snippet continues on the  ..>  prompt.");
        out.println();
        List<Command> commands = table.get().all();
        int width = commands.stream().mapToInt(c -> c.synopsis().length()).max().orElse(0);
        for (Command command : commands) {
            out.println("  " + palette.strong(command.synopsis()) + " ".repeat(width - command.synopsis().length() + 2)
                    + command.summary());
        }
        out.println("  Commands may be shortened while unambiguous: " + Command.VARS.name().substring(0, 2) + " is "
                + Command.VARS + ".");
        out.println();
        out.println("Keys:");
        out.println("  Tab               complete Java, a helper, a member after a dot, a command, a file name");
        out.println("  Shift-Tab, Alt-H  after  name(  show the documentation of name (signature, formula, example)");
        out.println("  Ctrl-R            search the history (again: older match; Enter runs it)");
        out.println("  Ctrl-C            stop the running snippet, or clear the line being typed");
        out.println("  Ctrl-D            leave (on an empty line)");
        out.flush();
        return RunResult.DONE;
    }

    private RunResult list(List<String> lines, String whenEmpty) {
        if (lines.isEmpty()) {
            out.println(palette.faint(whenEmpty));
        }
        lines.forEach(line -> out.println("  " + line));
        out.flush();
        return RunResult.DONE;
    }

    private RunResult snippets() {
        List<SnippetSource> snippets = session.history();
        if (snippets.isEmpty()) {
            out.println(palette.faint("no snippets yet"));
        }
        for (SnippetSource snippet : snippets) {
            String label = snippet.origin() + (snippet.line() > 1 ? ":" + snippet.line() : "");
            printNumbered(String.format("%6s", label), snippet.code());
        }
        out.flush();
        return RunResult.DONE;
    }

    private RunResult history() {
        List<String> lines = typedHistory.get();
        for (int i = 0; i < lines.size(); i++) {
            printNumbered(String.format("%5d", i + 1), lines.get(i));
        }
        out.flush();
        return RunResult.DONE;
    }

    private void printNumbered(String label, String text) {
        String pad = " ".repeat(label.length() + 2);
        out.println(palette.faint(label) + "  " + text.replace("\n", "\n" + pad));
    }

    private RunResult save(Input.Command command) throws Interpreter.CommandError {
        String name = command.arguments();
        if (name.isEmpty()) {
            throw new Interpreter.CommandError(Command.SAVE + " needs a file name, e.g. " + Command.SAVE + " session.jsh");
        }
        List<SnippetSource> snippets = session.replay();
        try {
            AtomicFiles.writeString(workingDir.resolve(name), SnippetFiles.script(snippets));
        } catch (IOException e) {
            throw new Interpreter.CommandError("cannot write " + name + ": " + AtomicFiles.reason(e));
        }
        long commands = snippets.stream().filter(s -> s.code().startsWith("/")).count();
        long code = snippets.size() - commands;
        out.println("saved " + code + (code == 1 ? " snippet" : " snippets")
                + (commands == 0 ? "" : " and " + commands + (commands == 1 ? " command" : " commands")) + " to " + name);
        out.flush();
        return RunResult.DONE;
    }

    private RunResult reset() {
        session.reset();
        afterReset.run();
        out.println("reset: every snippet, variable and import you made is gone; the helpers are loaded again"
                + " (seed " + session.seed() + ")");
        out.flush();
        return RunResult.DONE;
    }

    /** Lists what was added to the class path, with where each came from. */
    private RunResult classPath() {
        List<ClassPathEntry> entries = session.classPath();
        if (entries.isEmpty()) {
            out.println(palette.faint("nothing added yet: " + Command.ADD + " group:artifact:version, " + Command.ADD
                    + " FILE.jar or wb --class-path PATH"));
        }
        int width = entries.stream().mapToInt(e -> e.source().length()).max().orElse(0);
        for (ClassPathEntry entry : entries) {
            out.println("  " + entry.source() + " ".repeat(width - entry.source().length() + 2)
                    + palette.faint(entry.path().toString()));
        }
        out.flush();
        return RunResult.DONE;
    }

    private RunResult doc(String name) throws Interpreter.CommandError {
        if (name.isEmpty()) {
            out.println("usage: " + Command.DOC.synopsis() + ", e.g. " + Command.DOC + " "
                    + (assist.helperNames().isEmpty() ? "Math.sqrt" : assist.helperNames().get(0))
                    + " (or type  name(  and press Shift-Tab)");
            if (!assist.helperNames().isEmpty()) {
                out.println("helpers: " + String.join(" ", assist.helperNames()));
            }
            out.flush();
            return RunResult.DONE;
        }
        List<DocEntry> docs = assist.documentation(name);
        if (docs.isEmpty()) {
            String nearest = assist.helperNames().stream()
                    .filter(h -> EditDistance.between(h, name) <= 2)
                    .findFirst().map(h -> "; did you mean " + h + "?").orElse("");
            throw new Interpreter.CommandError("no documentation for " + name + nearest);
        }
        out.println(new DocFormatter(palette).format(docs));
        out.flush();
        return RunResult.DONE;
    }

    private RunResult trace() {
        Outcome.RuntimeError last = session.lastError().orElse(null);
        if (last == null) {
            out.println(palette.faint("no exception yet"));
        } else {
            out.print(last.trace());
        }
        out.flush();
        return RunResult.DONE;
    }
}
