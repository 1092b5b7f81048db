package wb.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocTextTest {
    @Test
    void rendersJdkStyleRawJavadocAsPlainText() {
        // The shape JShell returns for Math.sqrt: no asterisks, a leading space on each line.
        String raw = " Returns the correctly rounded positive square root of a\n"
                + " {@code double} value.\n"
                + " Special cases:\n"
                + " <ul><li>If the argument is NaN or less than zero, then the result\n"
                + " is NaN.\n"
                + " <li>If the argument is positive infinity, then the result is positive\n"
                + " infinity.</ul>\n"
                + "\n"
                + " @param   a   a value.\n"
                + " @return  the positive square root of {@code a}.\n"
                + "          If the argument is NaN or less than zero, the result is NaN.\n";
        assertThat(JavadocText.render(raw)).isEqualTo(
                "Returns the correctly rounded positive square root of a\n"
                + "double value.\n"
                + "Special cases:\n"
                + "- If the argument is NaN or less than zero, then the result\n"
                + "is NaN.\n"
                + "- If the argument is positive infinity, then the result is positive\n"
                + "infinity.\n\n"
                + "Parameters:\n  a  a value.\n\n"
                + "Returns: the positive square root of a. If the argument is NaN or less than zero, the result is NaN.");
    }

    @Test
    void keepsPreformattedLayoutAndTurnsEntitiesLinksAndSuperscriptsIntoText() {
        String raw = " The norm &#8214;w&#8214; = &radic;(w<sup>T</sup>w), like {@link java.lang.Math#sqrt(double) sqrt}"
                + " and {@linkplain #abs}.\n"
                + " <pre>\n"
                + "   norm(vec(3, 4))\n"
                + "   // 5.0\n"
                + " </pre>\n"
                + " A comment may even mention */ safely.\n";
        assertThat(JavadocText.render(raw)).isEqualTo(
                "The norm ‖w‖ = √(w^Tw), like sqrt and abs.\n\n"
                + "  norm(vec(3, 4))\n"
                + "  // 5.0\n\n"
                + "A comment may even mention */ safely.");
    }
}
