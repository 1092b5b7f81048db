package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void subscriptsParseInEverySpelling() {
        List<RichText.Run> plain = RichText.parse("w_1");
        assertThat(plain).containsExactly(new RichText.Run("w", 0, false), new RichText.Run("1", -1, false));
        assertThat(RichText.parse("w_{1}")).isEqualTo(plain);
        // in math mode the variable is oblique, the digit upright, as mathtext sets them
        assertThat(RichText.parse("$w_{1}$")).containsExactly(new RichText.Run("w", 0, true), new RichText.Run("1", -1, false));
        assertThat(RichText.parse("x^{10}")).containsExactly(new RichText.Run("x", 0, false), new RichText.Run("10", 1, false));
        assertThat(RichText.parse("\\lambda = 10")).containsExactly(new RichText.Run("\u03bb = 10", 0, false));
        assertThat(RichText.parse("w\u2081")).containsExactly(new RichText.Run("w\u2081", 0, false));
        // names with underscores stay as typed outside $...$
        assertThat(RichText.parse("triangle_up")).containsExactly(new RichText.Run("triangle_up", 0, false));
        assertThat(RichText.parse("$x_max$")).containsExactly(new RichText.Run("x", 0, true), new RichText.Run("m", -1, true),
                new RichText.Run("ax", 0, true));
    }

    @Test
    void plainTextUsesUnicodeScripts() {
        assertThat(RichText.plain("$w_{1}$")).isEqualTo("w\u2081");
        assertThat(RichText.plain("10^{\u22123}")).isEqualTo("10\u207b\u00b3");
        assertThat(RichText.plain("x_{max}")).isEqualTo("x\u2098\u2090\u2093");
        assertThat(RichText.plain("x_{\u03b2}")).isEqualTo("x_\u03b2");
    }

    @Test
    void aSubscriptSitsLowerAndSmaller() {
        RichText w = RichText.layout("w", Fonts.bundled(), 20);
        RichText w1 = RichText.layout("w_1", Fonts.bundled(), 20);
        assertThat(w1.width()).isGreaterThan(w.width());
        assertThat(w1.outline().getBounds2D().getMaxY()).isGreaterThan(w.outline().getBounds2D().getMaxY() + 2);
        assertThat(w1.descent()).isGreaterThan(w.descent());
    }

    @Test
    void unclosedBracesSayWhere() {
        assertThatThrownBy(() -> RichText.parse("w_{1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("column 3");
    }
}
