package wb.session;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;

/**
 * Splits text (a script, a pasted block, a typed line) into snippets and commands, the way a
 * user reading it would: line by line, a snippet ending where it is complete.
 *
 * <p>It asks JShell's {@link SourceCodeAnalysis#analyzeCompletion} whether the text so far is a
 * complete snippet, so it knows Java's grammar (a statement may end without its semicolon at the
 * end of a line, a block continues until its brace closes). One addition, where the next line is
 * known (a script, a paste): a line that starts with {@code .name}, {@code ::} or a binary
 * operator continues the snippet above it, so that a fluent chain or a long formula broken before
 * its operators (as Java is usually formatted) stays one snippet instead of becoming two, the
 * second of which might even compile ({@code + wd(lam, w)}).
 */
public final class SnippetSplitter {
    private final SourceCodeAnalysis analysis;

    SnippetSplitter(SourceCodeAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * Splits the whole text. An unfinished snippet at the end is returned as it is, so that
     * evaluating it reports the error.
     *
     * @param origin the file name or pseudo-name positions refer to
     */
    public List<Input> split(String text, String origin) {
        return scan(text, origin).inputs;
    }

    /** Whether the text ends inside an unfinished snippet and more lines are needed. */
    public boolean needsMoreInput(String text) {
        return scan(text, "<input>").incomplete;
    }

    private Scan scan(String text, String origin) {
        Scan scan = new Scan(text, origin);
        int lineStart = 0;
        int lineNo = 1;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl + 1;
            if (scan.pendingStart == lineStart && isCommandLine(text, lineStart, lineEnd)) {
                String raw = text.substring(lineStart, lineEnd);
                String line = raw.strip();
                int space = indexOfWhitespace(line);
                String name = space < 0 ? line : line.substring(0, space);
                String args = space < 0 ? "" : line.substring(space).strip();
                int argsAt = args.isEmpty() ? raw.indexOf(name) + name.length() : raw.indexOf(args, raw.indexOf(name) + name.length());
                scan.inputs.add(new Input.Command(name, args, origin, lineNo, argsAt + 1));
                scan.pendingStart = lineEnd;
            } else {
                scan.consume(lineEnd, nextLineContinues(text, lineEnd));
            }
            lineStart = lineEnd;
            lineNo++;
        }
        scan.finish();
        return scan;
    }

    /** The state of one pass: emitted inputs, and where the not yet complete text starts. */
    private final class Scan {
        final String text;
        final String origin;
        final List<Input> inputs = new ArrayList<>();
        int pendingStart;
        boolean incomplete;
        /** The line (from 1) that {@code countedTo} is on, and where that line begins. */
        private int line = 1;
        private int lineBegin;
        private int countedTo;

        Scan(String text, String origin) {
            this.text = text;
            this.origin = origin;
        }

        /** Emits every complete snippet in text[pendingStart, end). */
        void consume(int end, boolean continuedByDot) {
            incomplete = false;
            while (true) {
                int start = skipBlankAndComments(text, pendingStart, end);
                if (start >= end) {
                    // Only whitespace or comments so far; an unterminated block comment stays pending.
                    if (!insideBlockComment(text, pendingStart, end)) {
                        pendingStart = end;
                    } else {
                        incomplete = true;
                    }
                    return;
                }
                String chunk = text.substring(start, end);
                CompletionInfo info;
                try {
                    info = DeepStack.callFor(chunk, DeepStack.DEFAULT_BYTES, () -> analysis.analyzeCompletion(chunk));
                } catch (StackOverflowError e) {
                    // Nested deeper than the parser can follow: one snippet, which then fails to
                    // compile for the same reason, at its first line.
                    emit(start, chunk);
                    pendingStart = end;
                    return;
                }
                switch (info.completeness()) {
                    case COMPLETE:
                    case COMPLETE_WITH_SEMI:
                        int used = chunk.length() - info.remaining().length();
                        boolean restIsBlank = skipBlankAndComments(text, start + used, end) >= end;
                        if (continuedByDot && restIsBlank) {
                            pendingStart = start;
                            incomplete = true;
                            return;
                        }
                        emit(start, info.source());
                        pendingStart = start + used;
                        break;
                    case EMPTY:
                        pendingStart = end;
                        return;
                    case DEFINITELY_INCOMPLETE:
                    case CONSIDERED_INCOMPLETE:
                        pendingStart = start;
                        incomplete = true;
                        return;
                    case UNKNOWN:
                    default:
                        int unknownUsed = chunk.length() - info.remaining().length();
                        if (unknownUsed <= 0) {
                            unknownUsed = chunk.length();
                        }
                        emit(start, chunk.substring(0, unknownUsed));
                        pendingStart = start + unknownUsed;
                        break;
                }
            }
        }

        void finish() {
            int start = skipBlankAndComments(text, pendingStart, text.length());
            if (start < text.length()) {
                emit(start, text.substring(start));
            }
        }

        private void emit(int start, String code) {
            // Snippets are emitted in order, so the lines are counted on from the last one's start.
            for (int nl = text.indexOf('\n', countedTo); nl >= 0 && nl < start; nl = text.indexOf('\n', nl + 1)) {
                line++;
                lineBegin = nl + 1;
            }
            countedTo = start;
            inputs.add(new Input.Code(new SnippetSource(stripTrailing(code), origin, line, start - lineBegin + 1)));
        }
    }

    private static String stripTrailing(String code) {
        int end = code.length();
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        return code.substring(0, end);
    }

    private static boolean isCommandLine(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i < end && text.charAt(i) == '/'
                && (i + 1 >= end || (text.charAt(i + 1) != '/' && text.charAt(i + 1) != '*'));
    }

    /**
     * Whether the next line of code starts with something that cannot begin a snippet of its own
     * but can continue one: {@code .name}, {@code ::}, or a binary operator. A slash followed by
     * a letter is a command, not a division; {@code ++}, {@code --} and {@code <} (a generic
     * method's type parameters) can start a snippet, so they do not continue one.
     */
    static boolean nextLineContinues(String text, int from) {
        int i = skipBlankAndComments(text, from, text.length());
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
        switch (c) {
            case '.':
                return Character.isJavaIdentifierStart(next);
            case ':':
            case '*':
            case '%':
            case '?':
            case '^':
            case '|':
            case '&':
            case '>':
                return true;
            case '=':
            case '!':
                return next == '=';
            case '+':
            case '-':
                return next != c;
            case '/':
                return !Character.isLetter(next);
            default:
                return false;
        }
    }

    private static int indexOfWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first character in [from, end) that is neither whitespace nor comment. */
    static int skipBlankAndComments(String text, int from, int end) {
        int i = from;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '/') {
                int nl = text.indexOf('\n', i);
                i = nl < 0 || nl >= end ? end : nl + 1;
            } else if (c == '/' && i + 1 < end && text.charAt(i + 1) == '*') {
                int close = text.indexOf("*/", i + 2);
                i = close < 0 || close + 2 > end ? end : close + 2;
            } else if (c == '#' && i + 1 < end && text.charAt(i + 1) == '!' && isFirstLine(text, i)) {
                // A shebang line (#!/usr/bin/env wb) makes a script executable; it is not Java.
                int nl = text.indexOf('\n', i);
                i = nl < 0 || nl >= end ? end : nl + 1;
            } else {
                return i;
            }
        }
        return end;
    }

    private static boolean isFirstLine(String text, int i) {
        return text.lastIndexOf('\n', i) < 0 && text.substring(0, i).isBlank();
    }

    private static boolean insideBlockComment(String text, int from, int end) {
        int i = from;
        while (i < end) {
            int open = text.indexOf("/*", i);
            if (open < 0 || open >= end) {
                return false;
            }
            int lineComment = text.indexOf("//", i);
            if (lineComment >= 0 && lineComment < open) {
                int nl = text.indexOf('\n', lineComment);
                if (nl < 0 || nl >= end) {
                    return false;
                }
                i = nl + 1;
                continue;
            }
            int close = text.indexOf("*/", open + 2);
            if (close < 0 || close + 2 > end) {
                return true;
            }
            i = close + 2;
        }
        return false;
    }
}
