package wb.session;

import java.util.List;
import java.util.Optional;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;

/**
 * The outcomes of a snippet the Java compiler failed on itself, rather than rejected with an error
 * of the snippet's: its stack ran out on deep nesting, or it crashed. In each case nothing ran and
 * nothing was declared, and the session goes on.
 */
final class CompilerFailures {
    private static final String SPLIT = "split the expression, e.g. into partial sums held in variables";

    private CompilerFailures() {
    }

    /**
     * The outcome of a {@link StackOverflowError} or {@link InternalError} out of JShell's eval:
     * the compiler recursed once per level of the snippet's nesting until its stack of
     * {@code stackBytes} ran out, or JShell wrapped a failure of javac itself (on JDK 17 and 25,
     * an AssertionError in its parser on type arguments nested a hundred deep, such as pasted
     * binary) in an InternalError; jshell ends there, wb says so.
     */
    static Outcome.CompileError thrown(SnippetSource source, Error failure, long stackBytes) {
        Throwable cause = innermost(failure);
        if (cause instanceof StackOverflowError) {
            return new Outcome.CompileError(source, "the snippet is nested too deeply for the Java compiler (its stack of "
                    + (stackBytes >> 20) + " MB ran out); nothing was run: " + SPLIT, source.position(0));
        }
        String message = cause.getMessage();
        return new Outcome.CompileError(source, "the Java compiler failed on this snippet (" + cause.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message) + "), a fault of the JDK's; nothing was run",
                source.position(0));
    }

    /**
     * The outcome of a snippet that javac crashed on without an error JShell could see, if this
     * eval's events hold one, which is then dropped. javac catches its own crash (it prints its
     * report, a stack overflow deep in attribution, to standard error) and reports only that it
     * failed; JShell then takes the snippet for compiled, calls it valid, and imports its missing
     * class into every later snippet, which all fail with {@code cannot find symbol: class}. So a
     * snippet JShell calls defined whose class the engine does not have is such a one (a map
     * lookup each). No class installed during the eval is not enough: a snippet that compiles to
     * the bytes of a class already installed under its name installs nothing.
     */
    static Optional<Outcome.CompileError> silent(JShell shell, WorkbenchExecutionControl engine, SnippetSource source,
                                                 List<SnippetEvent> events) {
        List<Snippet> hollow = events.stream()
                .filter(e -> e.causeSnippet() == null && e.status().isDefined() && e.snippet().kind() != Snippet.Kind.IMPORT)
                .map(SnippetEvent::snippet)
                .filter(s -> !engine.hasClass(shell.sourceCodeAnalysis().wrapper(s).fullClassName()))
                .toList();
        if (hollow.isEmpty()) {
            return Optional.empty();
        }
        hollow.forEach(shell::drop);
        return Optional.of(new Outcome.CompileError(source, "the Java compiler crashed on this snippet without an error"
                + " of the snippet's (most likely its stack ran out on deep nesting); nothing was run: " + SPLIT,
                source.position(0)));
    }

    private static Throwable innermost(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
