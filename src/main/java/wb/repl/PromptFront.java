package wb.repl;

import java.io.PrintWriter;
import java.util.List;
import wb.deps.ResolvedArtifact;
import wb.session.Command;
import wb.session.Input;
import wb.session.Interpreter;
import wb.session.Libraries;
import wb.session.Outcome;

/**
 * How the prompt differs from a script: every value and declaration typed is echoed as jshell
 * does (a file run by {@code /open} echoes as a script), errors go to the terminal, a command says
 * what it did, and a stop says how much was not run.
 */
final class PromptFront implements Interpreter.Front {
    private final OutcomePrinter printer;
    private final PrintWriter out;
    private final Palette palette;
    private final Runnable beforeUse;

    /** @param beforeUse run before the session's JShell is used (waits for the completion warm-up) */
    PromptFront(OutcomePrinter printer, PrintWriter out, Palette palette, Runnable beforeUse) {
        this.printer = printer;
        this.out = out;
        this.palette = palette;
        this.beforeUse = beforeUse;
    }

    @Override
    public void show(Outcome outcome) {
        printer.print(outcome);
    }

    /** {@code error: message}, with the position only when it is in a file (what was typed is right above). */
    @Override
    public void error(String position, String message) {
        boolean inFile = position != null && !OutcomePrinter.isTyped(position);
        out.println(palette.error((inFile ? position + ": " : "") + "error: " + message));
        out.flush();
    }

    @Override
    public void print(String line) {
        out.println(line);
        out.flush();
    }

    @Override
    public void confirm(String line) {
        print(line);
    }

    /** What {@code /add} added: the resolved artifacts with their versions, or the paths. */
    @Override
    public void added(Input.Command command, Libraries.Added added) {
        if (added.entries().isEmpty()) {
            out.println(palette.faint("already on the class path: nothing added"));
        } else if (!added.resolved().isEmpty()) {
            List<String> names = added.resolved().stream().map(ResolvedArtifact::coordinates).map(Object::toString)
                    .toList();
            out.println("added " + String.join(", ", names) + palette.faint("  (" + Command.CLASSPATH
                    + " lists the files)"));
        } else {
            out.println("added " + String.join(", ", added.entries().stream().map(e -> e.path().toString()).toList()));
        }
        out.flush();
    }

    @Override
    public void beforeUse() {
        beforeUse.run();
    }

    @Override
    public void notRun(int left) {
        out.println(palette.warning("stopped (Ctrl-C): " + left + (left == 1 ? " snippet" : " snippets") + " not run"));
        out.flush();
    }
}
