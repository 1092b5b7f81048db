package wb.session;

/** One unit of input to a session: a Java snippet, or a {@code /command} line. */
public sealed interface Input permits Input.Code, Input.Command {

    /** Where the input starts, for messages. */
    String origin();

    /** The 1-based line where the input starts. */
    int line();

    /** A snippet of Java code. */
    record Code(SnippetSource source) implements Input {
        @Override
        public String origin() {
            return source.origin();
        }

        @Override
        public int line() {
            return source.line();
        }
    }

    /**
     * A line that starts with {@code /}, such as {@code /open file.jsh} or {@code /seed 3}.
     *
     * @param name      the command with its slash, e.g. {@code /seed}
     * @param arguments the rest of the line, trimmed
     */
    record Command(String name, String arguments, String origin, int line) implements Input {
    }
}
