package wb.session;

import java.util.List;
import wb.api.Values;

/**
 * What became of one snippet: a value, a declaration, or one of the ways it can fail. Each kind
 * describes itself ({@link #describe}, {@link #position}, {@link #errorType}); a front that
 * shows kinds differently (the prompt, a script run) is a {@link Visitor}, so that adding a kind
 * is a compile error in every front until it handles it.
 */
public sealed interface Outcome permits Outcome.Value, Outcome.Declared, Outcome.Ran, Outcome.Failure {

    /** The snippet this is the outcome of. */
    SnippetSource source();

    /** Whether the snippet failed: did not compile, threw, was stopped or asked to exit. */
    default boolean failed() {
        return false;
    }

    /** A one-line description: the compiler's message, {@code Type: message}, what was declared. */
    String describe();

    /** Where it happened: a compile error's position, an exception's innermost user frame, else the snippet's start. */
    default SnippetSource.Position position() {
        return source().position(0);
    }

    /** The stack frames in the user's snippets, innermost first, as {@code method (file:line)}; none unless it threw. */
    default List<String> userFrames() {
        return List.of();
    }

    /**
     * What kind of failure it is, as a type name (the exception's simple class name,
     * {@code CompileError}, {@code Interrupted}, {@code SystemExit}); the record's name otherwise.
     */
    default String errorType() {
        return getClass().getSimpleName();
    }

    /** Calls the visitor's method for this kind. */
    <R> R accept(Visitor<R> visitor);

    /** Something done differently for each kind of outcome. */
    interface Visitor<R> {
        R value(Value value);

        R declared(Declared declared);

        /** A statement that ran has nothing to show: null, unless a visitor says otherwise. */
        default R ran(Ran ran) {
            return null;
        }

        R compileError(CompileError error);

        R runtimeError(RuntimeError error);

        R stopped(Stopped stopped);

        R exitRequested(ExitRequested exit);
    }

    /** The ways a snippet can fail: it did not compile, threw, was stopped, or asked to exit. */
    sealed interface Failure extends Outcome permits CompileError, RuntimeError, Stopped, ExitRequested {
        @Override
        default boolean failed() {
            return true;
        }
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
        /** {@code name ==> value}, further lines aligned under the first: how the prompt echoes a value. */
        @Override
        public String describe() {
            return Values.labelled(name + " ==> ", text);
        }

        /**
         * The text a script prints for this value, or null when it prints none: a bare expression
         * prints its value, a bare variable {@code name ==> value}; figures that were shown,
         * declarations, assignments and snippets ending with a semicolon (silenced as in IPython)
         * print nothing.
         */
        public String scriptEcho() {
            if (shown || source.code().endsWith(";")) {
                return null;
            }
            return kind == ValueKind.EXPRESSION ? text : kind == ValueKind.VARIABLE ? describe() : null;
        }

        /** Returns a copy marked as shown on the display. */
        public Value asShown() {
            return new Value(source, kind, name, type, text, object, true);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.value(this);
        }
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
        /** {@code created method twice(int)} or {@code replaced ...}, as jshell says it. */
        @Override
        public String describe() {
            return (replaced ? "replaced " : "created ") + description;
        }

        /** Whether it is an import, about which jshell says nothing. */
        public boolean isImport() {
            return description.startsWith("import ");
        }

        /** Why it cannot be used yet, e.g. {@code cannot be used until method f() is declared}; empty when it can. */
        public String unresolvedReason() {
            return unresolved.isEmpty() ? "" : "cannot be used until " + String.join(", ", unresolved) + " is declared";
        }

        /** {@code warning: method f() cannot be used until ...}, as a script reports it after the position; empty when usable. */
        public String warning() {
            return unresolved.isEmpty() ? "" : "warning: " + description + " " + unresolvedReason();
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.declared(this);
        }
    }

    /** A statement (or a call of a void method) that ran to its end. */
    record Ran(SnippetSource source) implements Outcome {
        @Override
        public String describe() {
            return "ran";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.ran(this);
        }
    }

    /**
     * A snippet that did not compile. Only the first error is kept: later ones are nearly always
     * consequences of it.
     *
     * @param message  the compiler's message for the first error
     * @param position where it is
     */
    record CompileError(SnippetSource source, String message, SnippetSource.Position position)
            implements Failure {
        @Override
        public String describe() {
            return message;
        }

        @Override
        public String errorType() {
            return "CompileError";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.compileError(this);
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
            implements Failure {
        /** An error of the snippet's own making rather than a throw: only its type and message are known. */
        static RuntimeError of(SnippetSource source, String exceptionType, String message) {
            return new RuntimeError(source, exceptionType, message, source.position(0), List.of(),
                    exceptionType + (message == null ? "" : ": " + message) + "\n");
        }

        /** {@code Type: message}, with the package left off for java.lang types. */
        @Override
        public String describe() {
            String type = exceptionType.startsWith("java.lang.")
                    && exceptionType.indexOf('.', "java.lang.".length()) < 0
                    ? exceptionType.substring("java.lang.".length()) : exceptionType;
            return message == null || message.isEmpty() ? type : type + ": " + message;
        }

        @Override
        public String errorType() {
            return exceptionType.substring(exceptionType.lastIndexOf('.') + 1);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.runtimeError(this);
        }
    }

    /** A snippet that was stopped (Ctrl-C, or SIGINT in a script) before it finished. */
    record Stopped(SnippetSource source) implements Failure {
        @Override
        public String describe() {
            return "stopped";
        }

        @Override
        public String errorType() {
            return "Interrupted";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.stopped(this);
        }
    }

    /**
     * A snippet that called {@code System.exit}, {@code Runtime.exit} or {@code Runtime.halt}.
     * The workbench did not exit; the caller decides (a script run ends with the status).
     */
    record ExitRequested(SnippetSource source, int status) implements Failure {
        @Override
        public String describe() {
            return "the snippet called System.exit(" + status + ")";
        }

        @Override
        public String errorType() {
            return "SystemExit";
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.exitRequested(this);
        }
    }
}
