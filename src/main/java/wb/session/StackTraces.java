package wb.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jdk.jshell.JShellException;

/**
 * Maps stack frames of snippet code back to the files and lines the snippets came from.
 *
 * <p>JShell names a snippet frame's file {@code #id} and counts lines from the snippet's first
 * line; the session remembers each snippet's {@link SnippetSource}, which knows its origin.
 */
final class StackTraces {
    /** How many identical consecutive frames are printed before the rest are counted. */
    private static final int REPEATS_SHOWN = 3;

    private final Map<String, SnippetSource> sourcesById;

    StackTraces(Map<String, SnippetSource> sourcesById) {
        this.sourcesById = sourcesById;
    }

    /**
     * The frames that ran the user's snippets, innermost first, as {@code method (file:line)}, or
     * {@code file:line} for the snippet's own statements.
     */
    List<String> userFrames(StackTraceElement[] trace) {
        List<String> frames = new ArrayList<>();
        SnippetSource lastWrapper = null;
        for (StackTraceElement element : trace) {
            SnippetSource source = source(element);
            if (source != null) {
                String method = userMethodName(element.getMethodName());
                if (method.isEmpty() && source == lastWrapper) {
                    // A variable's initialiser runs in a wrapper that the snippet's own wrapper
                    // calls: the inner one has the line that was running.
                    continue;
                }
                lastWrapper = method.isEmpty() ? source : null;
                String where = locate(source, element);
                frames.add(method.isEmpty() ? where : method + " (" + where + ")");
            }
        }
        return collapseRepeats(frames);
    }

    /**
     * The name a user knows a snippet frame's method by: none for JShell's wrappers of a
     * snippet's statements ({@code do_it$}, {@code do_it$Aux}), "lambda" for a lambda
     * ({@code lambda$do_it$$0}, {@code lambda$f$1}), else the method's own name.
     */
    static String userMethodName(String method) {
        if (method.isEmpty() || method.startsWith("do_it$")) {
            return "";
        }
        return method.startsWith("lambda$") ? "lambda" : method;
    }

    /** The position of the innermost frame in the user's snippets. */
    Optional<SnippetSource.Position> innermostUserPosition(StackTraceElement[] trace) {
        for (StackTraceElement element : trace) {
            SnippetSource source = source(element);
            if (source != null) {
                SnippetSource.Position start = source.lineStart(Math.max(1, element.getLineNumber()));
                int indent = 0;
                while (indent < start.lineText().length() && Character.isWhitespace(start.lineText().charAt(indent))) {
                    indent++;
                }
                return Optional.of(new SnippetSource.Position(start.origin(), start.line(),
                        start.column() + indent, start.lineText(), start.textColumn()));
            }
        }
        return Optional.empty();
    }

    /** The whole trace with its causes, like {@code Throwable.printStackTrace} but mapped. */
    String fullTrace(String type, String message, JShellException exception) {
        StringBuilder out = new StringBuilder();
        appendTrace(out, type, message, exception.getStackTrace());
        Throwable cause = exception.getCause();
        while (cause instanceof jdk.jshell.EvalException) {
            jdk.jshell.EvalException eval = (jdk.jshell.EvalException) cause;
            out.append("Caused by: ");
            appendTrace(out, eval.getExceptionClassName(), CompilerMessages.cleanRuntime(eval.getMessage()),
                    eval.getStackTrace());
            cause = eval.getCause();
        }
        return out.toString();
    }

    private void appendTrace(StringBuilder out, String type, String message, StackTraceElement[] trace) {
        out.append(type);
        if (message != null && !message.isEmpty()) {
            out.append(": ").append(message);
        }
        out.append('\n');
        List<String> lines = new ArrayList<>();
        for (StackTraceElement element : trace) {
            SnippetSource source = source(element);
            if (source != null) {
                String method = userMethodName(element.getMethodName());
                lines.add("at " + (method.isEmpty() ? "" : method + " ") + "(" + locate(source, element) + ")");
            } else {
                lines.add("at " + element);
            }
        }
        for (String line : collapseRepeats(lines)) {
            out.append("    ").append(line).append('\n');
        }
    }

    private SnippetSource source(StackTraceElement element) {
        String file = element.getFileName();
        return file != null && file.startsWith("#") ? sourcesById.get(file.substring(1)) : null;
    }

    private static String locate(SnippetSource source, StackTraceElement element) {
        SnippetSource.Position p = source.lineStart(Math.max(1, element.getLineNumber()));
        return p.origin() + ":" + p.line();
    }

    /** A StackOverflowError has thousands of equal frames; keep a few and count the rest. */
    private static List<String> collapseRepeats(List<String> frames) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < frames.size()) {
            int j = i;
            while (j < frames.size() && frames.get(j).equals(frames.get(i))) {
                j++;
            }
            int run = j - i;
            for (int k = 0; k < Math.min(run, REPEATS_SHOWN); k++) {
                out.add(frames.get(i));
            }
            if (run > REPEATS_SHOWN) {
                out.add("... " + (run - REPEATS_SHOWN) + " more of the same");
            }
            i = j;
        }
        return out;
    }
}
