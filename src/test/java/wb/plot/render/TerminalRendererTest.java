package wb.plot.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import wb.plot.Figure;

class TerminalRendererTest {

    /** A parabola with its minimum marked, the notebook's first figure in miniature. */
    static Figure tiny() {
        return new Figure().fn(w -> (w - 1) * (w - 1), -2, 3).points(26).label("LS").point(1, 0).color("red").label("min")
                .xlabel("w").ylabel("least squares");
    }

    @Test
    void aTinyPlotMatchesTheGoldenText() throws IOException {
        String text = new TerminalRenderer(40, 14, false).render(tiny().spec());
        assertThat(text).isEqualTo(golden("terminal-tiny.txt"));
    }

    @Test
    void aContourMatchesTheGoldenText() throws IOException {
        Figure f = new Figure().contour((x, y) -> x * x / 4 + y * y, -3, 3, -2, 2).points(41).levels(1.0).color("black")
                .point(0, 0).label("min").xlabel("w_1").ylabel("w_2");
        assertThat(new TerminalRenderer(44, 16, false).render(f.spec())).isEqualTo(golden("terminal-contour.txt"));
    }

    @Test
    void colourComesAsAnsiEscapesOnlyWhenAsked() {
        String plain = new TerminalRenderer(40, 14, false).render(tiny().spec());
        String colour = new TerminalRenderer(40, 14, true).render(tiny().spec());
        assertThat(plain).doesNotContain("\u001b");
        // tab:blue for the curve, red for the marker (256-colour indices 31 and 196)
        assertThat(colour).contains("\u001b[38;5;31m").contains("\u001b[38;5;196m\u25cf");
        assertThat(colour.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain);
    }

    @Test
    void everyLineFitsTheWidth() {
        String text = new TerminalRenderer(40, 14, false).render(tiny().spec());
        assertThat(text.split("\n")).hasSize(14).allSatisfy(line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(40));
    }

    @Test
    void tooSmallAnAreaIsRefused() {
        assertThatThrownBy(() -> new TerminalRenderer(10, 5, false)).hasMessageContaining("at least 20 x 8");
    }

    @Test
    void ansi256PicksTheNearestCubeOrGrey() {
        assertThat(TerminalRenderer.ansi256(java.awt.Color.RED)).isEqualTo(196);
        assertThat(TerminalRenderer.ansi256(java.awt.Color.BLACK)).isEqualTo(16);
        assertThat(TerminalRenderer.ansi256(new java.awt.Color(128, 128, 128))).isEqualTo(244);
    }

    static String golden(String name) throws IOException {
        try (InputStream in = TerminalRendererTest.class.getResourceAsStream(name)) {
            assertThat(in).as("golden file " + name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
