package wb.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits Java source into the pieces a highlighter colours: keywords, string and character
 * literals (text blocks included), numbers, comments, and a leading {@code /command}.
 *
 * <p>It is a lexer, not a parser: it never fails, whatever is typed. An unterminated string ends
 * at the end of its line, an unterminated comment or text block at the end of the input, as the
 * user is presumably still typing them.
 */
final class JavaLexer {
    /** What a piece of source is. */
    enum Kind { KEYWORD, STRING, NUMBER, COMMENT, COMMAND }

    /** A piece of source: {@code text[start, end)} is of {@code kind}. */
    record Token(int start, int end, Kind kind) {
    }

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const",
            "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally", "float",
            "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long", "native",
            "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
            "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "var", "record", "yield", "sealed", "permits",
            "non-sealed");

    private JavaLexer() {
    }

    /** The coloured pieces of a text, in order; what lies between them is plain. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = commandAtStart(text, tokens);
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            char next = i + 1 < n ? text.charAt(i + 1) : '\0';
            int end;
            if (c == '/' && next == '/') {
                end = lineEnd(text, i);
                tokens.add(new Token(i, end, Kind.COMMENT));
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
                tokens.add(new Token(i, end, Kind.COMMENT));
            } else if (text.startsWith("\"\"\"", i)) {
                end = textBlockEnd(text, i + 3);
                tokens.add(new Token(i, end, Kind.STRING));
            } else if (c == '"' || c == '\'') {
                end = quotedEnd(text, i + 1, c);
                tokens.add(new Token(i, end, Kind.STRING));
            } else if (Character.isDigit(c) || (c == '.' && Character.isDigit(next))) {
                end = numberEnd(text, i);
                tokens.add(new Token(i, end, Kind.NUMBER));
            } else if (Character.isJavaIdentifierStart(c)) {
                end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(text.charAt(end))) {
                    end++;
                }
                if (text.startsWith("non-sealed", i)) {
                    end = i + "non-sealed".length();
                }
                boolean member = i > 0 && text.charAt(i - 1) == '.';
                if (!member && KEYWORDS.contains(text.substring(i, end))) {
                    tokens.add(new Token(i, end, Kind.KEYWORD));
                }
            } else {
                end = i + 1;
            }
            i = end;
        }
        return tokens;
    }

    /** A {@code /command} opening the text is one token; returns where Java starts. */
    private static int commandAtStart(String text, List<Token> tokens) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '/' && Character.isLetter(text.charAt(i + 1))) {
            int end = i + 1;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            tokens.add(new Token(i, end, Kind.COMMAND));
            return lineEnd(text, end); // the argument is a file or a name, not Java
        }
        return 0;
    }

    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static int quotedEnd(String text, int from, char quote) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else if (c == '\n') {
                return i;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int textBlockEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '\\') {
                i += 2;
            } else if (text.startsWith("\"\"\"", i)) {
                return i + 3;
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int numberEnd(String text, int from) {
        int n = text.length();
        int i = from;
        if (text.charAt(i) == '0' && i + 1 < n && "xXbB".indexOf(text.charAt(i + 1)) >= 0) {
            i += 2;
            while (i < n && (Character.digit(text.charAt(i), 16) >= 0 || text.charAt(i) == '_')) {
                i++;
            }
        } else {
            while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_' || text.charAt(i) == '.')) {
                i++;
            }
            if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
                int exp = i + 1;
                if (exp < n && (text.charAt(exp) == '+' || text.charAt(exp) == '-')) {
                    exp++;
                }
                if (exp < n && Character.isDigit(text.charAt(exp))) {
                    i = exp;
                    while (i < n && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                        i++;
                    }
                }
            }
        }
        if (i < n && "lLfFdD".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }
}
