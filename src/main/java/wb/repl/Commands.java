package wb.repl;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import wb.io.AtomicFiles;
import wb.session.CodeAssist;
import wb.session.DocEntry;
import wb.session.Outcome;
import wb.session.Session;
import wb.session.SnippetSource;

/**
 * The prompt's {@code /commands} other than {@code /open} (which runs input, see
 * {@link InputRunner}): each reads or changes the session and prints what it did.
 */
final class Commands {
    private final Session session;
    private final CodeAssist assist;
    private final PrintWriter out;
    private final Palette palette;
    private final CommandTable table;
    private final Supplier<List<String>> typedHistory;
    private final Runnable afterReset;
    private final Path workingDir;

    /**
     * @param typedHistory what the user typed, oldest first (the line reader's history)
     * @param afterReset   run after {@code /reset} has replaced the session's JShell
     * @param workingDir   what relative file names are resolved against
     */
    Commands(Session session, CodeAssist assist, PrintWriter out, Palette palette, CommandTable table,
             Supplier<List<String>> typedHistory, Runnable afterReset, Path workingDir) {
        this.session = session;
        this.assist = assist;
        this.out = out;
        this.palette = palette;
        this.table = table;
        this.typedHistory = typedHistory;
        this.afterReset = afterReset;
        this.workingDir = workingDir;
    }

    /**
     * Runs a command other than those that run input or need the printer ({@code /open},
     * {@code /add}, {@code /classpath}, {@code /time}, {@code /timeit}; see {@link InputRunner}),
     * with the rest of its line.
     */
    RunResult execute(CommandTable.Command command, String arguments) {
        switch (command.name()) {
            case "/help": return help();
            case "/vars": return list(session.variables(), "no variables yet");
            case "/methods": return list(session.methods(), "no methods declared yet");
            case "/imports": return list(session.imports(), "no imports");
            case "/list": return snippets();
            case "/history": return history();
            case "/save": return save(arguments);
            case "/reset": return reset();
            case "/doc": return doc(arguments);
            case "/seed": return seed(arguments);
            case "/trace": return trace();
            case "/exit": return exit(arguments);
            default: throw new IllegalArgumentException("not a command this class runs: " + command.name());
        }
    }

    /** Reports a command that does not exist, with the nearest one. */
    RunResult unknown(String typed) {
        List<CommandTable.Command> candidates = table.startingWith(typed);
        if (candidates.size() > 1) {
            return error(typed + " is ambiguous: it could be " + String.join(", ",
                    candidates.stream().map(CommandTable.Command::name).toList()));
        }
        return error("unknown command " + typed + "; did you mean " + table.nearest(typed).name()
                + "? (/help lists them all)");
    }

    RunResult error(String message) {
        out.println(palette.error(message));
        out.flush();
        return RunResult.FAILED;
    }

    private RunResult help() {
        out.println("Type Java: statements, expressions, declarations. The helpers (ridge, mse, plot, ...)"
                + " are imported, and java.util.*, java.util.function.*, java.util.stream.*, java.nio.file.*.");
        out.println("A value is shown as  name ==> value ; an unfinished snippet continues on the  ..>  prompt.");
        out.println();
        int width = table.all().stream().mapToInt(c -> c.name().length() + c.usage().length() + 1).max().orElse(0);
        for (CommandTable.Command command : table.all()) {
            String left = command.usage().isEmpty() ? command.name() : command.name() + " " + command.usage();
            out.println("  " + palette.strong(left) + " ".repeat(width - left.length() + 2) + command.summary());
        }
        out.println("  Commands may be shortened while unambiguous: /v is /vars.");
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

    private RunResult save(String arguments) {
        if (arguments.isEmpty()) {
            return error("/save needs a file name, e.g. /save session.jsh");
        }
        List<SnippetSource> snippets = session.history();
        Path file = workingDir.resolve(arguments);
        try {
            AtomicFiles.writeString(file, SnippetFiles.script(snippets));
        } catch (IOException e) {
            return error("cannot write " + arguments + ": " + IoReasons.reason(e));
        }
        out.println("saved " + snippets.size() + (snippets.size() == 1 ? " snippet" : " snippets") + " to " + arguments);
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

    private RunResult doc(String name) {
        if (name.isEmpty()) {
            out.println("usage: /doc NAME, e.g. /doc " + (assist.helperNames().isEmpty() ? "Math.sqrt"
                    : assist.helperNames().get(0)) + " (or type  name(  and press Shift-Tab)");
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
            return error("no documentation for " + name + nearest);
        }
        out.println(new DocFormatter(palette).format(docs));
        out.flush();
        return RunResult.DONE;
    }

    private RunResult seed(String arguments) {
        if (arguments.isEmpty()) {
            out.println("seed " + session.seed());
        } else {
            long seed;
            try {
                seed = Long.parseLong(arguments);
            } catch (NumberFormatException e) {
                return error("/seed takes a whole number, got '" + arguments + "'");
            }
            session.reseed(seed);
            out.println("seed " + seed + ": the helpers' random draws start again from it");
        }
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

    private RunResult exit(String arguments) {
        if (arguments.isEmpty()) {
            return RunResult.exit(0);
        }
        try {
            return RunResult.exit(Integer.parseInt(arguments));
        } catch (NumberFormatException e) {
            return error("/exit takes a whole number status, got '" + arguments + "'");
        }
    }
}
