package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

class JavaHighlighterTest {
    @Test
    void withoutColourTheTextIsUnstyled() {
        AttributedString plain = new JavaHighlighter(false).highlight(null, "int x = 1; // one");
        assertThat(plain.toString()).isEqualTo("int x = 1; // one");
        assertThat(plain.toAnsi()).doesNotContain("\u001b[");
    }

    @Test
    void withColourKeywordsNumbersAndCommentsAreStyledAndTheRestIsNot() {
        AttributedString text = new JavaHighlighter(true).highlight(null, "int x = 1; // one");
        assertThat(text.toString()).isEqualTo("int x = 1; // one");
        assertThat(text.styleAt(0)).isEqualTo(AttributedStyle.BOLD.foreground(AttributedStyle.BLUE));
        assertThat(text.styleAt(4)).isEqualTo(AttributedStyle.DEFAULT);
        assertThat(text.styleAt(8)).isEqualTo(AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN));
        assertThat(text.styleAt(11)).isEqualTo(AttributedStyle.DEFAULT.faint().italic());
    }
}
