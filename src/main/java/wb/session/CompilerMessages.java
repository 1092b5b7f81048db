package wb.session;

import java.util.regex.Pattern;

/** Tidies compiler and exception messages of the traces JShell's wrapper classes leave in them. */
final class CompilerMessages {
    /** JShell compiles each snippet into a class such as {@code REPL.$JShell$12}. */
    private static final Pattern WRAPPER = Pattern.compile("REPL\\.\\$JShell\\$\\d+[\\w$]*\\.");

    private CompilerMessages() {
    }

    /**
     * The first line of a compiler message, with the symbol it concerns when there is one:
     * {@code cannot find symbol: variable q} rather than three lines ending in an empty
     * {@code location: class}.
     */
    static String clean(String message) {
        String[] lines = message.split("\n");
        String first = lines[0].strip();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("symbol:")) {
                return first + ": " + line.substring("symbol:".length()).strip();
            }
        }
        return WRAPPER.matcher(first).replaceAll("");
    }

    /** An exception message without wrapper class names ({@code "REPL.$JShell$5.s" is null}). */
    static String cleanRuntime(String message) {
        return message == null ? null : WRAPPER.matcher(message).replaceAll("");
    }
}
