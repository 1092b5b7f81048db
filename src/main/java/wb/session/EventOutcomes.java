package wb.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.ImportSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;
import wb.api.Values;
import wb.api.Workbench;
import wb.plot.Animation;
import wb.plot.Display;
import wb.plot.Figure;

/**
 * Reads what JShell reports about an evaluated snippet into an {@link Outcome}: the value itself
 * and its text, what was declared, the first compile error, or an exception mapped back to the
 * user's files. A bare figure value is shown on the workbench's display here.
 */
final class EventOutcomes {
    /** The errors after which no object in the JVM can be trusted (see {@link JvmHealth}). */
    private static final Set<String> VIRTUAL_MACHINE_ERRORS = Set.of(
            "java.lang.OutOfMemoryError", "java.lang.InternalError", "java.lang.UnknownError");

    private final JShell shell;
    private final WorkbenchEngineProvider provider;
    private final Map<String, SnippetSource> sourcesById;
    private final Workbench workbench;
    /** The display whose figure values go to {@link #later} instead; null for none. */
    private Display laterFor;
    private Display later;

    /**
     * @param sourcesById the session's snippet id → source table, which stack traces are mapped through
     * @param workbench   whose display a bare figure value is shown on
     */
    EventOutcomes(JShell shell, WorkbenchEngineProvider provider, Map<String, SnippetSource> sourcesById,
                  Workbench workbench) {
        this.shell = shell;
        this.provider = provider;
        this.sourcesById = sourcesById;
        this.workbench = workbench;
    }

    /** The outcome of one of a snippet's events. */
    Outcome outcome(SnippetSource source, SnippetEvent event) {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            return compileError(source, snippet);
        }
        if (event.exception() != null) {
            return failure(source, event.exception());
        }
        switch (snippet.kind()) {
            case VAR:
                VarSnippet var = (VarSnippet) snippet;
                if (snippet.subKind() == Snippet.SubKind.VAR_DECLARATION_SUBKIND) {
                    return declared(source, event, "variable " + var.name());
                }
                Outcome.ValueKind kind = snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        ? Outcome.ValueKind.EXPRESSION : Outcome.ValueKind.DECLARATION;
                return value(source, kind, var, event.value());
            case EXPRESSION:
                ExpressionSnippet expression = (ExpressionSnippet) snippet;
                Outcome.ValueKind exprKind = snippet.subKind() == Snippet.SubKind.ASSIGNMENT_SUBKIND
                        ? Outcome.ValueKind.ASSIGNMENT : Outcome.ValueKind.VARIABLE;
                return value(source, exprKind, variable(expression.name()).orElse(null), event.value(),
                        expression.name(), expression.typeName());
            case METHOD:
                MethodSnippet method = (MethodSnippet) snippet;
                return declared(source, event, "method " + method.name() + "(" + method.parameterTypes() + ")");
            case TYPE_DECL:
                TypeDeclSnippet type = (TypeDeclSnippet) snippet;
                return declared(source, event, typeKind(type) + " " + type.name());
            case IMPORT:
                return declared(source, event, "import " + ((ImportSnippet) snippet).fullname());
            default:
                return new Outcome.Ran(source);
        }
    }

    private Outcome value(SnippetSource source, Outcome.ValueKind kind, VarSnippet var, String text) {
        return value(source, kind, var, text, var.name(), var.typeName());
    }

    private Outcome value(SnippetSource source, Outcome.ValueKind kind, VarSnippet var, String text,
                          String name, String type) {
        Object object = var == null ? null : provider.engine().capture(() -> shell.varValue(var));
        String formatted;
        try {
            formatted = Values.format(object, text);
        } catch (RuntimeException | StackOverflowError e) {
            // An element's toString() threw: a failure of this snippet, never of the session.
            return Outcome.RuntimeError.of(source, e.getClass().getName(),
                    "the value cannot be shown: its toString() threw " + e);
        }
        Outcome.Value value = new Outcome.Value(source, kind, name, type, formatted, object, false);
        boolean bare = kind == Outcome.ValueKind.EXPRESSION || kind == Outcome.ValueKind.VARIABLE;
        Display display = workbench.display();
        if (display != null && display == laterFor) {
            display = later;
        }
        if (bare && (object instanceof Figure || object instanceof Animation) && display != null) {
            return show(value, object, display);
        }
        return value;
    }

    /**
     * Shows a figure or animation that is a bare snippet's value, as a notebook shows a cell's
     * value; a declaration such as {@code var f = plot(...)} is not shown.
     */
    private static Outcome show(Outcome.Value value, Object shown, Display display) {
        try {
            if (shown instanceof Figure figure) {
                display.show(figure);
            } else {
                display.show((Animation) shown);
            }
            return value.asShown();
        } catch (RuntimeException e) {
            return shownValueFailed(value.source(), e);
        }
    }

    /** A snippet's value that could not be shown: what went wrong, at the snippet. */
    private static Outcome.RuntimeError shownValueFailed(SnippetSource source, Throwable e) {
        return Outcome.RuntimeError.of(source, e.getClass().getName(), "could not show the figure: " + e.getMessage());
    }

    private Optional<VarSnippet> variable(String name) {
        return shell.variables()
                .filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((first, second) -> second);
    }

    private Outcome declared(SnippetSource source, SnippetEvent event, String description) {
        List<String> unresolved = event.snippet() instanceof DeclarationSnippet
                ? shell.unresolvedDependencies((DeclarationSnippet) event.snippet()).collect(Collectors.toList())
                : List.of();
        boolean replaced = event.previousStatus() != Snippet.Status.NONEXISTENT;
        return new Outcome.Declared(source, description, replaced, unresolved);
    }

    private static String typeKind(TypeDeclSnippet type) {
        switch (type.subKind()) {
            case INTERFACE_SUBKIND: return "interface";
            case ENUM_SUBKIND: return "enum";
            case ANNOTATION_TYPE_SUBKIND: return "annotation";
            case RECORD_SUBKIND: return "record";
            default: return "class";
        }
    }

    private Outcome compileError(SnippetSource source, Snippet snippet) {
        Diag first = shell.diagnostics(snippet)
                .filter(Diag::isError)
                .min((a, b) -> Long.compare(a.getPosition(), b.getPosition()))
                .orElse(null);
        if (first == null) {
            return new Outcome.CompileError(source, "the snippet was rejected", source.position(0));
        }
        // The preferred position is where javac puts its caret: the name in a.b().c(), not a.
        long at = first.getPosition() >= 0 ? first.getPosition() : first.getStartPosition();
        return new Outcome.CompileError(source, CompilerMessages.clean(first.getMessage(Locale.ROOT)),
                source.position((int) Math.max(0, at)));
    }

    private Outcome failure(SnippetSource source, JShellException exception) {
        if (exception instanceof UnresolvedReferenceException) {
            DeclarationSnippet missing = ((UnresolvedReferenceException) exception).getSnippet();
            String names = shell.unresolvedDependencies(missing).collect(Collectors.joining(", "));
            String message = missing.name() + " cannot be used until " + names + " is declared";
            return runtimeError(source, "UnresolvedReference", message, exception);
        }
        EvalException eval = (EvalException) exception;
        String type = eval.getExceptionClassName();
        if (VIRTUAL_MACHINE_ERRORS.contains(type)) {
            JvmHealth.taint("a snippet threw " + type);
        }
        if (ExitRequest.class.getName().equals(type)) {
            return new Outcome.ExitRequested(source, ExitRequests.status(eval.getMessage()));
        }
        if (ExceptionInInitializerError.class.getName().equals(type) && eval.getCause() instanceof EvalException) {
            return initializerError(source, eval, (EvalException) eval.getCause());
        }
        return runtimeError(source, type, CompilerMessages.cleanRuntime(eval.getMessage()), eval);
    }

    /**
     * A static initialiser that threw: its cause, at the initialiser's line, then the line that
     * first used the class (the error alone named only the latter, and not why).
     */
    private Outcome.RuntimeError initializerError(SnippetSource source, EvalException error, EvalException cause) {
        StackTraces traces = new StackTraces(sourcesById);
        String causeType = cause.getExceptionClassName();
        String causeMessage = CompilerMessages.cleanRuntime(cause.getMessage());
        String causeText = causeType.replaceFirst("^java\\.lang\\.(?=[^.]+$)", "")
                + (causeMessage == null || causeMessage.isEmpty() ? "" : ": " + causeMessage);
        String message = "a static initializer threw " + causeText;
        List<String> frames = new ArrayList<>(traces.userFrames(cause.getStackTrace()));
        for (String frame : traces.userFrames(error.getStackTrace())) {
            if (!frames.contains(frame)) {
                frames.add(frame);
            }
        }
        SnippetSource.Position where = traces.innermostUserPosition(cause.getStackTrace())
                .or(() -> traces.innermostUserPosition(error.getStackTrace()))
                .orElse(source.position(0));
        String type = error.getExceptionClassName();
        return new Outcome.RuntimeError(source, type, message, where, frames,
                traces.fullTrace(type, message, error));
    }

    /**
     * Has figures that are a bare snippet's value and would go to {@code display} go to
     * {@code later} instead (the same display, drawing in the background); see
     * {@link Session#showValuesLater}.
     */
    void showValuesLater(Display display, Display later) {
        laterFor = display;
        this.later = later;
    }

    /** A snippet's figure value whose drawing, left to another thread, failed: as if it had failed at once. */
    Outcome.RuntimeError shownLaterFailed(SnippetSource source, Throwable failure) {
        if (VIRTUAL_MACHINE_ERRORS.contains(failure.getClass().getName())) {
            JvmHealth.taint("showing a snippet's figure threw " + failure.getClass().getName());
        }
        return shownValueFailed(source, failure);
    }

    private Outcome.RuntimeError runtimeError(SnippetSource source, String type, String message,
                                              JShellException exception) {
        StackTraces traces = new StackTraces(sourcesById);
        List<String> userFrames = traces.userFrames(exception.getStackTrace());
        SnippetSource.Position where = traces.innermostUserPosition(exception.getStackTrace())
                .orElse(source.position(0));
        return new Outcome.RuntimeError(source, type, message, where, userFrames,
                traces.fullTrace(type, message, exception));
    }
}
