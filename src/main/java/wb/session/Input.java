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
     * @param name           the command with its slash, e.g. {@code /seed}
     * @param arguments      the rest of the line, trimmed
     * @param argumentColumn the 1-based column where {@code arguments} starts on its line
     */
    record Command(String name, String arguments, String origin, int line, int argumentColumn) implements Input {
        /** A command at the start of its line, its arguments one space after its name. */
        public Command(String name, String arguments, String origin, int line) {
            this(name, arguments, origin, line, name.length() + 2);
        }

        /**
         * Where an argument (a word of {@link #arguments()}) starts, as {@code origin:line:column};
         * where the arguments start when it is null or not one of them.
         */
        public String positionOf(String argument) {
            int at = argument == null ? -1 : (" " + arguments + " ").indexOf(" " + argument + " ");
            return origin + ":" + line + ":" + (argumentColumn + Math.max(at, 0));
        }

        /** The arguments as a snippet that starts where they do, for commands that take code. */
        public SnippetSource argumentsAsSnippet() {
            return new SnippetSource(arguments, origin, line, argumentColumn);
        }
    }
}
