package wb.repl;

import java.io.PrintWriter;
import wb.session.Command;
import wb.session.Outcome;
import wb.session.SnippetSource;

/**
 * Prints what became of a snippet, the way jshell does: {@code $3 ==> 2} for a value (a value of
 * several lines keeps them aligned under its first; a figure that was shown is not echoed),
 * {@code created method twice(int)} for a declaration, the offending line with a caret under a
 * compile error, {@code Type: message} and the user's own frames for an exception.
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
    private final Printing typed = new Printing(Echo.ALL);
    private final Printing fromFile = new Printing(Echo.SCRIPT);

    OutcomePrinter(PrintWriter out, Palette palette) {
        this.out = out;
        this.palette = palette;
    }

    /** Prints an outcome as much as {@code echo} says. */
    void print(Outcome outcome, Echo echo) {
        outcome.accept(echo == Echo.ALL ? typed : fromFile);
        out.flush();
    }

    /** Prints an outcome as typed input's ({@link Echo#ALL}) or a file's ({@link Echo#SCRIPT}), by where it came from. */
    void print(Outcome outcome) {
        print(outcome, isTyped(outcome.source().origin()) ? Echo.ALL : Echo.SCRIPT);
    }

    /** Whether an origin is input typed at the prompt rather than a file. */
    static boolean isTyped(String origin) {
        return origin.startsWith(TYPED_ORIGIN_PREFIX);
    }

    /** One way of printing each kind of outcome. */
    private final class Printing implements Outcome.Visitor<Void> {
        private final Echo echo;

        Printing(Echo echo) {
            this.echo = echo;
        }

        @Override
        public Void value(Outcome.Value value) {
            // A shown figure has been drawn, which says more than its text would.
            String text = echo == Echo.SCRIPT ? value.scriptEcho() : value.shown() ? null : value.describe();
            if (text != null) {
                out.println(text);
            }
            return null;
        }

        @Override
        public Void declared(Outcome.Declared declared) {
            boolean unresolved = !declared.unresolved().isEmpty();
            if (declared.isImport() || (echo == Echo.SCRIPT && !unresolved)) {
                return null; // jshell is silent about imports too
            }
            out.println(declared.describe() + (unresolved ? palette.warning(", but it " + declared.unresolvedReason()) : ""));
            return null;
        }

        @Override
        public Void compileError(Outcome.CompileError error) {
            SnippetSource.Position at = error.position();
            out.println(palette.error(where(at) + "error: " + error.describe()));
            out.println(at.caret("    "));
            return null;
        }

        @Override
        public Void runtimeError(Outcome.RuntimeError error) {
            out.println(palette.error(error.describe()));
            for (String frame : error.userFrames()) {
                out.println("    at " + frame);
            }
            out.println(palette.faint("    (" + Command.TRACE + " shows the whole stack trace)"));
            return null;
        }

        @Override
        public Void stopped(Outcome.Stopped stopped) {
            // On its own line: the terminal has just echoed ^C after whatever the snippet printed.
            out.println();
            out.println(palette.warning("stopped (Ctrl-C)") + palette.faint(" — variables defined before it keep their values"));
            return null;
        }

        @Override
        public Void exitRequested(Outcome.ExitRequested exit) {
            out.println(palette.warning(exit.describe() + "; the workbench keeps running")
                    + palette.faint(" — leave with " + Command.EXIT + " or Ctrl-D"));
            return null;
        }
    }

    /**
     * Where an error is, before its message: nothing for a one-line snippet typed at the prompt,
     * {@code line 2: } inside a longer one, {@code FILE:LINE:COL: } in a file.
     */
    private static String where(SnippetSource.Position at) {
        if (!isTyped(at.origin())) {
            return at + ": ";
        }
        return at.line() > 1 ? "line " + at.line() + ": " : "";
    }
}
