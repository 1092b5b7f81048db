package wb.repl;

import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours Java at the prompt as it is typed: keywords, strings, numbers, comments and a leading
 * {@code /command}. Without colour ({@link ColorPolicy}) the text is shown as it is.
 */
final class JavaHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint().italic();
    private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

    private final boolean color;

    /**
     * @param color whether colour is allowed; without it the text is returned unstyled
     */
    JavaHighlighter(boolean color) {
        this.color = color;
    }

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        if (!color) {
            return new AttributedString(buffer);
        }
        AttributedStringBuilder out = new AttributedStringBuilder(buffer.length());
        int at = 0;
        for (JavaLexer.Token token : JavaLexer.tokens(buffer)) {
            out.append(buffer, at, token.start());
            out.styled(style(token.kind()), buffer.substring(token.start(), token.end()));
            at = token.end();
        }
        out.append(buffer, at, buffer.length());
        return out.toAttributedString();
    }

    private static AttributedStyle style(JavaLexer.Kind kind) {
        switch (kind) {
            case KEYWORD: return KEYWORD;
            case STRING: return STRING;
            case NUMBER: return NUMBER;
            case COMMENT: return COMMENT;
            case COMMAND: return COMMAND;
            default: throw new IllegalArgumentException("no style for " + kind);
        }
    }
}
