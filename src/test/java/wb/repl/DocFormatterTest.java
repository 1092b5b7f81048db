package wb.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import wb.session.DocEntry;

class DocFormatterTest {
    private final DocFormatter formatter = new DocFormatter(new Palette(false));

    @Test
    void eachSignatureWithItsClassThenItsTextIndented() {
        String text = formatter.format(List.of(
                new DocEntry("Vec ridge(double lambda)", "Helpers", "The ridge weights: w = (XᵀX + λI)⁻¹Xᵀy.\n\nExample: ridge(1e3)"),
                new DocEntry("double mse(Vec w)", "Helpers", "")));
        assertThat(text).isEqualTo("Vec ridge(double lambda)  (Helpers)\n"
                + "    The ridge weights: w = (XᵀX + λI)⁻¹Xᵀy.\n\n"
                + "    Example: ridge(1e3)\n\n"
                + "double mse(Vec w)  (Helpers)");
    }

    @Test
    void overloadsSharingTheirTextShowItOnceAndAQualifiedSignatureNeedsNoClass() {
        String text = formatter.format(List.of(
                new DocEntry("int Math.max(int a, int b)", "Math", "The greater."),
                new DocEntry("long Math.max(long a, long b)", "Math", "The greater.")));
        assertThat(text).isEqualTo("int Math.max(int a, int b)\nlong Math.max(long a, long b)\n    The greater.");
    }
}
