package wb.session;

/**
 * One complete snippet of Java source and where it came from.
 *
 * @param code   the snippet's text, starting at its first character of code (leading blank lines
 *               and comments removed, so that JShell's line numbers count from the first line)
 * @param origin where the text came from: a file name, {@code <stdin>} or {@code <input>}
 * @param line   the 1-based line of the snippet's first character in its origin
 * @param column the 1-based column of that character
 */
public record SnippetSource(String code, String origin, int line, int column) {

    /** A snippet typed or passed as a string, without a file behind it. */
    public static SnippetSource of(String code) {
        return new SnippetSource(code, "<input>", 1, 1);
    }

    /**
     * The origin position of a character of {@link #code()}, as {@code origin:line:column}.
     *
     * @param offset an index into {@code code}, clamped to its length
     */
    public Position position(int offset) {
        int end = Math.max(0, Math.min(offset, code.length()));
        int lineOffset = 0;
        int lineStart = 0;
        for (int i = 0; i < end; i++) {
            if (code.charAt(i) == '\n') {
                lineOffset++;
                lineStart = i + 1;
            }
        }
        int textColumn = lineOffset == 0 ? column : 1;
        return new Position(origin, line + lineOffset, textColumn + end - lineStart, lineText(lineStart), textColumn);
    }

    /** The origin position of the start of a 1-based line of {@link #code()}. */
    public Position lineStart(int snippetLine) {
        int offset = 0;
        for (int l = 1; l < snippetLine && offset >= 0; l++) {
            offset = code.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return position(code.length());
            }
        }
        return position(offset);
    }

    private String lineText(int lineStart) {
        int end = code.indexOf('\n', lineStart);
        return code.substring(lineStart, end < 0 ? code.length() : end);
    }

    /**
     * A place in a script or input.
     *
     * @param origin   file name or pseudo-name
     * @param line     1-based line
     * @param column   1-based column
     * @param lineText   the snippet's text on that line (without what precedes the snippet on it)
     * @param textColumn the 1-based column at which {@code lineText} starts in the origin
     */
    public record Position(String origin, int line, int column, String lineText, int textColumn) {
        /** Longer lines are shown only around the column, {@link #AROUND} characters either side. */
        static final int LONG_LINE = 160;
        static final int AROUND = 60;

        @Override
        public String toString() {
            return origin + ":" + line + ":" + column;
        }

        /**
         * The source line with a caret under the column, each of the two lines indented.
         *
         * @param indent what to put before each of the two lines
         */
        public String caret(String indent) {
            // Indent the snippet's text as it stands in its origin, so the line reads as written.
            String text = " ".repeat(textColumn - 1) + lineText;
            String shown = text.stripTrailing();
            int from = 0;
            int to = text.length();
            if (shown.length() > LONG_LINE) {
                // A line of thousands of characters (a generated expression) would bury the
                // message: show the stretch around the column, each cut marked with an ellipsis.
                from = Math.max(0, Math.min(column - 1, shown.length()) - AROUND);
                to = Math.min(shown.length(), from + 2 * AROUND);
                shown = (from > 0 ? "…" : "") + shown.substring(from, to) + (to < shown.length() ? "…" : "");
            }
            StringBuilder marker = new StringBuilder(indent).append(from > 0 ? " " : "");
            for (int i = from; i < column - 1 && i < to; i++) {
                marker.append(text.charAt(i) == '\t' ? '\t' : ' ');
            }
            marker.append('^');
            return indent + shown + "\n" + marker;
        }
    }
}
