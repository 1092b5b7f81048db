package wb.session;

import java.util.List;

/** What became of one snippet: a value, a declaration, or one of the ways it can fail. */
public sealed interface Outcome permits Outcome.Value, Outcome.Declared, Outcome.Ran,
        Outcome.CompileError, Outcome.RuntimeError, Outcome.Stopped, Outcome.ExitRequested {

    /** The snippet this is the outcome of. */
    SnippetSource source();

    /** Whether the snippet failed: did not compile, threw, was stopped or asked to exit. */
    default boolean failed() {
        return false;
    }

    /** How a value came about, which decides how it is echoed. */
    enum ValueKind {
        /** A bare expression, stored by JShell in a temporary such as {@code $3}. */
        EXPRESSION,
        /** A bare variable name, such as {@code wLs} on its own. */
        VARIABLE,
        /** An assignment to an existing variable, such as {@code x = 3}. */
        ASSIGNMENT,
        /** A variable declared with an initialiser, such as {@code var w = ridge(1e3)}. */
        DECLARATION
    }

    /**
     * A snippet with a value.
     *
     * @param name   the variable holding it ({@code $3} for a bare expression)
     * @param type   its declared type as JShell names it, e.g. {@code double} or {@code Vec}
     * @param text   the value formatted for people
     * @param object the value itself (null for null)
     * @param shown  whether the value was a figure and has been shown on the session's display
     */
    record Value(SnippetSource source, ValueKind kind, String name, String type, String text,
                 Object object, boolean shown) implements Outcome {
    }

    /**
     * A declaration without a value to show: a method, a class, an import, or a variable
     * without an initialiser.
     *
     * @param description what was declared, e.g. {@code method twice(double)}
     * @param replaced    whether it replaced an earlier declaration of the same name
     * @param unresolved  names it uses that do not exist yet; it cannot run until they do
     */
    record Declared(SnippetSource source, String description, boolean replaced,
                    List<String> unresolved) implements Outcome {
    }

    /** A statement (or a call of a void method) that ran to its end. */
    record Ran(SnippetSource source) implements Outcome {
    }

    /**
     * A snippet that did not compile. Only the first error is kept: later ones are nearly always
     * consequences of it.
     *
     * @param message  the compiler's message for the first error
     * @param position where it is
     */
    record CompileError(SnippetSource source, String message, SnippetSource.Position position)
            implements Outcome {
        @Override
        public boolean failed() {
            return true;
        }
    }

    /**
     * A snippet that threw.
     *
     * @param exceptionType the exception's class name, e.g. {@code java.lang.IllegalArgumentException}
     * @param message       its message, possibly null
     * @param position      the innermost place in the user's own code that was running
     * @param userFrames    the stack frames in the user's snippets, innermost first, as
     *                      {@code method (file:line)}
     * @param trace         the whole stack trace with causes, snippet frames mapped to files
     */
    record RuntimeError(SnippetSource source, String exceptionType, String message,
                        SnippetSource.Position position, List<String> userFrames, String trace)
            implements Outcome {
        @Override
        public boolean failed() {
            return true;
        }

        /** {@code Type: message}, with the package left off for java.lang types. */
        public String summary() {
            String type = exceptionType.startsWith("java.lang.")
                    && exceptionType.indexOf('.', "java.lang.".length()) < 0
                    ? exceptionType.substring("java.lang.".length()) : exceptionType;
            return message == null || message.isEmpty() ? type : type + ": " + message;
        }
    }

    /** A snippet that was stopped (Ctrl-C, or SIGINT in a script) before it finished. */
    record Stopped(SnippetSource source) implements Outcome {
        @Override
        public boolean failed() {
            return true;
        }
    }

    /**
     * A snippet that called {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}.
     * The workbench did not exit; the caller decides (a script run ends with the status).
     */
    record ExitRequested(SnippetSource source, int status) implements Outcome {
        @Override
        public boolean failed() {
            return true;
        }
    }
}
