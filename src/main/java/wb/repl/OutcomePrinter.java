package wb.repl;

import java.io.PrintWriter;
import wb.session.Failures;
import wb.session.Outcome;
import wb.session.SnippetSource;

/**
 * Prints what became of a snippet, the way jshell does: {@code $3 ==> 2} for a value (a value of
 * several lines keeps them aligned under its first; a figure that was shown is not echoed),
 * {@code created method twice(int)} for a declaration, the offending line with a caret under a compile error, {@code Type: message} and
 * the user's own frames for an exception.
 */
final class OutcomePrinter {
    /** How much to show. */
    enum Echo {
        /** Typed at the prompt: every value and declaration. */
        ALL,
        /** Run from a file by {@code /open}: values of bare expressions and variables only, as a script. */
        SCRIPT
    }

    /** The origin of typed input starts with this, followed by the input's number ({@code #3}). */
    static final String TYPED_ORIGIN_PREFIX = "#";

    private final PrintWriter out;
    private final Palette palette;

    OutcomePrinter(PrintWriter out, Palette palette) {
        this.out = out;
        this.palette = palette;
    }

    void print(Outcome outcome, Echo echo) {
        if (outcome instanceof Outcome.Value) {
            value((Outcome.Value) outcome, echo);
        } else if (outcome instanceof Outcome.Declared) {
            declared((Outcome.Declared) outcome, echo);
        } else if (outcome instanceof Outcome.CompileError) {
            compileError((Outcome.CompileError) outcome);
        } else if (outcome instanceof Outcome.RuntimeError) {
            runtimeError((Outcome.RuntimeError) outcome);
        } else if (outcome instanceof Outcome.Stopped) {
            // On its own line: the terminal has just echoed ^C after whatever the snippet printed.
            out.println();
            out.println(palette.warning("stopped (Ctrl-C)") + palette.faint(" — variables defined before it keep their values"));
        } else if (outcome instanceof Outcome.ExitRequested) {
            out.println(palette.warning("the snippet called System.exit(" + ((Outcome.ExitRequested) outcome).status()
                    + "); the workbench keeps running") + palette.faint(" — leave with /exit or Ctrl-D"));
        }
        out.flush();
    }

    private void value(Outcome.Value value, Echo echo) {
        if (value.shown()) {
            return; // a figure: it has been drawn, which says more than its text would
        }
        if (echo == Echo.SCRIPT && value.kind() == Outcome.ValueKind.EXPRESSION) {
            out.println(value.text());
            return;
        }
        if (echo == Echo.SCRIPT && value.kind() != Outcome.ValueKind.VARIABLE) {
            return;
        }
        String prefix = value.name() + " ==> ";
        out.println(prefix + value.text().replace("\n", "\n" + " ".repeat(prefix.length())));
    }

    private void declared(Outcome.Declared declared, Echo echo) {
        String description = declared.description();
        boolean unresolved = !declared.unresolved().isEmpty();
        if (description.startsWith("import ") || (echo == Echo.SCRIPT && !unresolved)) {
            return; // jshell is silent about imports too
        }
        String line = (declared.replaced() ? "replaced " : "created ") + description;
        if (unresolved) {
            out.println(line + palette.warning(", but it cannot be used until "
                    + String.join(", ", declared.unresolved()) + " is declared"));
        } else {
            out.println(line);
        }
    }

    private void compileError(Outcome.CompileError error) {
        SnippetSource.Position at = error.position();
        out.println(palette.error(where(at) + "error: " + error.message()));
        out.println(Failures.caret(at, "    "));
    }

    private void runtimeError(Outcome.RuntimeError error) {
        out.println(palette.error(error.summary()));
        for (String frame : error.userFrames()) {
            out.println("    at " + frame);
        }
        out.println(palette.faint("    (/trace shows the whole stack trace)"));
    }

    /**
     * Where an error is, before its message: nothing for a one-line snippet typed at the prompt,
     * {@code line 2: } inside a longer one, {@code FILE:LINE:COL: } in a file.
     */
    private static String where(SnippetSource.Position at) {
        if (!at.origin().startsWith(TYPED_ORIGIN_PREFIX)) {
            return at + ": ";
        }
        return at.line() > 1 ? "line " + at.line() + ": " : "";
    }
}
