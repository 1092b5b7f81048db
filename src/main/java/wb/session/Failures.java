package wb.session;

/** Text for the ways a snippet can fail, shared by the REPL and the script runner. */
public final class Failures {
    private Failures() {
    }

    /** A one-line description: the compiler's message, {@code Type: message}, and so on. */
    public static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.CompileError) {
            return ((Outcome.CompileError) outcome).message();
        }
        if (outcome instanceof Outcome.RuntimeError) {
            return ((Outcome.RuntimeError) outcome).summary();
        }
        if (outcome instanceof Outcome.Stopped) {
            return "stopped";
        }
        if (outcome instanceof Outcome.ExitRequested) {
            return "the snippet called System.exit(" + ((Outcome.ExitRequested) outcome).status() + ")";
        }
        throw new IllegalArgumentException("not a failure: " + outcome);
    }

    /** Where a failure happened: the compile error's position or the innermost user frame. */
    public static SnippetSource.Position position(Outcome outcome) {
        if (outcome instanceof Outcome.CompileError) {
            return ((Outcome.CompileError) outcome).position();
        }
        if (outcome instanceof Outcome.RuntimeError) {
            return ((Outcome.RuntimeError) outcome).position();
        }
        return outcome.source().position(0);
    }

    /**
     * The source line of a position with a caret under its column, each line indented.
     *
     * @param indent what to put before each of the two lines
     */
    public static String caret(SnippetSource.Position position, String indent) {
        // Indent the snippet's text as it stands in its origin, so the line reads as written.
        String line = " ".repeat(position.textColumn() - 1) + position.lineText();
        int index = position.column() - 1;
        StringBuilder marker = new StringBuilder(indent);
        for (int i = 0; i < index && i < line.length(); i++) {
            marker.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        marker.append('^');
        return indent + line.stripTrailing() + "\n" + marker;
    }
}
