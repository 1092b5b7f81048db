package wb.repl;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The few styles the prompt's messages use, or none when colour is not allowed ({@link ColorPolicy}). */
final class Palette {
    private final boolean color;

    Palette(boolean color) {
        this.color = color;
    }

    /** For errors: red. */
    String error(String text) {
        return styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED));
    }

    /** For warnings and a stopped snippet: yellow. */
    String warning(String text) {
        return styled(text, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
    }

    /** For asides such as hints: faint. */
    String faint(String text) {
        return styled(text, AttributedStyle.DEFAULT.faint());
    }

    /** For names and headings: bold. */
    String strong(String text) {
        return styled(text, AttributedStyle.BOLD);
    }

    private String styled(String text, AttributedStyle style) {
        return color ? new AttributedString(text, style).toAnsi() : text;
    }
}
